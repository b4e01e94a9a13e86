package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP API against a real server on a loopback port over a fresh database. */
class ServerApiTest {

    @TempDir
    static Path folder;
    static StorylineServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(folder.resolve("news.db"))
                .withMaxBodyBytes(64 * 1024));
        http = new Http(server.uri());
        Examples.post(http);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theExampleArticlesFormOneStoryWithACitedSummary() throws Exception {
        JsonNode list = http.get("/api/stories?sort=biggest").json();
        JsonNode top = list.get("stories").get(0);
        assertThat(top.get("articles").asInt()).isEqualTo(Examples.COUNT);
        JsonNode story = http.currentStory(top.get("id").asLong());
        JsonNode sentences = story.get("summary").get("sentences");
        JsonNode sources = story.get("summary").get("sources");
        assertThat(sentences.size()).isPositive();
        for (JsonNode sentence : sentences) {
            assertThat(sentence.get("citations").size()).as("citations of " + sentence).isPositive();
            for (JsonNode citation : sentence.get("citations")) {
                int number = citation.get("source").asInt();
                assertThat(number).as("cited source is listed").isBetween(1, sources.size());
                JsonNode source = sources.get(number - 1);
                assertThat(source.get("number").asInt()).isEqualTo(number);
                JsonNode article = http.get("/api/articles/" + source.get("articleId").asText()).json();
                assertThat(article.get("text").asText()).contains(citation.get("sentence").asText());
                assertThat(article.get("story").get("id").asLong()).isEqualTo(story.get("id").asLong());
            }
            assertThat(sentence.get("disputedBy").isArray()).as("disputedBy of " + sentence).isTrue();
            for (JsonNode dispute : sentence.get("disputedBy")) {
                assertThat(dispute.has("source")).as("a dispute as FORMATS.md shows it: %s", dispute).isTrue();
                assertThat(dispute.get("sentenceIndex").isInt()).isTrue();
                assertThat(dispute.get("source").asInt()).as("a disputing source is listed").isBetween(1, sources.size());
                assertThat(dispute.get("value").asText()).isNotBlank();
            }
        }
        assertThat(story.get("features").isObject()).isTrue();
        // the outlets disagree on purpose (three crew / four people hurt, a 140 / 150 metre ship): what the
        // story's comparison finds is beside the sentences the page shows, and the disagreeing source uncited
        List<String> disputes = new java.util.ArrayList<>();
        for (JsonNode sentence : sentences) {
            for (JsonNode dispute : sentence.get("disputedBy")) {
                disputes.add(dispute.get("value").asText());
                for (JsonNode citation : sentence.get("citations")) {
                    assertThat(citation.get("source").asInt()).isNotEqualTo(dispute.get("source").asInt());
                }
            }
        }
        assertThat(disputes).containsAnyOf("four people", "140-metre", "150-metre", "Three crew");
    }

    @Test
    void aFocusWeighsTheStorysSummaryTowardsAQuestion() throws Exception {
        long id = http.get("/api/stories?sort=biggest").json().get("stories").get(0).get("id").asLong();
        JsonNode ordinary = http.currentStory(id);
        assertThat(ordinary.has("focus")).isFalse();
        assertThat(ordinary.get("summary").has("notice")).isFalse();

        JsonNode focused = http.get("/api/stories/" + id + "?focus=which+hospital+treated+the+injured+crew").json();
        JsonNode unknown = http.get("/api/stories/" + id + "?focus=zebra+cryptocurrency").json();
        assertThat(focused.get("focus").asText()).isEqualTo("which hospital treated the injured crew");
        assertThat(focused.get("summary").has("notice")).isFalse();
        List<String> answer = new ArrayList<>();
        for (JsonNode sentence : focused.get("summary").get("sentences")) {
            assertThat(sentence.get("citations").size()).as("citations of " + sentence).isPositive();
            answer.add(sentence.get("text").asText());
        }
        assertThat(answer).contains("Three crew members were injured and taken to St. Brendan's General Hospital.");

        // a focus none of whose words the story uses: the ordinary summary, and the response says so
        assertThat(unknown.get("summary").get("notice").asText())
                .contains("no word of the focus \"zebra cryptocurrency\"").contains("ordinary summary");
        assertThat(unknown.get("summary").get("sentences")).isNotEqualTo(focused.get("summary").get("sentences"));
    }

    @Test
    void anHtmlPageIsReadWithItsUrlAndOutletFromThePage() throws Exception {
        JsonNode article = http.get("/api/articles/" + Examples.htmlId(http)).json();
        assertThat(article.get("url").asText()).startsWith("https://");
        assertThat(article.get("outlet").asText()).isEqualTo("Alder Valley Public Radio");
        assertThat(article.get("text").asText()).doesNotContain("<p");
    }

    @Test
    void searchFindsStoriesByWordsAndByNameButNotByOperators() throws Exception {
        assertThat(http.get("/api/stories?q=cargo%20ship").json().get("total").asInt()).isEqualTo(1);
        assertThat(http.get("/api/stories?q=zebra%20unicorn").json().get("total").asInt()).isZero();
        assertThat(http.get("/api/stories?entity=Tern%20Harbour%20Bridge").json().get("total").asInt()).isEqualTo(1);
        assertThat(http.get("/api/stories?entity=Harbour%20Tern").json().get("total").asInt()).isZero();
        Http.Reply syntax = http.get("/api/stories?q=%22NEAR(%20OR%20*%20title:");
        assertThat(syntax.status()).isEqualTo(200);
        // as FTS5 syntax, OR would find the cargo story and carg* would be a prefix of "cargo"
        assertThat(http.get("/api/stories?q=zebra%20OR%20cargo").json().get("total").asInt()).isZero();
        assertThat(http.get("/api/stories?q=carg*").json().get("total").asInt()).isZero();
    }

    @Test
    void postingTheSameArticleAgainAddsNothing() throws Exception {
        int before = http.get("/api/health").json().get("articles").asInt();
        Http.Reply again = http.postJson(Map.of("id", "harbor-wire-four-hurt", "text", "Some other words entirely, said a reader."));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicates").get(0).asText()).isEqualTo("harbor-wire-four-hurt");
        assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(before);
    }

    @Test
    void badItemsAreReportedByPositionAndGoodOnesStillAdded() throws Exception {
        Http.Reply reply = http.postJson(List.of(
                Map.of("title", "no text"),
                Map.of("id", "good-1", "outlet", "Test Wire", "text", "The ferry service resumed on Friday after the storm passed the coast."),
                Map.of("text", "Dated oddly here and there, says the clerk.", "published", "last Tuesday")));
        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.get("added").get(0).get("articleId").asText()).isEqualTo("good-1");
        assertThat(body.get("problems")).hasSize(2);
        assertThat(body.get("problems").get(0).get("item").asInt()).isZero();
        assertThat(body.get("problems").get(0).get("problem").asText()).contains("text");
        assertThat(body.get("problems").get(1).get("problem").asText()).contains("ISO date");
    }

    @Test
    void anEmptyArticleIsNamedByItsUrlOrTitleNotByAnInternalName() throws Exception {
        Http.Reply reply = http.postJson(List.of(
                Map.of("text", ""),
                Map.of("text", "   ", "url", "https://news.example/empty"),
                Map.of("text", "", "title", "Storm closes the coast road"),
                Map.of("id", "k1", "text", "")));
        JsonNode problems = reply.json().get("problems");
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0).get("problem").asText()).isEqualTo("the posted article is empty");
        assertThat(problems.get(1).get("problem").asText())
                .isEqualTo("https://news.example/empty: contains only white space");
        assertThat(problems.get(2).get("problem").asText())
                .isEqualTo("the article \"Storm closes the coast road\" is empty");
        assertThat(problems.get(3).get("problem").asText()).isEqualTo("k1: is empty");
        Http.Reply page = http.post("/api/articles?url=https://news.example/blank", "text/html",
                "<html><body><p></p></body></html>");
        assertThat(page.json().get("problems").get(0).get("problem").asText())
                .isEqualTo("https://news.example/blank: is a web page with no article text");
    }

    @Test
    void anArticleInAScriptWhoseSentencesAreUnknownIsLeftOutAndNamed() throws Exception {
        Http.Reply reply = http.postJson(List.of(Map.of("url", "https://steppe.example/news/1",
                "text", "ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ ᠤᠨ ᠨᠡᠢᠰᠯᠡᠯ ᠬᠣᠲᠠ ᠳᠤ ᠴᠠᠰᠤ ᠣᠷᠤᠪᠠ᠃ ᠵᠠᠮ ᠬᠠᠭᠠᠭᠳᠠᠪᠠ᠃")));
        assertThat(reply.json().get("added")).isEmpty();
        assertThat(reply.json().get("problems").get(0).get("problem").asText()).isEqualTo(
                "https://steppe.example/news/1: is written in Mongolian script, whose sentence ends storyline does not know");
    }

    @Test
    void malformedJsonGets400WithAMessage() throws Exception {
        Http.Reply reply = http.post("/api/articles", "application/json", "{\"text\": \"unfinished");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).contains("not valid JSON").contains("line 1");
        assertThat(http.post("/api/articles", "application/json", "42").status()).isEqualTo(400);
        assertThat(http.post("/api/articles", "application/json", "").json().get("error").asText()).contains("empty");
        assertThat(http.post("/api/articles", "text/plain", "words").status()).isEqualTo(415);
        assertThat(http.post("/api/articles", "text/html", "<html><p>page</p></html>").json().get("error").asText())
                .contains("url");
        assertThat(http.get("/api/stories?limit=abc").status()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheLimitGets413() throws Exception {
        String big = "{\"text\": \"" + "word ".repeat(20_000) + "\"}";
        Http.Reply reply = http.post("/api/articles", "application/json", big);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").asText()).contains("limit");
    }

    @Test
    void unknownIdsAndPathsGet404() throws Exception {
        for (String path : List.of("/api/stories/987654", "/api/stories/not-a-number", "/api/articles/nobody",
                "/api/nothing-here", "/assets/missing.js")) {
            Http.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.json().get("error").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void staticFilesCannotBeReadOutsideTheirFolder() throws Exception {
        Files.writeString(folder.resolve("secret.txt"), "top secret");
        List<String> attempts = List.of("/assets/../index.html", "/assets/..%2F..%2Fetc%2Fpasswd",
                "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/..%5c..%5cetc%5cpasswd", "/assets/....//....//etc/passwd",
                "/../../../../etc/passwd", "/assets/%252e%252e%252fetc%252fpasswd", "/assets/app.js%00.txt",
                "/assets/" + folder.resolve("secret.txt").toString().replace("/", "%2F"));
        for (String attempt : attempts) {
            Http.Reply reply = rawGet(attempt);
            assertThat(reply.status()).as(attempt).isIn(400, 404);
            assertThat(reply.body()).as(attempt).doesNotContain("root:").doesNotContain("top secret")
                    .doesNotContain("Storyline's web page");
        }
        assertThat(http.get("/assets/app.js").status()).isEqualTo(200);
        assertThat(http.get("/assets/story.js").status()).isEqualTo(200);
    }

    @Test
    void bindsToLoopbackOnly() throws Exception {
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
        List<java.net.InetAddress> others = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            Collections.list(nic.getInetAddresses()).stream()
                    .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).forEach(others::add);
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(others.isEmpty(), "no non-loopback address to try");
        for (java.net.InetAddress address : others) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, server.port()), 2000);
                throw new AssertionError("the server answered on " + address);
            } catch (java.io.IOException refused) {
                // expected: nothing listens there
            }
        }
    }

    @Test
    void pagesCarryASecurityPolicyAndAreTheStaticShell() throws Exception {
        for (String path : List.of("/", "/story/1", "/search?q=bridge", "/article/harbor-wire-four-hurt")) {
            Http.Reply page = http.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-eval")
                    .contains("frame-src 'none'");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.body()).contains("<script src=\"/assets/app.js\" defer></script>")
                    .doesNotContain("Port Alder");
        }
    }

    @Test
    void theStoryPagesSummaryTimelineAndComparisonNumberTheSourcesAlike() throws Exception {
        long id = http.get("/api/stories").json().get("stories").get(0).get("id").asLong();
        JsonNode story = http.currentStory(id);
        Map<String, Integer> summary = numbers(story.get("summary").get("sources"));
        JsonNode features = story.get("features");
        assertThat(features.has("timeline")).as("the example spans several days").isTrue();
        assertThat(numbers(features.get("timeline").get("data").get("sources"))).isEqualTo(summary);
        assertThat(numbers(features.get("comparison").get("data").get("sources"))).isEqualTo(summary);
        for (JsonNode date : features.get("timeline").get("data").get("entries")) {
            for (JsonNode sentence : date.get("sentences")) {
                for (JsonNode citation : sentence.get("citations")) {
                    String article = features.get("timeline").get("data").get("sources")
                            .get(citation.get("source").asInt() - 1).get("articleId").asText();
                    assertThat(http.get("/api/articles/" + article).json().get("text").asText().replaceAll("\\s+", " "))
                            .contains(citation.get("sentence").asText().replaceAll("\\s+", " "));
                }
            }
        }
    }

    private static Map<String, Integer> numbers(JsonNode sources) {
        Map<String, Integer> numbers = new java.util.HashMap<>();
        sources.forEach(s -> numbers.put(s.get("articleId").asText(), s.get("number").asInt()));
        return numbers;
    }

    @Test
    void aStoryStorylineOrArticleTheServerHasNotIsA404PageNotTheShell() throws Exception {
        Map<String, String> missing = Map.of(
                "/story/999999", "Storyline has no story with the id &#39;999999&#39;.",
                "/story/bridge", "Storyline has no story with the id &#39;bridge&#39;.",
                "/storyline/999999", "Storyline has no storyline with the id &#39;999999&#39;.",
                "/article/no-such-article", "Storyline has no article with the id &#39;no-such-article&#39;.",
                "/story/%3Cb%3E", "Storyline has no story with the id &#39;&lt;b&gt;&#39;.");
        for (var path : missing.entrySet()) {
            Http.Reply page = http.get(path.getKey());
            assertThat(page.status()).as(path.getKey()).isEqualTo(404);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
            assertThat(page.body()).contains("<h1>Not found</h1>").contains(path.getValue())
                    .contains("<a href=\"/\">Back to the front page</a>").doesNotContain("<script").doesNotContain("<b>");
        }
        String held = http.get("/api/stories").json().get("stories").get(0).get("id").asText();
        assertThat(http.get("/story/" + held).status()).isEqualTo(200);
    }

    @Test
    void theShellSaysItNeedsJavaScriptToABrowserWithout() throws Exception {
        assertThat(http.get("/").body()).containsPattern("<noscript><p class=\"error\">Storyline's pages need JavaScript");
    }

    /** A GET that sends the path exactly as written (no client-side normalisation). */
    private static Http.Reply rawGet(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int body = response.indexOf("\r\n\r\n");
            return new Http.Reply(status, body < 0 ? "" : response.substring(body + 4), null);
        }
    }
}
