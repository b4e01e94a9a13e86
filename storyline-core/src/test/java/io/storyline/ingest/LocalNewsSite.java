package io.storyline.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1 for tests: serves the pages it is given, records the User-Agent of every
 * request and the most requests it ever had in flight at once. Never the internet. A test class
 * holds one in a {@code @RegisterExtension} field: it starts with the test and stops after it.
 */
final class LocalNewsSite implements AutoCloseable, AfterEachCallback {

    /** What one path answers. */
    record Answer(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {

        static Answer html(String html) {
            return new Answer(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }

        static Answer of(String contentType, String body) {
            return new Answer(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }

        static Answer redirect(String location) {
            return new Answer(302, "text/plain", new byte[0], Map.of("Location", location), 0);
        }

        static Answer status(int status, String html) {
            return new Answer(status, "text/html", html.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }

        Answer slow(long millis) {
            return new Answer(status, contentType, body, headers, millis);
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Long> trickling = new ConcurrentHashMap<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();

    LocalNewsSite() {
        try {
            server = start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a local news site", e);
        }
    }

    /** Reads inputs (paths, URLs) as a user would, this site's loopback address allowed unless said. */
    static Extraction read(LoadOptions options, boolean allowPrivate, String... inputs) {
        WebOptions web = WebOptions.defaults().withAllowPrivateAddresses(allowPrivate)
                .withTimeout(Duration.ofSeconds(5));
        return new ArticleLoader(options.withWeb(web)).extract(List.of(inputs));
    }

    private HttpServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
        return server;
    }

    /** Serves the answer's headers at once, then its body one byte every {@code millis}. */
    LocalNewsSite trickle(String path, Answer answer, long millis) {
        trickling.put(path, millis);
        return serve(path, answer);
    }

    LocalNewsSite serve(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        try {
            userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            Answer answer = answers.getOrDefault(exchange.getRequestURI().getPath(),
                    Answer.status(404, "<html><body><h1>Not found</h1></body></html>"));
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            Long trickle = trickling.get(exchange.getRequestURI().getPath());
            try (OutputStream out = exchange.getResponseBody()) {
                if (trickle == null) {
                    out.write(answer.body());
                }
                for (int i = 0; trickle != null && i < answer.body().length; i++) {
                    out.write(answer.body()[i]);
                    out.flush();
                    Thread.sleep(trickle);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // the client gave up (a timeout test): nothing to answer
        } finally {
            inFlight.decrementAndGet();
            exchange.close();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
