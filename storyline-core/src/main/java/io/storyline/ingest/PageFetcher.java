package io.storyline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Fetches web pages politely and defensively: only http and https; every address (and every redirect
 * target) resolved and refused when it is loopback, private, link-local or otherwise not public unless
 * {@link WebOptions#allowPrivateAddresses()}; a timeout; a size cap checked before and while reading; a
 * limited number of redirects; a User-Agent naming the program; and at most {@link WebOptions#perHost()}
 * requests at once to one host.
 *
 * <p>The address check resolves the host before the request; the HTTP client resolves it again, so a
 * host whose DNS answer changes between the two (DNS rebinding) is not fully excluded.
 */
final class PageFetcher {

    /**
     * A fetched response: where it ended up after redirects, its bytes, and what the server said they are.
     * {@code status} and {@code headers} matter only to {@link #answer}, which also gives non-200 answers
     * (with an empty body).
     */
    record Page(String requested, String finalUrl, byte[] body, String contentType, String charset, int status,
                HttpHeaders headers) {
        Page(String requested, String finalUrl, byte[] body, String contentType, String charset) {
            this(requested, finalUrl, body, contentType, charset, 200, HttpHeaders.of(Map.of(), (name, value) -> true));
        }
    }

    /** A page, or why there is none. */
    record Outcome(Page page, String problem) {
    }

    private static final int MAX_THREADS = 8;

    private final WebOptions options;
    private final HttpClient client;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    PageFetcher(WebOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout())
                .build();
    }

    /** Fetches every URL (several at once, a few per host), in the order given. */
    Map<String, Outcome> fetchAll(List<String> urls) {
        Map<String, Outcome> results = new LinkedHashMap<>();
        List<String> distinct = urls.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(MAX_THREADS, distinct.size()), r -> {
            Thread t = new Thread(r, "storyline-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (String url : distinct) {
                futures.add(pool.submit(() -> fetch(url)));
            }
            for (int i = 0; i < distinct.size(); i++) {
                results.put(distinct.get(i), await(futures.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return new Outcome(null, "could not be fetched (" + e.getCause() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "was not fetched: interrupted");
        }
    }

    /** One URL, following redirects; never throws. */
    Outcome fetch(String url) {
        try {
            return new Outcome(follow(url, Map.of(), false), null);
        } catch (UnusableInputException e) {
            return new Outcome(null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(null, "could not be fetched (" + e + ")");
        }
    }

    /**
     * One URL with extra request headers (a conditional GET's validators), following redirects: the
     * final answer whatever its status (a 304 or a 429 is an answer, not a failure); only a 200's body is read.
     *
     * @throws UnusableInputException when there is no answer (refused address, timeout, too large, redirect loop)
     */
    Page answer(String url, Map<String, String> headers) throws UnusableInputException {
        return follow(url, headers, true);
    }

    private Page follow(String url, Map<String, String> headers, boolean anyStatus) throws UnusableInputException {
        URI target = checked(url);
        for (int redirects = 0; ; redirects++) {
            Semaphore slot = hosts.computeIfAbsent(target.getHost().toLowerCase(Locale.ROOT),
                    h -> new Semaphore(options.perHost()));
            try {
                slot.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnusableInputException("was not fetched: interrupted");
            }
            Object next;
            try {
                next = step(url, target, redirects, headers, anyStatus);
            } finally {
                slot.release();
            }
            if (next instanceof Page page) {
                return page;
            }
            target = (URI) next;
        }
    }

    /** One request, the host's slot held: the page, or the URI a redirect points to. */
    private Object step(String url, URI target, int redirects, Map<String, String> headers, boolean anyStatus)
            throws UnusableInputException {
        HttpResponse<byte[]> response = send(target, headers);
        int status = response.statusCode();
        if (status >= 300 && status < 400 && status != 304) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                throw new UnusableInputException("answered " + status + " (a redirect) without saying where to");
            }
            if (redirects >= options.maxRedirects()) {
                throw new UnusableInputException("redirects more than " + options.maxRedirects() + " times");
            }
            URI next;
            try {
                next = target.resolve(location.strip());
            } catch (IllegalArgumentException bad) {
                throw new UnusableInputException("redirects to an address that is not a URL: " + location);
            }
            return checked(next.toString(), true);
        }
        if (status != 200) {
            if (anyStatus) {
                return new Page(url, target.toString(), new byte[0], "", null, status, response.headers());
            }
            throw new UnusableInputException("answered HTTP " + status + " instead of a page");
        }
        if (response.body().length == 0) {
            throw new UnusableInputException("answered with an empty page");
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        return new Page(url, target.toString(), response.body(), mediaType(contentType), BodyText.charsetOf(contentType), status,
                response.headers());
    }

    /**
     * One request and, for a 200, its whole body, all within the timeout: a server that answers
     * quickly and then sends its page a byte at a time is cut off at the deadline, not waited for.
     * Other answers' bodies are not read.
     */
    private HttpResponse<byte[]> send(URI target, Map<String, String> headers) throws UnusableInputException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target);
        headers.forEach(builder::header);
        HttpRequest request = builder
                .timeout(options.timeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8")
                .GET()
                .build();
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> {
            LimitedBody reader = new LimitedBody(info.statusCode() == 200 ? options.maxBytes() : -1,
                    info.headers().firstValueAsLong("Content-Length").orElse(-1));
            body.set(reader);
            return reader;
        });
        long seconds = options.timeout().toSeconds();
        try {
            return exchange.get(options.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LimitedBody started = body.get();
            exchange.cancel(true);
            if (started != null) {
                started.abort();
                throw new UnusableInputException("did not send its page within " + seconds + " s");
            }
            throw new UnusableInputException("did not answer within " + seconds + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge large) {
                throw new UnusableInputException(large.getMessage());
            }
            if (cause instanceof HttpTimeoutException) {
                throw new UnusableInputException("did not answer within " + seconds + " s");
            }
            String why = cause == null || cause.getMessage() == null
                    ? (cause == null ? e.toString() : cause.getClass().getSimpleName()) : cause.getMessage();
            throw new UnusableInputException(body.get() != null ? "broke off while sending its page (" + why + ")"
                    : "could not be fetched (" + why + ")");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnusableInputException("was not fetched: interrupted");
        }
    }

    /** A body too large for the limit, said before or while reading it. */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * Collects a body up to a size limit, failing with {@link TooLarge} when the declared length or
     * the bytes received pass it; a limit of -1 reads nothing (the body of a redirect or an error).
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final long declared;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;

        LimitedBody(long limit, long declared) {
            this.limit = limit;
            this.declared = declared;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (limit < 0) {
                s.cancel();
                result.complete(new byte[0]);
            } else if (declared > limit) {
                s.cancel();
                result.completeExceptionally(new TooLarge("is too large (" + ProblemWords.megabytes(declared)
                        + "; the limit is " + ProblemWords.megabytes(limit) + ")"));
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge("is too large (more than "
                            + ProblemWords.megabytes(limit) + ", the limit)"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        /** Stops reading (the deadline passed): the connection is closed, nothing more arrives. */
        void abort() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.cancel(false);
        }
    }

    private URI checked(String url) throws UnusableInputException {
        return checked(url, false);
    }

    /**
     * The URL if it may be fetched: http(s), a host, and (unless allowed) only public addresses. The
     * refusal is said of the URL ("is a private or local address (127.0.0.1)") or, for a redirect's
     * target, of the redirect ("redirects to a private or local address ..."), so it reads as a
     * sentence after the URL and after "links to a page that".
     */
    private URI checked(String url, boolean redirect) throws UnusableInputException {
        String is = redirect ? "redirects to " : "is ";
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new UnusableInputException((redirect ? "redirects to an address that " : "") + "is not a valid URL ("
                    + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnusableInputException(is + (scheme.isEmpty() ? "an address without a scheme"
                    : "a " + scheme + ": address") + "; only http and https are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new UnusableInputException(is + "a URL without a host name");
        }
        if (uri.getUserInfo() != null) {
            throw new UnusableInputException(is + "a URL with a user name or password in it; not fetched");
        }
        if (!options.allowPrivateAddresses()) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new UnusableInputException(is + "an address on a host that does not resolve (" + host + ")");
            }
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    String ip = address.getHostAddress();
                    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
                    boolean literal = bare.equalsIgnoreCase(ip) || !bare.matches(".*[a-zA-Z].*") || bare.contains(":");
                    throw new UnusableInputException(is + "a private or local address ("
                            + (literal ? ip : host + " is " + ip) + "); pass --allow-private-addresses to fetch it");
                }
            }
        }
        return uri;
    }

    /** False for loopback, private, link-local, carrier-grade NAT, unique-local, multicast and unspecified. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10
                    && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) && first < 224;
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xFE) != 0xFC; // fc00::/7, unique local
        }
        return true;
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
