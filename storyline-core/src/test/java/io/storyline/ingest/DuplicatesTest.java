package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DuplicatesTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final LocalNewsSite site = new LocalNewsSite();

    private static Extraction read(boolean merge, String... inputs) {
        return LocalNewsSite.read(LoadOptions.defaults().withMergeDuplicates(merge), true, inputs);
    }

    @Test
    void oneStoryAtTwoAddressesIsOneArticleWithBothUrls() {
        String page = NewsPages.article("Pier to close", "Tidewater Times", NewsPages.PIER_STORY);
        site.serve("/news/pier", LocalNewsSite.Answer.html(page));
        site.serve("/amp/pier", LocalNewsSite.Answer.html(page));
        site.serve("/ferry", LocalNewsSite.Answer.html(NewsPages.article("Ferry", "Coast Radio", NewsPages.FERRY_STORY)));
        Extraction read = read(true, site.url("/news/pier"), site.url("/ferry"), site.url("/amp/pier"));
        assertThat(read.articles()).hasSize(2);
        Article pier = read.articles().get(0).article();
        assertThat(pier.urls()).containsExactly(site.url("/news/pier"), site.url("/amp/pier"));
        assertThat(pier.copies()).as("the copy merged into it still counts").isEqualTo(2);
        assertThat(read.articles().get(1).article().copies()).isEqualTo(1);
        assertThat(read(false, site.url("/news/pier"), site.url("/amp/pier")).articles()).hasSize(2);
    }

    @Test
    void aSyndicatedCopyUnderAnotherHeadlineIsTheSameArticle() throws IOException {
        Path original = Files.writeString(dir.resolve("tidewater.html"),
                NewsPages.article("Pier to close", "Tidewater Times", NewsPages.PIER_STORY)
                        .replace("<head>", "<head><link rel=\"canonical\" href=\"https://tidewater.example/pier\">"));
        Path copy = Files.writeString(dir.resolve("gazette.html"),
                NewsPages.article("Rusty pier shut for good", "Bay Gazette", NewsPages.PIER_STORY
                        + "<p>This story was first published by the Tidewater Times.</p>")
                        .replace("<head>", "<head><link rel=\"canonical\" href=\"https://gazette.example/rusty-pier\">"));
        Extraction read = read(true, original.toString(), copy.toString());
        assertThat(read.articles()).singleElement().satisfies(a -> {
            assertThat(a.article().title()).isEqualTo("Pier to close");
            assertThat(a.article().urls()).containsExactly("https://tidewater.example/pier", "https://gazette.example/rusty-pier");
        });
    }

    @Test
    void aFeedTeaserAndItsPageAreOneArticleWithTheFullText() throws IOException {
        site.serve("/pier", LocalNewsSite.Answer.html(NewsPages.article("Pier to close", "Tidewater", NewsPages.PIER_STORY)));
        Path feed = Files.writeString(dir.resolve("feed.rss"), """
                <rss version="2.0"><channel><title>Tidewater</title><link>https://t.example/</link><description>x</description>
                <item><title>Pier to close</title><link>%s</link><description>The old pier closes.</description></item>
                </channel></rss>""".formatted(site.url("/pier")));
        Extraction read = read(true, feed.toString(), site.url("/pier"));
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).singleElement().satisfies(a ->
                assertThat(a.article().urls()).containsExactly(site.url("/pier")));
    }

    @Test
    void anUpdatedWireCopyWithAnotherTollIsKeptAsItsOwnReport() {
        String first = "A fire at the Brennan plastics plant in Oakdale on Tuesday night killed three workers and forced "
                + "the evacuation of nearby homes, the fire department said, adding that the cause was not yet known "
                + "and that inspectors would visit the site in the morning.";
        String update = first.replace("three workers", "five workers");
        List<ExtractedArticle> merged = Duplicates.merge(List.of(
                new ExtractedArticle(new Article("a", "Wire", null, null, null, first, "a"), null),
                new ExtractedArticle(new Article("b", "Wire", null, null, null, update, "b"), null),
                new ExtractedArticle(new Article("c", "Wire", null, null, null, first + " More follows.", "c"), null)));
        assertThat(merged).extracting(e -> e.article().id()).containsExactly("a", "b");
    }

    @Test
    void differentStoriesStayApart() {
        String a = "The harbour board voted on Tuesday to close the old pier to traffic from next spring after "
                + "engineers found rust in most of its supporting beams and fishing crews objected loudly.";
        String b = "Ferry crews on the Lindholm line walked out on Monday morning halting every crossing to the "
                + "islands for the first time in a decade while the union demanded six percent.";
        List<ExtractedArticle> merged = Duplicates.merge(List.of(
                new ExtractedArticle(new Article("a", "T", null, null, null, a, "a"), null),
                new ExtractedArticle(new Article("b", "C", null, null, null, b, "b"), null)));
        assertThat(merged).hasSize(2);
    }

    @Test
    void addressKeysIgnoreSchemeWwwSlashFragmentAndTracking() {
        assertThat(Duplicates.addressKey("https://www.Example.org/news/pier/?utm_source=rss&id=4#top"))
                .isEqualTo(Duplicates.addressKey("http://example.org/news/pier?id=4"));
        assertThat(Duplicates.addressKey("https://example.org/news/pier?id=4"))
                .isNotEqualTo(Duplicates.addressKey("https://example.org/news/pier?id=5"));
    }
    @Test
    void gramWordsAreTheWordsOfTheExpressionsTheyReplace() {
        List<String> texts = List.of("", "   ", "!!", " Leading space, then five words here",
                "\tTab-led: \"quoted\" words, 3.5 million and \u2163 IV \u00bd", "trailing space   ",
                "\u0130stanbul \u00c9COLE na\u00efve co-operate e-mail", "\u4e2d\u6587 \u65e5\u672c\u8a9e text \ud83d\ude00 emoji",
                "lone \ud800 surrogate \u00a0no-break\u2009thin\u3000ideographic", "a\u000Bb\fc\rd\ne",
                "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u0928\u092e\u0938\u094d\u0924\u0947 \u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35");
        for (String text : texts) {
            List<String> byExpressions = List.of(text.toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\s]", "").split("\\s+"));
            assertThat(Duplicates.gramWords(text)).as(text).isEqualTo(byExpressions);
        }
    }
}
