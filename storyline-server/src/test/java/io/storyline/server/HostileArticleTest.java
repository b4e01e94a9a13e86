package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup and script URLs in every field of an article come back as the same characters in JSON
 * (data), never in an HTML page; the browser test checks the page runs none of it.
 */
class HostileArticleTest {

    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMAGE = "<img src=x onerror=\"window.__pwned=1\">";

    @TempDir
    Path folder;

    @Test
    void everyFieldIsDataNotMarkup() throws Exception {
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            Http http = new Http(server.uri());
            Map<String, String> hostile = hostile("evil-1");
            Http.Reply added = http.postJson(List.of(hostile));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            long story = added.json().get("added").get(0).get("story").asLong();

            Http.Reply article = http.get("/api/articles/evil-1");
            assertThat(article.header("Content-Type")).startsWith("application/json");
            assertThat(article.header("X-Content-Type-Options")).isEqualTo("nosniff");
            JsonNode body = article.json();
            assertThat(body.get("title").asText()).isEqualTo(hostile.get("title"));
            assertThat(body.get("outlet").asText()).isEqualTo(hostile.get("outlet"));
            assertThat(body.get("url").asText()).isEqualTo(hostile.get("url"));
            assertThat(body.get("text").asText()).contains(SCRIPT).contains(IMAGE);

            JsonNode page = http.get("/api/stories/" + story).json();
            assertThat(page.get("label").asText()).contains("<script>");
            for (String path : List.of("/", "/story/" + story, "/article/evil-1", "/search?q=" + "%3Cscript%3E")) {
                Http.Reply html = http.get(path);
                assertThat(html.body()).as(path).doesNotContain("__pwned").doesNotContain("javascript:");
                assertThat(html.header("Content-Security-Policy")).contains("script-src 'self'");
            }
        }
    }

    /** An article with a script or a script URL in every field. */
    static Map<String, String> hostile(String id) {
        return Map.of("id", id,
                "outlet", "Evil Outlet " + SCRIPT,
                "title", "Harbour crane collapses " + SCRIPT + IMAGE,
                "url", "javascript:window.__pwned=1",
                "published", "2026-03-20",
                "text", "A harbour crane collapsed on Friday " + SCRIPT + " and workers fled the dock. "
                        + "Officials said " + IMAGE + " nobody was hurt in the collapse. "
                        + "See <a href=\"javascript:window.__pwned=1\">the pictures</a> of the crane on the quay.");
    }
}
