package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same article posted twice is one article, however it comes the second time: under another
 * spelling of its URL, under the canonical URL its page gives, as text without a URL, or after a
 * restart. Over real HTTP on loopback.
 */
class SameArticleTest {

    static final Path PAGE = Path.of("..", "examples", "harbour-bridge", "avpr-commuters-detours.html");
    /** The canonical URL the example page gives in its head. */
    static final String CANONICAL = "https://www.avpr.example/news/2026/03/11/tern-harbour-bridge-detours";

    @TempDir
    Path folder;

    @Test
    void aPagePostedUnderAnotherUrlOrAsBareTextIsOneArticle() throws Exception {
        String html = Files.readString(PAGE);
        try (StorylineServer server = start()) {
            Http http = new Http(server.uri());
            Http.Reply first = http.post("/api/articles?url=https://avpr.example/detours", "text/html", html);
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            String id = first.json().get("added").get(0).get("articleId").asText();
            for (String url : List.of("https://avpr.example/detours", "http://www.avpr.example/detours/?utm_source=feed",
                    CANONICAL + "#top")) {
                Http.Reply again = http.post("/api/articles?url=" + url, "text/html", html);
                assertThat(again.status()).as(url).isEqualTo(200);
                assertThat(again.json().get("duplicates").get(0).asText()).as(url).isEqualTo(id);
            }
            Http.Reply bare = http.postJson(Map.of("text", html));
            assertThat(bare.status()).as("the same page without a URL: " + bare.body()).isEqualTo(200);
            assertThat(bare.json().get("duplicates").get(0).asText()).isEqualTo(id);
            Http.Reply byCanonical = http.postJson(Map.of("id", "avpr-detours", "url", CANONICAL,
                    "text", "Drivers spent up to an hour in traffic on Wednesday as the bridge stayed shut, the radio said."));
            assertThat(byCanonical.status()).as("another record of the page's canonical address").isEqualTo(200);
            assertThat(server.newsroom().articleCount()).isEqualTo(1);
        }
    }

    @Test
    void theSameTextTwiceInOneRequestOrAfterARestartIsOneArticleAndOneSource() throws Exception {
        String text = "The ferry service to Skerry Island resumed on Friday after the storm passed, the operator said."
                + " Crews checked the landing stage overnight and found no damage to the pier.";
        try (StorylineServer server = start()) {
            Http http = new Http(server.uri());
            Http.Reply reply = http.postJson(List.of(
                    Map.of("id", "wire-1", "outlet", "Coast Wire", "text", text),
                    Map.of("id", "wire-1-copy", "outlet", "Coast Wire", "text", text.replace("  ", " ").toUpperCase()),
                    Map.of("id", "radio-1", "outlet", "Coast Radio", "text", "The island ferry sailed again on Friday"
                            + " morning once the storm had passed, the operator said, with every sailing on time.")));
            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.json().get("duplicates")).hasSize(1);
            assertThat(reply.json().get("duplicates").get(0).asText()).isEqualTo("wire-1");
            long story = reply.json().get("added").get(0).get("story").asLong();
            JsonNode sources = http.currentStory(story).get("summary").get("sources");
            Set<String> cited = new HashSet<>();
            sources.forEach(s -> cited.add(s.get("articleId").asText()));
            assertThat(cited).doesNotContain("wire-1-copy");
        }
        try (StorylineServer restarted = start()) {
            Http.Reply again = new Http(restarted.uri()).postJson(Map.of("id", "wire-1-later", "text", text));
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("duplicates").get(0).asText()).isEqualTo("wire-1");
            assertThat(restarted.newsroom().articleCount()).isEqualTo(2);
        }
    }

    private StorylineServer start() throws Exception {
        return StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(folder.resolve("news.db")));
    }
}
