package io.storyline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.storyline.server.ArticleStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The following load benchmark (issue 19): a loopback site of many RSS feeds, each gaining items over the
 * run, followed by a real {@code storyline serve --follow} process while readers read the front page,
 * story pages and story feeds (each story's summary); halfway through the server is killed with SIGKILL
 * while it fetches an item's page (mid-poll) and started again on the same database. At the end every
 * published item must be stored exactly once and placed in exactly one story, every source must count each
 * of its items once, and every article a reader saw before the kill must still be there.
 *
 * <p>The server is the user's command, run as its own process from this program's class path (so a
 * SIGKILL is a real one); the feeds and readers run here.
 */
public final class FollowBenchmark {

    /**
     * What to run. {@code thinkTime} is how long a reader pauses between two reads on average, as a person
     * reads a page before opening the next (a closed load model with think time): 50 readers with no pause
     * were 50 programs asking as fast as answers came, hundreds of reads a second, not 50 people.
     * {@link Duration#ZERO}: no pause.
     */
    public record Plan(int feeds, int itemsPerFeed, Duration duration, int readers, Duration pollInterval,
                       boolean kill, Duration thinkTime, Path readLog) {

        /** The default think time: a reader reads a page for a second, on average, before the next read. */
        public static final Duration THINK_TIME = Duration.ofSeconds(1);

        public Plan {
            if (thinkTime.isNegative()) {
                throw new IllegalArgumentException("think time must not be negative: " + thinkTime);
            }
        }

        /** A plan that writes no log of each read. */
        public Plan(int feeds, int itemsPerFeed, Duration duration, int readers, Duration pollInterval, boolean kill,
                    Duration thinkTime) {
            this(feeds, itemsPerFeed, duration, readers, pollInterval, kill, thinkTime, null);
        }
    }

    /**
     * A reader's pause after a read, in milliseconds: drawn evenly between half and one and a half times the
     * think time, so that the mean is the think time and the readers, started together, do not read in step.
     */
    static long pauseMillis(Duration thinkTime, java.util.random.RandomGenerator random) {
        long mean = thinkTime.toMillis();
        return mean == 0 ? 0 : mean / 2 + random.nextLong(mean + 1);
    }

    /**
     * What was measured. Latencies are wall-clock and so depend on how busy the machine is: the load average
     * at the start and end of the run is reported beside them, and the server's processor time (both server
     * processes, before and after the kill) is a figure the machine's other work does not stretch.
     * {@code byKind}: per kind of read, {reads, p50, p95, p99, max}. {@code serverSide}: what each server process
     * said of the same reads' time inside it ({@code GET /api/timings}: in its handlers, and from the first byte it
     * read), one line per kind and process (the first up to half time, just before the kill). {@code benchGcSeconds}: the time this
     * process (the readers and the feeds) spent in garbage collection over the run, which every read in flight
     * here waited for too.
     */
    public record Report(int feeds, int published, int stored, int missing, int duplicates, int placed,
                         int placedTwice, int sourcesWrong, String killedDuring, int acknowledgedBeforeKill,
                         int lostAfterKill, long reads, long readErrors, Map<String, Long> errorKinds,
                         long readsDuringRestart, double p50Millis, double p95Millis, double p99Millis,
                         double maxMillis, Map<String, double[]> byKind, double restartSeconds, double seconds,
                         int readers, double thinkSeconds, double serverCpuSeconds, double loadAtStart,
                         double loadAtEnd, List<String> serverSide, long benchGcCount, double benchGcSeconds) {

        public boolean ok() {
            return missing == 0 && duplicates == 0 && placed == stored && placedTwice == 0 && sourcesWrong == 0
                    && lostAfterKill == 0 && readErrors == 0;
        }

        public String describe() {
            StringBuilder kinds = new StringBuilder();
            byKind.forEach((kind, q) -> kinds.append(String.format(Locale.ROOT, "  %-12s %7.0f reads: p50 %.1f ms,"
                    + " p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", kind, q[0], q[1], q[2], q[3], q[4])));
            return String.format(Locale.ROOT,
                    "%.0f s, %d feeds: %d items published, %d articles stored, %d missing, %d stored twice;"
                            + " %d placed in stories, %d placed twice; %d sources with a wrong item count%n"
                            + "SIGKILL %s and restart: %d articles acknowledged (seen by readers) before, %d lost;"
                            + " back in %.1f s%n"
                            + "%d readers, %s: %d reads, %d errors %s(%d more while the server was down):"
                            + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n%s"
                            + "the same reads inside the server (its handlers / from the first byte it read):%n%s"
                            + "the benchmark's own process (readers, feeds): %d garbage collections, %.1f s%n"
                            + "server processor time %.1f s; load average %.1f at the start, %.1f at the end"
                            + " (%d cores)%n",
                    seconds, feeds, published, stored, missing, duplicates, placed, placedTwice, sourcesWrong,
                    killedDuring, acknowledgedBeforeKill, lostAfterKill, restartSeconds, readers,
                    thinkSeconds == 0 ? "no pause between reads"
                            : String.format(Locale.ROOT, "each pausing %.1f s on average between reads", thinkSeconds),
                    reads, readErrors,
                    errorKinds.isEmpty() ? "" : errorKinds + " ", readsDuringRestart, p50Millis, p95Millis, p99Millis,
                    maxMillis, kinds, serverSide.stream().map(line -> "  " + line + "\n")
                            .collect(java.util.stream.Collectors.joining()), benchGcCount, benchGcSeconds,
                    serverCpuSeconds, loadAtStart, loadAtEnd, Runtime.getRuntime().availableProcessors());
        }
    }

    /** When a read started, in the read log: UTC to the millisecond, always as wide (so the lines sort as text). */
    private static final DateTimeFormatter READ_LOG_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final Pattern SERVING = Pattern.compile("(http://[^\\s)]+/)");

    private final Plan plan;
    private final PrintStream log;
    private final List<JsonNode> articles = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** When the run's clock started (items are published relative to it); none are out before it starts. */
    private volatile long startNanos;
    private volatile boolean started;
    /** Set halfway: the next request for an item's page counts it down (the server is polling) and is held. */
    private volatile java.util.concurrent.CountDownLatch pageAsked;
    private volatile String pageInFlight;

    private FollowBenchmark(Plan plan, PrintStream log) {
        this.plan = plan;
        this.log = log;
    }

    public static Report run(Plan plan, PrintStream log) throws IOException, InterruptedException {
        return new FollowBenchmark(plan, log).run();
    }

    private Report run() throws IOException, InterruptedException {
        StringWriter lines = new StringWriter();
        new StreamGenerator(2024).write(plan.feeds() * plan.itemsPerFeed(), lines);
        for (String line : lines.toString().split("\n")) {
            if (!line.isBlank()) {
                articles.add(json.readTree(line));
            }
        }
        Path folder = Files.createTempDirectory("storyline-bench-follow");
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        site.setExecutor(Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "bench-feeds");
            t.setDaemon(true);
            return t;
        }));
        site.createContext("/", this::answer);
        site.start();
        String siteBase = "http://127.0.0.1:" + site.getAddress().getPort();
        try {
            Path sources = folder.resolve("sources.txt");
            StringBuilder list = new StringBuilder("# bench-follow: " + plan.feeds() + " local feeds\n");
            for (int f = 0; f < plan.feeds(); f++) {
                list.append(siteBase).append("/feed/").append(f).append(".xml\n");
            }
            Files.writeString(sources, list);
            Path db = folder.resolve("bench.db");
            List<String> command = command(db, sources);
            Server server = Server.start(command, folder, 1);
            // the items are published from here, once the server is serving: timed from before its start, a slow
            // start on a loaded machine found every item out at its first poll and left no poll to kill it in
            startNanos = System.nanoTime();
            started = true;
            double loadAtStart = loadAverage();
            double serverCpu = 0;
            long[] gcAtStart = collections();
            List<String> serverSide = new ArrayList<>();
            log.println("bench-follow: server at " + server.base + ", following " + plan.feeds() + " feeds; its Java options: "
                    + String.join(" ", command.subList(1, command.indexOf("-cp"))));

            Readers readers = new Readers(server.base);
            readers.start(plan.readers());
            double restartSeconds = 0;
            int acknowledged = 0;
            Set<String> seenBeforeKill = Set.of();
            long half = startNanos + plan.duration().toNanos() / 2;
            long end = startNanos + plan.duration().toNanos();
            String killedDuring = "not done";
            if (plan.kill()) {
                sleepUntil(half);
                // asked before the kill is set up: the page the server is killed fetching is held for 2 s only
                serverSide.addAll(serverSide(server.base, "up to the kill"));
                java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
                pageAsked = asked;
                boolean midPoll = asked.await(Math.max(120, 4 * plan.pollInterval().toSeconds()),
                        java.util.concurrent.TimeUnit.SECONDS);
                killedDuring = midPoll ? "while the server fetched " + pageInFlight : "(no page fetch seen: between polls)";
                seenBeforeKill = Set.copyOf(readers.seen.keySet());
                acknowledged = seenBeforeKill.size();
                readers.down = true;
                serverCpu += server.cpuSeconds();
                server.kill();
                pageAsked = null;
                long t0 = System.nanoTime();
                log.println("bench-follow: SIGKILL after " + acknowledged + " articles seen by readers; restarting");
                server = Server.start(command, folder, 2);
                restartSeconds = (System.nanoTime() - t0) / 1e9;
                readers.base = server.base;
                readers.down = false;
            }
            sleepUntil(end);
            int published = plan.feeds() * plan.itemsPerFeed();
            // every item is out by now: wait for the last polls to read them and count them in their sources'
            // health (a few intervals; the deadline is generous for a loaded machine, and only ends a failing run)
            long settle = System.nanoTime() + plan.pollInterval().multipliedBy(4).plusSeconds(180).toNanos();
            while (System.nanoTime() < settle && !(health(server.base) >= published && sourcesRight(server.base))) {
                Thread.sleep(1000);
            }
            readers.stop();
            readers.writeLog();
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            long[] gcAtEnd = collections();
            serverSide.addAll(serverSide(server.base, plan.kill() ? "after the restart" : ""));
            int[] placement = placement(server.base);
            int sourcesWrong = sourcesWrong(server.base);
            serverCpu += server.cpuSeconds();
            server.stop();

            Map<String, Integer> byUrl = new HashMap<>();
            Set<String> ids;
            int stored;
            try (ArticleStore store = ArticleStore.open(db)) {
                List<ArticleStore.Stored> all = store.all();
                stored = all.size();
                ids = new java.util.HashSet<>();
                for (ArticleStore.Stored s : all) {
                    ids.add(s.article().id());
                    byUrl.merge(String.valueOf(s.article().url()), 1, Integer::sum);
                }
            }
            int missing = 0;
            int twice = 0;
            for (int f = 0; f < plan.feeds(); f++) {
                for (int j = 0; j < plan.itemsPerFeed(); j++) {
                    int n = byUrl.getOrDefault(siteBase + "/page/" + f + "/" + j, 0);
                    missing += n == 0 ? 1 : 0;
                    twice += Math.max(0, n - 1);
                }
            }
            int lost = 0;
            for (String id : seenBeforeKill) {
                lost += ids.contains(id) ? 0 : 1;
            }
            long[] times = readers.times();
            Map<String, double[]> byKind = new java.util.TreeMap<>();
            readers.byKind().forEach((kind, t) -> byKind.put(kind,
                    new double[] {t.length, millis(t, 0.5), millis(t, 0.95), millis(t, 0.99), millis(t, 1.0)}));
            return new Report(plan.feeds(), published, stored, missing, twice, placement[0], placement[1], sourcesWrong,
                    killedDuring, acknowledged, lost, times.length, readers.errors.get(), kinds(readers.why),
                    readers.downErrors.get(), millis(times, 0.5), millis(times, 0.95), millis(times, 0.99),
                    millis(times, 1.0), byKind, restartSeconds, seconds, plan.readers(),
                    plan.thinkTime().toMillis() / 1000.0, serverCpu, loadAtStart, loadAverage(), List.copyOf(serverSide),
                    gcAtEnd[0] - gcAtStart[0], (gcAtEnd[1] - gcAtStart[1]) / 1000.0);
        } finally {
            site.stop(0);
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<String> command(Path db, Path sources) {
        String java = ProcessHandle.current().info().command().orElse("java");
        long seconds = plan.pollInterval().toSeconds();
        List<String> command = new ArrayList<>(List.of(java));
        // the Java options the storyline script gives serve, and the user's STORYLINE_JAVA_OPTS after them
        command.addAll(io.storyline.cli.ServeJvm.options(java, System.getenv("STORYLINE_JAVA_OPTS")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.storyline.cli.Main", "serve",
                "--port", "0", "--db", db.toString(), "--follow", sources.toString(), "--allow-private-addresses",
                "--poll-interval", seconds + "s"));
        return command;
    }

    // ---- the feeds

    /** When item {@code j} of feed {@code f} is published: spread evenly over the run, feeds staggered. */
    private long publishedAt(int f, int j) {
        long slot = plan.duration().toNanos() / (plan.itemsPerFeed() + 1);
        return startNanos + slot * (j + 1) - slot / 2 + slot * f / plan.feeds();
    }

    private int visible(int f) {
        if (!started) {
            return 0;
        }
        long now = System.nanoTime();
        int n = 0;
        while (n < plan.itemsPerFeed() && publishedAt(f, n) <= now) {
            n++;
        }
        return n;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher feed = Pattern.compile("/feed/(\\d+)\\.xml").matcher(path);
            Matcher page = Pattern.compile("/page/(\\d+)/(\\d+)").matcher(path);
            if (feed.matches() && Integer.parseInt(feed.group(1)) < plan.feeds()) {
                int f = Integer.parseInt(feed.group(1));
                int n = visible(f);
                String etag = "\"" + f + "-" + n + "\"";
                exchange.getResponseHeaders().set("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                send(exchange, "application/rss+xml", rss(f, n, "http://" + exchange.getRequestHeaders().getFirst("Host")));
            } else if (page.matches() && Integer.parseInt(page.group(1)) < plan.feeds()
                    && Integer.parseInt(page.group(2)) < visible(Integer.parseInt(page.group(1)))) {
                java.util.concurrent.CountDownLatch asked = pageAsked;
                if (asked != null && asked.getCount() > 0) {
                    pageInFlight = path;
                    asked.countDown();
                    sleepQuietly(2000);   // held while the server is killed: it dies mid-poll
                }
                send(exchange, "text/html; charset=utf-8", html(article(Integer.parseInt(page.group(1)),
                        Integer.parseInt(page.group(2)))));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        } catch (IOException gone) {
            // the server was killed mid-request
        }
    }

    private JsonNode article(int f, int j) {
        return articles.get(f * plan.itemsPerFeed() + j);
    }

    private String rss(int f, int n, String base) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Feed " + f + "</title><link>" + base + "/</link><description>bench</description>\n");
        for (int j = n - 1; j >= 0; j--) {
            JsonNode a = article(f, j);
            String date = LocalDate.parse(a.get("published").asText()).atStartOfDay(ZoneOffset.UTC).format(RFC_822);
            xml.append("<item><guid isPermaLink=\"false\">").append(f).append('-').append(j).append("</guid><title>")
                    .append(escape(a.get("title").asText())).append("</title><link>").append(base).append("/page/")
                    .append(f).append('/').append(j).append("</link><pubDate>").append(date)
                    .append("</pubDate><description>").append(escape(a.get("title").asText()))
                    .append("</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private static String html(JsonNode a) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(a.get("title").asText())).append("</title><meta property=\"og:site_name\" content=\"")
                .append(escape(a.get("outlet").asText())).append("\"><meta property=\"article:published_time\" content=\"")
                .append(a.get("published").asText()).append("T08:00:00Z\"></head><body><article><h1>")
                .append(escape(a.get("title").asText())).append("</h1>");
        for (String p : a.get("text").asText().split("\n\n")) {
            if (!p.isBlank()) {
                html.append("<p>").append(escape(p.strip())).append("</p>");
            }
        }
        return html.append("</article></body></html>").toString();
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---- the server process

    /** {@code storyline serve} as its own process. */
    private static final class Server {
        final Process process;
        final URI base;

        private Server(Process process, URI base) {
            this.process = process;
            this.base = base;
        }

        static Server start(List<String> command, Path folder, int run) throws IOException, InterruptedException {
            Path out = folder.resolve("serve-" + run + ".out");
            Path err = folder.resolve("serve-" + run + ".err");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                Matcher m = SERVING.matcher(Files.readString(out));
                if (m.find()) {
                    return new Server(process, URI.create(m.group(1)));
                }
                Thread.sleep(100);
            }
            process.destroyForcibly();
            throw new IOException("storyline serve did not start: " + Files.readString(err));
        }

        /** The processor time the server process has used so far (user and system), in seconds; 0 where unknown. */
        double cpuSeconds() {
            return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();   // SIGKILL on Linux: no shutdown hook runs
            process.waitFor();
        }

        void stop() throws InterruptedException {
            process.destroy();           // SIGTERM: the shutdown hook closes the database
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * Every story's articles, as readers get them: {placed, placed more than once}. An article placed once is
     * in exactly one story.
     */
    private int[] placement(URI base) throws IOException, InterruptedException {
        Map<String, Integer> times = new HashMap<>();
        int total = Integer.MAX_VALUE;
        for (int offset = 0; offset < total; offset += 200) {
            JsonNode list = json.readTree(get(base.resolve("/api/stories?sort=newest&limit=200&offset=" + offset)));
            total = list.get("total").asInt();
            for (JsonNode item : list.get("stories")) {
                JsonNode story = json.readTree(get(base.resolve("/api/stories/" + item.get("id").asLong())));
                for (JsonNode a : story.get("articles")) {
                    times.merge(a.get("id").asText(), 1, Integer::sum);
                }
            }
        }
        int twice = 0;
        for (int n : times.values()) {
            twice += n > 1 ? 1 : 0;
        }
        return new int[] {times.size(), twice};
    }

    /** Whether every source's health counts each of its items once; false while the server cannot say. */
    private boolean sourcesRight(URI base) {
        try {
            return sourcesWrong(base) == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sources whose health does not count each of their items once (seen and read into an article), or missing. */
    private int sourcesWrong(URI base) throws IOException, InterruptedException {
        JsonNode sources = json.readTree(get(base.resolve("/api/sources"))).get("sources");
        int wrong = Math.max(0, plan.feeds() - sources.size()) + Math.max(0, sources.size() - plan.feeds());
        for (JsonNode s : sources) {
            if (s.get("itemsSeen").asInt() != plan.itemsPerFeed() || s.get("articlesAdded").asInt() != plan.itemsPerFeed()) {
                wrong++;
            }
        }
        return wrong;
    }

    private String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(uri + " answered HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int health(URI base) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/api/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return json.readTree(r.body()).get("articles").asInt();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    // ---- the readers

    /** Readers of story pages, as the web page reads them; what they see is what the server acknowledged. */
    private final class Readers {
        volatile URI base;
        volatile boolean down;
        volatile boolean stopped;
        volatile long[] stories = new long[0];
        final Map<String, Boolean> seen = new ConcurrentHashMap<>();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong downErrors = new AtomicLong();
        /** Why reads failed while the server was up: "HTTP 500", "timeout", an exception's name. */
        final Map<String, AtomicLong> why = new ConcurrentHashMap<>();
        /** Each reader's latencies, by kind of read. */
        final Map<String, List<long[]>> times = new HashMap<>();
        final List<Thread> threads = new ArrayList<>();

        Readers(URI base) {
            this.base = base;
        }

        void start(int count) {
            Thread lister = new Thread(() -> {
                while (!stopped) {
                    try {
                        JsonNode list = json.readTree(get(base.resolve("/api/stories?sort=newest&limit=200")).body());
                        long[] ids = new long[list.get("stories").size()];
                        for (int i = 0; i < ids.length; i++) {
                            ids[i] = list.get("stories").get(i).get("id").asLong();
                        }
                        stories = ids;
                        Thread.sleep(2000);
                    } catch (IOException e) {
                        pause();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-lister");
            lister.setDaemon(true);
            lister.start();
            threads.add(lister);
            for (int r = 0; r < count; r++) {
                Thread t = new Thread(this::read, "bench-reader");
                t.setDaemon(true);
                t.start();
                threads.add(t);
            }
        }

        /**
         * One reader: a quarter of its reads the front page, half a story page (summary, timeline, comparison),
         * a quarter a story's Atom feed (its summary with citations), each story picked at random; after each
         * read, answered or not, it pauses for the plan's think time ({@link #pauseMillis}).
         */
        private void read() {
            Map<String, long[]> mine = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            // people do not all open the page at the same instant: each reader starts within one think time
            sleep(ThreadLocalRandom.current().nextLong(plan.thinkTime().toMillis() + 1));
            while (!stopped) {
                long[] ids = stories;
                if (ids.length == 0 || down) {
                    pause();
                    continue;
                }
                long id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
                int dice = ThreadLocalRandom.current().nextInt(4);
                String kind = dice == 0 ? "front page" : dice == 3 ? "story feed" : "story page";
                String path = dice == 0 ? "/api/stories?sort=newest&limit=50"
                        : dice == 3 ? "/feeds/story/" + id : "/api/stories/" + id;
                boolean wasDown = down;
                long wall = System.currentTimeMillis();
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> r = get(base.resolve(path));
                    long took = System.nanoTime() - t0;
                    logRead(wall, kind, path, took, "HTTP " + r.statusCode());
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                        why.computeIfAbsent("HTTP " + r.statusCode() + " (" + kind + ")", k -> new AtomicLong())
                                .incrementAndGet();
                        continue;
                    }
                    if (kind.equals("story page")) {
                        for (JsonNode a : json.readTree(r.body()).get("articles")) {
                            seen.put(a.get("id").asText(), Boolean.TRUE);
                        }
                    }
                    int n = counts.getOrDefault(kind, 0);
                    long[] times = mine.computeIfAbsent(kind, k -> new long[1 << 10]);
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                        mine.put(kind, times);
                    }
                    times[n] = took;
                    counts.put(kind, n + 1);
                } catch (IOException e) {
                    logRead(wall, kind, path, System.nanoTime() - t0, e.getClass().getSimpleName());
                    if (wasDown || down) {
                        downErrors.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                        why.computeIfAbsent(e instanceof java.net.http.HttpTimeoutException ? "no answer within 30 s"
                                : e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    break;
                } finally {
                    if (!stopped) {
                        sleep(pauseMillis(plan.thinkTime(), ThreadLocalRandom.current()));
                    }
                }
            }
            synchronized (times) {
                mine.forEach((kind, t) -> times.computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(Arrays.copyOf(t, counts.get(kind))));
            }
        }

        /** Every read, when the plan asks for a log of them: when it started, what, how long, how it ended. */
        final java.util.Queue<String> log = new java.util.concurrent.ConcurrentLinkedQueue<>();

        private void logRead(long startMillis, String kind, String path, long nanos, String outcome) {
            if (plan.readLog() != null) {
                log.add(String.format(Locale.ROOT, "%s\t%s\t%s\t%.1f\t%s", READ_LOG_TIME.format(Instant.ofEpochMilli(startMillis)),
                        kind, path, nanos / 1e6, outcome));
            }
        }

        /** Writes the log of every read (a header, then one line a read, in the order they started). */
        void writeLog() throws IOException {
            if (plan.readLog() == null) {
                return;
            }
            List<String> lines = new ArrayList<>(log);
            java.util.Collections.sort(lines);   // instants of one width and zone sort as text
            lines.add(0, "started\tkind\tpath\tms\toutcome");
            Files.write(plan.readLog(), lines, StandardCharsets.UTF_8);
        }

        private void pause() {
            sleep(50);
        }

        private void sleep(long millis) {
            if (millis <= 0) {
                return;
            }
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws InterruptedException {
            stopped = true;
            for (Thread t : threads) {
                t.join(30_000);
            }
        }

        long[] times() {
            synchronized (times) {
                return times.values().stream().flatMap(List::stream).flatMapToLong(Arrays::stream).sorted().toArray();
            }
        }

        Map<String, long[]> byKind() {
            Map<String, long[]> out = new java.util.TreeMap<>();
            synchronized (times) {
                times.forEach((kind, t) -> out.put(kind, t.stream().flatMapToLong(Arrays::stream).sorted().toArray()));
            }
            return out;
        }

        private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Map<String, Long> kinds(Map<String, AtomicLong> why) {
        Map<String, Long> out = new java.util.TreeMap<>();
        why.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.min(1000, Math.max(1, left / 1_000_000)));
        }
    }

    /** The reads' routes, as {@code GET /api/timings} names them, and the kind of read each is here. */
    private static final Map<String, String> READ_ROUTES = Map.of("GET /api/stories", "front page",
            "GET /api/stories/{id}", "story page", "GET /feeds/story/{id}", "story feed");

    /**
     * What the server says of the readers' kinds of read ({@code GET /api/timings}); none when it cannot say (a
     * server without the route). The front page's route also carries the readers' list of stories every 2 s.
     */
    private List<String> serverSide(URI base, String when) {
        List<String> lines = new ArrayList<>();
        try {
            JsonNode routes = json.readTree(get(base.resolve("/api/timings"))).path("routes");
            for (Map.Entry<String, String> read : new java.util.TreeMap<>(READ_ROUTES).entrySet()) {
                JsonNode route = routes.path(read.getKey());
                if (route.isMissingNode()) {
                    continue;
                }
                lines.add(String.format(Locale.ROOT, "%-12s %s%7d reads: handlers %s; in the server %s", read.getValue(),
                        when.isEmpty() ? "" : "(" + when + ") ", route.path("handler").path("count").asLong(),
                        quantiles(route.path("handler")), quantiles(route.path("inServer"))));
            }
        } catch (IOException e) {
            lines.add("(the server did not say: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lines;
    }

    private static String quantiles(JsonNode f) {
        return String.format(Locale.ROOT, "p50 %.1f, p95 %.1f, p99 %.1f, max %.1f ms", f.path("p50Ms").asDouble(),
                f.path("p95Ms").asDouble(), f.path("p99Ms").asDouble(), f.path("maxMs").asDouble());
    }

    /** This process's garbage collections so far: {count, milliseconds}, over every collector it has. */
    static long[] collections() {
        long count = 0;
        long millis = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            // Shenandoah and ZGC also count their concurrent cycles, which stop no thread: pauses only
            if (gc.getName().endsWith("Cycles")) {
                continue;
            }
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** The machine's load average over the last minute (negative where the system cannot say). */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The nearest-rank quantile of sorted nanoseconds, in milliseconds (0 when there are none). */
    static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
