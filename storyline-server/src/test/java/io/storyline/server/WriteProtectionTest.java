package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes are refused unless they come as a client or the server's own page would send them, probed
 * as an attacker's page would (no Content-Type, text/plain, a foreign Origin, a rebound Host) over
 * real HTTP on loopback; every refusal stores nothing.
 */
class WriteProtectionTest {

    static final String ARTICLE = "{\"outlet\": \"Test Wire\", \"text\": \"The lighthouse keeper reported a fire on"
            + " the north pier on Sunday, and crews put it out within the hour.\"}";

    @TempDir
    static java.nio.file.Path folder;
    static StorylineServer server;

    @BeforeAll
    static void start() throws Exception {
        server = StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(folder.resolve("news.db")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWriteWithoutItsContentTypeIsRefused() throws Exception {
        int before = articles();
        for (String type : new String[] {null, "text/plain", "text/plain;charset=UTF-8",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            RawHttp.Reply reply = post(headers("Content-Type", type), ARTICLE);
            assertThat(reply.status()).as(type).isEqualTo(415);
            assertThat(Http.JSON.readTree(reply.body()).get("error").asText()).as(type).contains("application/json");
        }
        assertThat(articles()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aWriteFromAnotherSitesPageIsRefused() throws Exception {
        int before = articles();
        for (String origin : new String[] {"http://evil.example", "null", "https://127.0.0.1:" + server.port(),
                "http://127.0.0.1:" + (server.port() + 1), "http://localhost.evil.example:" + server.port()}) {
            RawHttp.Reply reply = post(headers("Content-Type", "application/json", "Origin", origin), ARTICLE);
            assertThat(reply.status()).as(origin).isEqualTo(403);
            assertThat(reply.body()).as(origin).contains("Origin");
        }
        assertThat(articles()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aRequestUnderAnotherNameIsRefusedWhichClosesDnsRebinding() throws Exception {
        int before = articles();
        Map<String, String> rebound = headers("Host", "evil.example:" + server.port(), "Content-Type", "application/json",
                "Origin", "http://evil.example:" + server.port());
        assertThat(RawHttp.send(server.port(), "POST", "/api/articles", rebound, ARTICLE).status()).isEqualTo(421);
        RawHttp.Reply read = RawHttp.send(server.port(), "GET", "/api/stories", headers("Host", "evil.example"), null);
        assertThat(read.status()).isEqualTo(421);
        assertThat(read.body()).contains("evil.example").contains("127.0.0.1");
        assertThat(articles()).as("nothing stored").isEqualTo(before);
        for (String host : new String[] {"localhost:" + server.port(), "127.0.0.1", "[::1]:" + server.port(), "LOCALHOST."}) {
            assertThat(RawHttp.send(server.port(), "GET", "/api/health", headers("Host", host), null).status())
                    .as(host).isEqualTo(200);
        }
    }

    @Test
    void theServersOwnPageAndClientsWithoutOriginMayWrite() throws Exception {
        String self = "http://127.0.0.1:" + server.port();
        RawHttp.Reply fromPage = post(headers("Content-Type", "application/json", "Origin", self), ARTICLE);
        assertThat(fromPage.status()).as(fromPage.body()).isEqualTo(201);
        RawHttp.Reply fromClient = post(headers("Content-Type", "application/json; charset=utf-8"),
                ARTICLE.replace("Sunday", "Monday"));
        assertThat(fromClient.status()).as(fromClient.body()).isEqualTo(201);
    }

    @Test
    void jsonNestedTenThousandLevelsGetsA400SayingWhy() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        RawHttp.Reply reply = post(headers("Content-Type", "application/json"), deep);
        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = Http.JSON.readTree(reply.body());
        assertThat(error.get("error").asText()).contains("nesting depth").contains("three levels");
        String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertThat(post(headers("Content-Type", "application/json"), deepObject).status()).isEqualTo(400);
    }

    @Test
    void aTokenGuardsWritesButNotReads() throws Exception {
        try (StorylineServer guarded = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("guarded.db")).withToken("s3cret-token"))) {
            int port = guarded.port();
            for (String authorization : new String[] {null, "Bearer wrong", "Bearer s3cret-toke", "Basic s3cret-token"}) {
                RawHttp.Reply refused = RawHttp.send(port, "POST", "/api/articles",
                        headers("Content-Type", "application/json", "Authorization", authorization), ARTICLE);
                assertThat(refused.status()).as(authorization).isEqualTo(401);
                assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
            }
            assertThat(guarded.newsroom().articleCount()).isZero();
            RawHttp.Reply allowed = RawHttp.send(port, "POST", "/api/articles",
                    headers("Content-Type", "application/json", "Authorization", "Bearer s3cret-token"), ARTICLE);
            assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
            assertThat(RawHttp.send(port, "GET", "/api/health", Map.of(), null).status()).isEqualTo(200);
        }
    }

    @Test
    void listeningBeyondLoopbackMakesATokenAndSaysWhereItListens() throws Exception {
        try (StorylineServer open = StorylineServer.start(ServerSettings.defaults().withHost("0.0.0.0").withPort(0)
                .withDatabase(folder.resolve("open.db")))) {
            assertThat(open.listening()).startsWith("http://0.0.0.0:" + open.port() + "/");
            String token = open.token().orElseThrow();
            assertThat(token).hasSizeGreaterThanOrEqualTo(40);
            RawHttp.Reply refused = RawHttp.send(open.port(), "POST", "/api/articles",
                    headers("Content-Type", "application/json"), ARTICLE);
            assertThat(refused.status()).isEqualTo(401);
            RawHttp.Reply allowed = RawHttp.send(open.port(), "POST", "/api/articles",
                    headers("Content-Type", "application/json", "Authorization", "Bearer " + token), ARTICLE);
            assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
            assertThat(RawHttp.send(open.port(), "GET", "/api/stories", Map.of(), null).status()).isEqualTo(200);
        }
        assertThat(server.token()).as("loopback needs no token unless given one").isEmpty();
        assertThat(server.listening()).isEqualTo(server.uri().toString());
    }

    private static RawHttp.Reply post(Map<String, String> headers, String body) throws Exception {
        return RawHttp.send(server.port(), "POST", "/api/articles", headers, body);
    }

    private static int articles() {
        return server.newsroom().articleCount();
    }

    /** Name-value pairs; a null value leaves the header out. */
    private static Map<String, String> headers(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
