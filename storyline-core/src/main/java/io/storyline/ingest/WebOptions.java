package io.storyline.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How pages are fetched when an input is a URL (or a feed links to its articles).
 *
 * @param allowPrivateAddresses fetch from loopback, private and link-local addresses too (off by default,
 *                              so that a URL cannot make Storyline probe the machine's own network)
 * @param timeout               for connecting, and again for the whole response
 * @param maxBytes              larger responses are refused, never held in memory beyond this
 * @param maxRedirects          redirects followed per URL; each target is checked like the URL itself
 * @param perHost               requests at most in flight to one host at once
 * @param userAgent             sent with every request, naming the program
 */
public record WebOptions(boolean allowPrivateAddresses, Duration timeout, long maxBytes, int maxRedirects,
                         int perHost, String userAgent) {

    public static final String USER_AGENT =
            "Storyline/0.1 (news summarizer; reads one article per URL it is given)";

    public WebOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxBytes <= 0 || maxRedirects < 0 || perHost <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("web options out of range");
        }
    }

    /** Public addresses only, 20 s timeout, 10 MB per page, 5 redirects, 2 requests at once per host. */
    public static WebOptions defaults() {
        return new WebOptions(false, Duration.ofSeconds(20), 10L * 1024 * 1024, 5, 2, USER_AGENT);
    }

    public WebOptions withAllowPrivateAddresses(boolean allow) {
        return new WebOptions(allow, timeout, maxBytes, maxRedirects, perHost, userAgent);
    }

    public WebOptions withTimeout(Duration limit) {
        return new WebOptions(allowPrivateAddresses, limit, maxBytes, maxRedirects, perHost, userAgent);
    }

    public WebOptions withMaxBytes(long bytes) {
        return new WebOptions(allowPrivateAddresses, timeout, bytes, maxRedirects, perHost, userAgent);
    }
}
