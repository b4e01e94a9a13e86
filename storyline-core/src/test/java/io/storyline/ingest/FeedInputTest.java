package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import io.storyline.model.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FeedInputTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final LocalNewsSite site = new LocalNewsSite();

    private static Extraction read(String... inputs) {
        return LocalNewsSite.read(LoadOptions.defaults(), true, inputs);
    }

    /** A long story, as a feed that carries full text has it: well over the full-text threshold. */
    private static String longStory() {
        return NewsPages.PIER_STORY
                + "<p>Engineers first raised the alarm in a report two years ago, which the board did not publish "
                + "until local reporters asked for it under freedom of information rules last autumn.</p>"
                + "<p>The report found that a third of the beams had lost more than half their thickness to rust, and "
                + "recommended closing the pier to vehicles at once and to walkers within three years.</p>"
                + "<p>Harbour traffic has grown every year since the cruise terminal opened, and the board expects "
                + "more than two hundred ships to call next season, each paying a levy towards the works.</p>";
    }

    @Test
    void rssItemsWithFullTextBecomeArticlesAndTeasersAreFollowedToTheirPage() throws IOException {
        site.serve("/ferry", LocalNewsSite.Answer.html(NewsPages.article("Ferry strike", "Coast Radio",
                NewsPages.FERRY_STORY)));
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Coast Radio</title><link>https://coast.example/</link><description>News</description>
                <item><title>Pier to close</title><link>https://coast.example/pier</link>
                  <pubDate>Thu, 04 Mar 2021 09:15:00 GMT</pubDate>
                  <content:encoded><![CDATA[%s]]></content:encoded></item>
                <item><title>Ferry strike</title><link>%s</link><description>Crews walk out.</description></item>
                <item><title>Only a title</title></item>
                </channel></rss>
                """.formatted(longStory(), site.url("/ferry"));
        Path feed = Files.writeString(dir.resolve("coast.rss"), rss);
        Extraction read = read(feed.toString());
        assertThat(read.articles()).hasSize(2);
        Article pier = read.articles().get(0).article();
        assertThat(pier.title()).isEqualTo("Pier to close");
        assertThat(pier.outlet()).isEqualTo("Coast Radio");
        assertThat(pier.url()).isEqualTo("https://coast.example/pier");
        assertThat(pier.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(pier.text()).startsWith("The harbour board voted").doesNotContain("<p>");
        Article ferry = read.articles().get(1).article();
        assertThat(ferry.text()).startsWith("Ferry crews on the Lindholm line").doesNotContain("Crews walk out.");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(feed + " item 3");
            assertThat(p.problem()).isEqualTo("has neither the article's text nor a link to it");
        });
    }

    @Test
    void atomFeedByUrlAndABrokenLinkIsOneProblem() {
        site.serve("/pier", LocalNewsSite.Answer.html(NewsPages.article("Pier", "Tidewater", NewsPages.PIER_STORY)));
        site.serve("/feed", LocalNewsSite.Answer.of("application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Tidewater Times</title><id>urn:t</id>
                <updated>2021-03-04T10:00:00Z</updated>
                <entry><title>Pier to close</title><link href="%s"/><id>urn:1</id><updated>2021-03-04T10:00:00Z</updated>
                  <summary>The old pier closes.</summary></entry>
                <entry><title>Missing</title><link href="%s"/><id>urn:2</id><updated>2021-03-04T10:00:00Z</updated></entry>
                </feed>
                """.formatted(site.url("/pier"), site.url("/missing"))));
        Extraction read = read(site.url("/feed"));
        assertThat(read.articles()).singleElement().satisfies(a ->
                assertThat(a.article().text()).startsWith("The harbour board voted"));
        assertThat(read.problems()).extracting(InputProblem::toString).containsExactly(
                site.url("/feed") + " item 2 (" + site.url("/missing") + "): links to a page that answered HTTP 404 "
                        + "instead of a page");
    }

    @Test
    void aFeedThatIsNotXmlIsOneProblemAndTheOtherInputsAreKept() throws IOException {
        Path broken = Files.writeString(dir.resolve("news.rss"), "<rss><channel><title>Cut off");
        Path notXml = Files.writeString(dir.resolve("other.xml"), "this is not XML at all { }");
        Path page = Files.writeString(dir.resolve("pier.html"), NewsPages.article("Pier", "Tidewater", NewsPages.PIER_STORY));
        Extraction read = read(broken.toString(), notXml.toString(), page.toString());
        assertThat(read.articles()).hasSize(1);
        assertThat(read.problems()).hasSize(2).allSatisfy(p ->
                assertThat(p.problem()).startsWith("is not a readable RSS or Atom feed ("));
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoEntityIsExpanded() throws IOException {
        Path hostile = Files.writeString(dir.resolve("hostile.rss"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>&secret;</title><item><title>x</title></item></channel></rss>
                """);
        Extraction read = read(hostile.toString());
        assertThat(read.articles()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p ->
                assertThat(p.problem()).isEqualTo("is not a readable RSS or Atom feed (it declares a DOCTYPE, which is"
                        + " refused so that no entity in it is ever expanded)"));
    }
}
