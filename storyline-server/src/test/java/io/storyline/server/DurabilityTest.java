package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server runs as its own process; a client streams articles to it and the process is killed
 * (SIGKILL) in the middle of the stream. After a restart every acknowledged article is there, and
 * the stories account for every stored article exactly once.
 *
 * <p>The test cannot hang the build: every wait on the server process, its output and the killer
 * thread is bounded, the whole test has a timeout, and every server process it started is destroyed
 * after it, whether it passed or not.
 */
class DurabilityTest {

    /** Acknowledged articles before the kill. */
    private static final int KILL_AFTER = 60;
    /** How long a server may take to say it is listening. */
    private static final Duration STARTUP = Duration.ofSeconds(60);
    /** How long the killer waits for {@link #KILL_AFTER} acknowledgements before it kills anyway. */
    private static final Duration KILLER_WAIT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    private final List<Process> servers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyAcknowledgedArticleSurvivesAKill() throws Exception {
        Path db = folder.resolve("news.db");
        List<JsonNode> stream = generated(400);
        Set<String> acknowledged = new HashSet<>();
        Process first = launch(db);
        Http http = new Http(address(first));
        CountDownLatch enoughAcknowledged = new CountDownLatch(KILL_AFTER);
        Thread killer = new Thread(() -> {
            try {
                enoughAcknowledged.await(KILLER_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException streamEnded) {
                // the stream ended before the count: kill now
            } finally {
                first.destroyForcibly();
            }
        }, "durability-killer");
        killer.setDaemon(true);
        killer.start();
        for (JsonNode article : stream) {
            Http.Reply reply;
            try {
                reply = http.postJson(List.of(article));
            } catch (IOException connectionLost) {
                break;  // killed: this article was never acknowledged
            }
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            acknowledged.add(article.get("id").asText());
            enoughAcknowledged.countDown();
        }
        killer.interrupt();  // a no-op after the kill; ends the wait if the stream ended first
        killer.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(killer.isAlive()).as("the killer thread ended").isFalse();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("the killed server ended").isTrue();
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(KILL_AFTER).isLessThan(stream.size());

        Process second = launch(db);
        http = new Http(address(second));
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
    private Process launch(Path db) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process server = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StorylineServer.class.getName(), "--port", String.valueOf(port), "--db", db.toString())
                .redirectErrorStream(true).start();
        servers.add(server);
        return server;
    }

    /**
     * Waits (at most {@link #STARTUP}) for the server's "listening on" line. A reader thread reads the
     * output, and goes on reading it so the server never blocks on a full pipe.
     */
    private static URI address(Process process) throws IOException, InterruptedException {
        CompletableFuture<URI> listening = new CompletableFuture<>();
        StringBuffer seen = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (!listening.isDone() && line.startsWith("listening on ")) {
                        listening.complete(URI.create(line.substring("listening on ".length()).strip()));
                    } else if (!listening.isDone()) {
                        seen.append(line).append('\n');
                    }
                }
            } catch (IOException ended) {
                // the process ended
            }
            listening.completeExceptionally(new IOException("the server process ended before listening:\n" + seen));
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return listening.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("the server did not say it was listening within " + STARTUP.toSeconds() + " s:\n" + seen);
        } catch (ExecutionException e) {
            throw (IOException) e.getCause();
        }
    }
}
