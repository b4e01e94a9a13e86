package io.storyline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles with odd ids and titles: an id with "." or ".." segments (or a backslash) is reachable as
 * {@code ?id=}, since no URL path can carry it unchanged; in a real browser its story's source link
 * opens it, and a 10,000-letter word in a title does not widen the page (src/test/browser/odd-articles.mjs;
 * skipped, saying why, without node and chromium, as {@link BrowserTest} is).
 */
class OddArticleTest {

    static final String MARKER = "The dredger Maren Lind cleared the silted channel by Thursday evening";
    static final List<String> ODD_IDS = List.of("wire/../dredger", "..", "a//b", "back\\slash", "./here");

    @TempDir
    Path folder;

    @Test
    void idsNoPathCanCarryAreReachableAsAQueryParameter() throws Exception {
        try (StorylineServer server = start("ids.db")) {
            Http http = new Http(server.uri());
            for (String id : ODD_IDS) {
                Http.Reply added = http.postJson(article(id, "Channel cleared", MARKER + " for " + id.length() + " boats."));
                assertThat(added.status()).as(id + ": " + added.body()).isEqualTo(201);
                Http.Reply read = http.get("/api/articles?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
                assertThat(read.status()).as(id).isEqualTo(200);
                assertThat(read.json().get("id").asText()).isEqualTo(id);
            }
            assertThat(http.get("/article?id=..").status()).as("the page itself").isEqualTo(200);
            assertThat(http.get("/api/articles?id=nobody").status()).isEqualTo(404);
            assertThat(http.get("/api/articles").status()).isEqualTo(404);
        }
    }

    @Test
    void inABrowserALongWordWrapsAndADotDotIdOpensFromItsStory() throws Exception {
        BrowserScript.assumeInstalled();
        Path out = BrowserScript.output();
        try (StorylineServer server = start("browser.db")) {
            Http http = new Http(server.uri());
            String word = "W".repeat(10_000);
            Http.Reply longTitle = http.postJson(article("long-1", "Harbour " + word + " reopens",
                    "The harbour reopened to shipping on Monday after a week of repairs to the lock gates, the port said."));
            Http.Reply dots = http.postJson(article("wire/../dredger", "Channel cleared", MARKER + ", the port said."));
            assertThat(longTitle.status()).as(longTitle.body()).isEqualTo(201);
            assertThat(dots.status()).as(dots.body()).isEqualTo(201);
            BrowserScript.run("odd-articles.mjs", Duration.ofMinutes(3), server.uri().toString(), out.toString(),
                    story(longTitle), story(dots), MARKER);
        }
    }

    private StorylineServer start(String db) throws IOException {
        return StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(folder.resolve(db)));
    }

    private static Map<String, String> article(String id, String title, String text) {
        return Map.of("id", id, "outlet", "Port Radio", "title", title, "published", "2026-04-02", "text", text);
    }

    private static String story(Http.Reply added) {
        return added.json().get("added").get(0).get("story").asText();
    }
}
