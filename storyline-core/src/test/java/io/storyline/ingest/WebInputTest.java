package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import io.storyline.model.InputProblem;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebInputTest {

    @RegisterExtension
    final LocalNewsSite site = new LocalNewsSite();

    private static Extraction read(boolean allowPrivate, String... inputs) {
        return LocalNewsSite.read(LoadOptions.defaults(), allowPrivate, inputs);
    }

    @Test
    void fetchesAPageWithAClearUserAgentAndKeepsItsMetadata() {
        site.serve("/2021/03/04/pier", LocalNewsSite.Answer.html(NewsPages.article("Pier to close", "Tidewater Times",
                NewsPages.PIER_STORY)));
        Extraction read = read(true, site.url("/2021/03/04/pier"));
        assertThat(read.problems()).isEmpty();
        Article a = read.articles().get(0).article();
        assertThat(a.outlet()).isEqualTo("Tidewater Times");
        assertThat(a.title()).isEqualTo("Pier to close");
        assertThat(a.text()).startsWith("The harbour board voted").doesNotContain("Home").doesNotContain("Copyright");
        assertThat(a.url()).isEqualTo(site.url("/2021/03/04/pier"));
        assertThat(a.origin()).isEqualTo(site.url("/2021/03/04/pier"));
        assertThat(site.userAgents).singleElement().asString().startsWith("Storyline/");
    }

    @Test
    void loopbackAndPrivateAddressesAreRefusedUnlessAllowed() {
        site.serve("/pier", LocalNewsSite.Answer.html(NewsPages.article("Pier", "Tidewater", NewsPages.PIER_STORY)));
        Extraction read = read(false, site.url("/pier"), "http://10.1.2.3/story", "http://169.254.169.254/latest/meta-data");
        assertThat(read.articles()).isEmpty();
        assertThat(read.problems()).hasSize(3).allSatisfy(p ->
                assertThat(p.problem()).contains("private or local address").contains("--allow-private-addresses"));
        assertThat(site.userAgents).isEmpty(); // refused before any request was sent
    }

    @Test
    void addressRanges() throws Exception {
        for (String local : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.1.1", "100.64.0.1",
                "0.0.0.0", "::1", "fe80::1", "fd00::1")) {
            assertThat(PageFetcher.isPublic(InetAddress.getByName(local))).as(local).isFalse();
        }
        for (String public_ : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111")) {
            assertThat(PageFetcher.isPublic(InetAddress.getByName(public_))).as(public_).isTrue();
        }
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        Extraction read = read(true, "ftp://example.org/story.txt", "file:///etc/passwd");
        assertThat(read.problems()).extracting(InputProblem::problem)
                .allSatisfy(p -> assertThat(p).contains("only those are fetched"));
    }

    @Test
    void redirectsAreFollowedAndEachTargetIsChecked() {
        site.serve("/old", LocalNewsSite.Answer.redirect("/new"));
        site.serve("/new", LocalNewsSite.Answer.html(NewsPages.article("Pier", "Tidewater", NewsPages.PIER_STORY)));
        site.serve("/to-file", LocalNewsSite.Answer.redirect("file:///etc/passwd"));
        site.serve("/loop", LocalNewsSite.Answer.redirect("/loop"));
        Extraction read = read(true, site.url("/old"), site.url("/to-file"), site.url("/loop"));
        assertThat(read.articles()).singleElement().satisfies(a ->
                assertThat(a.article().urls()).containsExactly(site.url("/new"), site.url("/old")));
        assertThat(read.problems()).extracting(InputProblem::toString).containsExactly(
                site.url("/to-file") + ": redirects to a file: address; only http and https are fetched",
                site.url("/loop") + ": redirects more than 5 times");
    }

    @Test
    void errorsTooLargeAndSlowPagesAreOneProblemEach() {
        site.serve("/gone", LocalNewsSite.Answer.status(404, "<html><body><p>This page does not exist any more, "
                + "sorry about that. Try the search box above.</p></body></html>"));
        site.serve("/huge", LocalNewsSite.Answer.html("<html><body>" + "<p>word </p>".repeat(20_000) + "</body></html>"));
        site.serve("/slow", LocalNewsSite.Answer.html(NewsPages.article("Pier", "T", NewsPages.PIER_STORY)).slow(3_000));
        site.serve("/good", LocalNewsSite.Answer.html(NewsPages.article("Ferry", "T", NewsPages.FERRY_STORY)));
        WebOptions web = WebOptions.defaults().withAllowPrivateAddresses(true).withTimeout(Duration.ofSeconds(1))
                .withMaxBytes(100_000);
        Extraction read = new ArticleLoader(LoadOptions.defaults().withWeb(web))
                .extract(List.of(site.url("/gone"), site.url("/huge"), site.url("/slow"), site.url("/good")));
        assertThat(read.articles()).singleElement().satisfies(a -> assertThat(a.article().title()).isEqualTo("Ferry"));
        assertThat(read.problems()).extracting(InputProblem::toString).containsExactly(
                site.url("/gone") + ": answered HTTP 404 instead of a page",
                site.url("/huge") + ": is too large (240,026 bytes; the limit is 100,000 bytes)",
                site.url("/slow") + ": did not answer within 1 s");
    }

    @Test
    void thePageMustArriveWithinTheTimeoutNotOnlyItsHeaders() {
        String page = NewsPages.article("Pier", "T", NewsPages.PIER_STORY);
        site.trickle("/trickle", LocalNewsSite.Answer.html(page), 100);  // the whole page would take minutes
        WebOptions web = WebOptions.defaults().withAllowPrivateAddresses(true).withTimeout(Duration.ofSeconds(1));
        Extraction read = new ArticleLoader(LoadOptions.defaults().withWeb(web)).extract(List.of(site.url("/trickle")));
        assertThat(read.articles()).isEmpty();
        assertThat(read.problems()).extracting(InputProblem::toString)
                .containsExactly(site.url("/trickle") + ": did not send its page within 1 s");
    }

    @Test
    void aRefusedAddressReadsAsASentence() {
        Extraction read = read(false, "http://127.0.0.1:9/story", "http://localhost:9/story");
        assertThat(read.problems()).extracting(InputProblem::toString).containsExactly(
                "http://127.0.0.1:9/story: is a private or local address (127.0.0.1); pass --allow-private-addresses"
                        + " to fetch it",
                "http://localhost:9/story: is a private or local address (localhost is 127.0.0.1); pass"
                        + " --allow-private-addresses to fetch it");
    }

    @Test
    void aFeedLinkToARefusedAddressReadsAsASentence(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path feed = java.nio.file.Files.writeString(dir.resolve("local.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Local</title><link>https://local.example/</link><description>d</description>
                <item><title>Pier</title><link>http://127.0.0.1:9/pier</link></item>
                </channel></rss>
                """);
        Extraction read = read(false, feed.toString());
        assertThat(read.problems()).extracting(InputProblem::problem).containsExactly("links to a page that is a"
                + " private or local address (127.0.0.1); pass --allow-private-addresses to fetch it");
    }

    @Test
    void atMostTwoRequestsAtOnceToOneHost() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            site.serve("/story/" + i, LocalNewsSite.Answer.html(NewsPages.article("Story " + i, "T",
                    NewsPages.PIER_STORY.replace("Tuesday", "day " + i))).slow(150));
            urls.add(site.url("/story/" + i));
        }
        Extraction read = read(true, urls.toArray(String[]::new));
        assertThat(read.problems()).isEmpty();
        assertThat(site.userAgents).hasSize(8);
        assertThat(site.mostInFlight.get()).isBetween(1, 2);
    }

    @Test
    void aFrontPageHasNoArticle() {
        site.serve("/", LocalNewsSite.Answer.html(NewsPages.frontPage()));
        Extraction read = read(true, site.url("/"));
        assertThat(read.articles()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(site.url("/"));
            assertThat(p.problem()).isIn("is a web page with no article text",
                    "contains no sentences (no run of 3 or more words)");
        });
    }
}
