package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server runs as its own process; a client streams articles to it and the process is killed
 * (SIGKILL) in the middle of the stream. After a restart every acknowledged article is there, and
 * the stories account for every stored article exactly once.
 */
class DurabilityTest {

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedArticleSurvivesAKill() throws Exception {
        Path db = folder.resolve("news.db");
        List<JsonNode> stream = generated(400);
        Set<String> acknowledged = new HashSet<>();
        Process first = launch(db);
        try {
            Http http = new Http(address(first));
            Thread killer = new Thread(() -> {
                try {
                    while (acknowledged.size() < 60) {
                        Thread.sleep(5);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                first.destroyForcibly();
            });
            killer.start();
            for (JsonNode article : stream) {
                Http.Reply reply;
                try {
                    reply = http.postJson(List.of(article));
                } catch (IOException connectionLost) {
                    break;  // killed: this article was never acknowledged
                }
                assertThat(reply.status()).as(reply.body()).isEqualTo(201);
                synchronized (acknowledged) {
                    acknowledged.add(article.get("id").asText());
                }
            }
            killer.join();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
        }
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(60).isLessThan(stream.size());

        Process second = launch(db);
        try {
            Http http = new Http(address(second));
            for (String id : acknowledged) {
                Http.Reply article = http.get("/api/articles/" + id);
                assertThat(article.status()).as("acknowledged article " + id).isEqualTo(200);
            }
            int stored = http.get("/api/health").json().get("articles").asInt();
            assertThat(stored).isGreaterThanOrEqualTo(acknowledged.size());
            Set<String> placed = new HashSet<>();
            JsonNode stories = http.get("/api/stories?limit=200").json();
            int total = stories.get("total").asInt();
            for (int offset = 0; offset < total; offset += 200) {
                for (JsonNode item : http.get("/api/stories?limit=200&offset=" + offset).json().get("stories")) {
                    JsonNode story = http.get("/api/stories/" + item.get("id").asLong()).json();
                    assertThat(story.get("id").asLong()).isEqualTo(item.get("id").asLong());
                    for (JsonNode article : story.get("articles")) {
                        assertThat(placed.add(article.get("id").asText())).as("placed once: " + article).isTrue();
                        JsonNode home = http.get("/api/articles/" + article.get("id").asText()).json().get("story");
                        assertThat(home.get("id").asLong()).isEqualTo(story.get("id").asLong());
                    }
                }
            }
            assertThat(placed).hasSize(stored).containsAll(acknowledged);
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code count} articles on twenty made-up stories, each story told by several outlets over a few days. */
    private static List<JsonNode> generated(int count) {
        String[] towns = {"Arlow", "Brennick", "Calder", "Dunmore", "Elsby", "Farrow", "Glenmark", "Harwick",
            "Islay", "Jarrow", "Kelso", "Lindale", "Marden", "Norby", "Orwell", "Pelham", "Quarry", "Redhill",
            "Selby", "Tarvin"};
        List<JsonNode> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String town = towns[i % towns.length];
            ObjectNode article = Http.JSON.createObjectNode();
            article.put("id", "g" + (i + 1));
            article.put("outlet", "outlet" + (i % 7) + ".example");
            article.put("title", town + " council votes to rebuild the " + town + " bridge");
            article.put("published", LocalDate.of(2026, 3, 1).plusDays(i % 3).toString());
            article.put("text", "The council of " + town + " voted to rebuild the " + town + " bridge after the "
                    + "storm. Mayor of " + town + " said work on the bridge would start in spring. Residents of "
                    + town + " welcomed the plan in report " + (i + 1) + ".");
            articles.add(article);
        }
        return articles;
    }

    /** Starts the server in a new JVM with this test's class path, on a free loopback port. */
    private static Process launch(Path db) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StorylineServer.class.getName(), "--port", String.valueOf(port), "--db", db.toString())
                .redirectErrorStream(true).start();
    }

    /** Waits for the server's "listening on" line. */
    private static URI address(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("listening on ")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty so the server never blocks on output
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return URI.create(line.substring("listening on ".length()).strip());
            }
            seen.append(line).append('\n');
        }
        throw new IOException("the server process ended before listening:\n" + seen);
    }
}
