package io.storyline.server.follow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1 for the following tests: feeds and pages by path, each answering as told (with
 * ETag support, a status, a Retry-After, a hang, an endless body, a redirect). It records every request's
 * path and headers. Never the internet.
 */
final class FeedSite implements AutoCloseable {

    /** How one path answers. */
    interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    /** A request as it came: its path and the validators it sent. */
    record Request(String path, String ifNoneMatch, String ifModifiedSince, String userAgent) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "feed-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FeedSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("If-None-Match"),
                    exchange.getRequestHeaders().getFirst("If-Modified-Since"),
                    exchange.getRequestHeaders().getFirst("User-Agent")));
            try (exchange) {
                Answer answer = answers.get(path);
                if (answer == null) {
                    send(exchange, 404, "text/html", "<html><head><title>404 Not Found</title></head><body>Not found</body></html>");
                } else {
                    answer.send(exchange);
                }
            } catch (IOException e) {
                // the client went away (a cap, a timeout): nothing to do
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void put(String path, Answer answer) {
        answers.put(path, answer);
    }

    /** A body with an ETag: a request sending that ETag back gets 304 and no body. */
    void putWithEtag(String path, String contentType, String body) {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        put(path, exchange -> {
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                send(exchange, 200, contentType, body);
            }
        });
    }

    void putPage(String path, String html) {
        put(path, exchange -> send(exchange, 200, "text/html; charset=utf-8", html));
    }

    int count(String path) {
        return (int) requests.stream().filter(r -> r.path().equals(path)).count();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Answers nothing at all until the site stops. */
    static Answer hang() {
        return exchange -> {
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Headers at once, then the feed one byte a second (a body no deadline on the headers alone would cut off). */
    static Answer drip() {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            byte[] feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Drip</title></channel></rss>"
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : feed) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** A feed that says it is 1 GB long and sends it, as long as the client reads; counts the bytes sent. */
    static Answer declaredGigabyte(AtomicInteger sentBytes) {
        return exchange -> {
            long gigabyte = 1L << 30;
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, gigabyte);
            byte[] chunk = "<item><title>again</title></item>\n".repeat(100).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent + chunk.length <= gigabyte; sent += chunk.length) {
                    out.write(chunk);
                    sentBytes.addAndGet(chunk.length);
                }
            }
        };
    }

    /** A feed that never ends: chunks of XML for as long as the client reads; counts the bytes sent. */
    static Answer endless(AtomicInteger sentKilobytes) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<item><title>again</title></item>\n".repeat(30).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Endless</title>".getBytes(StandardCharsets.UTF_8));
                while (sentKilobytes.get() < 1024 * 1024) {   // stops at 1 GB at the very most
                    out.write(chunk);
                    sentKilobytes.addAndGet(chunk.length / 1024 + 1);
                }
            }
        };
    }

    static Answer redirect(String to) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            exchange.sendResponseHeaders(302, -1);
        };
    }

    static Answer status(int status, Map<String, String> headers) {
        return exchange -> {
            headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            send(exchange, status, "text/plain", "status " + status);
        };
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
