package io.storyline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test on loopback: a server over a new database, seeded with a synthetic stream
 * ({@link StreamGenerator}); then readers fetch random story pages (the story JSON the page shows:
 * summary and sources) as fast as they can while writers add one new article per request, for a
 * fixed time. Reports throughput, read latency percentiles and errors.
 */
public final class LoadBenchmark {

    /** What to run. */
    public record Plan(int readers, int writers, Duration duration, int seedArticles, int streamArticles) {
    }

    /** What was measured. */
    public record Report(long reads, long writes, long errors, double seconds, double p50Millis, double p99Millis,
                         double maxMillis, double writeP50Millis, double writeP99Millis, int articles, int stories) {
        public String describe() {
            return String.format(java.util.Locale.ROOT,
                    "%.0f s: %d reads (%.0f/s), %d writes (%.1f/s), %d errors%n"
                            + "read latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
                            + "write latency: p50 %.1f ms, p99 %.1f ms%n"
                            + "database at the end: %d articles in %d stories%n",
                    seconds, reads, reads / seconds, writes, writes / seconds, errors, p50Millis, p99Millis, maxMillis,
                    writeP50Millis, writeP99Millis, articles, stories);
        }
    }

    private LoadBenchmark() {
    }

    public static Report run(Plan plan) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        StringWriter lines = new StringWriter();
        new StreamGenerator(2024).write(plan.seedArticles() + plan.streamArticles(), lines);
        List<String> articles = new ArrayList<>();
        for (String line : lines.toString().split("\n")) {
            if (!line.isBlank()) {
                articles.add(line);
            }
        }
        Path folder = Files.createTempDirectory("storyline-bench");
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("bench.db")))) {
            URI base = server.uri();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (int from = 0; from < plan.seedArticles(); from += 200) {
                String batch = "[" + String.join(",", articles.subList(from, Math.min(plan.seedArticles(), from + 200))) + "]";
                post(client, base, batch);
            }
            JsonNode list = json.readTree(get(client, base.resolve("/api/stories?sort=biggest&limit=200")).body());
            long[] storyIds = new long[list.get("stories").size()];
            for (int i = 0; i < storyIds.length; i++) {
                storyIds[i] = list.get("stories").get(i).get("id").asLong();
            }
            for (long id : storyIds) {  // warm-up, untimed: every story read once
                get(client, base.resolve("/api/stories/" + id));
            }
            AtomicInteger next = new AtomicInteger(plan.seedArticles());
            AtomicLong errors = new AtomicLong();
            long end = System.nanoTime() + plan.duration().toNanos();
            List<long[]> readTimes = new ArrayList<>();
            List<long[]> writeTimes = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            long started = System.nanoTime();
            for (int r = 0; r < plan.readers(); r++) {
                long[][] mine = {new long[1 << 16]};
                int[] count = {0};
                Thread t = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        long id = storyIds[ThreadLocalRandom.current().nextInt(storyIds.length)];
                        long t0 = System.nanoTime();
                        try {
                            if (get(client, base.resolve("/api/stories/" + id)).statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                        }
                        if (count[0] == mine[0].length) {
                            mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                        }
                        mine[0][count[0]++] = System.nanoTime() - t0;
                    }
                    synchronized (readTimes) {
                        readTimes.add(Arrays.copyOf(mine[0], count[0]));
                    }
                });
                threads.add(t);
            }
            for (int w = 0; w < plan.writers(); w++) {
                Thread t = new Thread(() -> {
                    List<Long> mine = new ArrayList<>();
                    int i;
                    while (System.nanoTime() < end && (i = next.getAndIncrement()) < articles.size()) {
                        long t0 = System.nanoTime();
                        try {
                            if (post(client, base, "[" + articles.get(i) + "]").statusCode() != 201) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                        }
                        mine.add(System.nanoTime() - t0);
                    }
                    synchronized (writeTimes) {
                        writeTimes.add(mine.stream().mapToLong(Long::longValue).toArray());
                    }
                });
                threads.add(t);
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] reads = readTimes.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            long[] writes = writeTimes.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Report(reads.length, writes.length, errors.get(), seconds, millis(reads, 0.50), millis(reads, 0.99),
                    millis(reads, 1.0), millis(writes, 0.50), millis(writes, 0.99),
                    server.newsroom().articleCount(), server.newsroom().storyCount());
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, URI base, String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve("/api/articles")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
