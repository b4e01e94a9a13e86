package io.storyline.server.follow;

import io.storyline.ingest.SourceFetcher;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each site's robots.txt, fetched through the same fetcher as everything else and kept for a day (an
 * unreachable one, which disallows everything, is asked again after ten minutes).
 */
final class RobotsCache {

    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration KEEP_UNREACHABLE = Duration.ofMinutes(10);
    /** RFC 9309: at least 500 KiB are read; rules past that are ignored. */
    private static final int MAX_CHARS = 512 * 1024;

    /** A site's rules until a time; {@code unreachable} says why there are none when it could not be read. */
    private record Known(RobotsTxt rules, Instant until, String unreachable) {
        Known(RobotsTxt rules, Instant until) {
            this(rules, until, null);
        }
    }

    private final SourceFetcher fetcher;
    private final Map<String, Known> sites = new ConcurrentHashMap<>();

    RobotsCache(SourceFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Whether the URL may be fetched; a URL that is not http(s) is left to the fetcher to refuse. */
    boolean allows(String url) {
        return refusal(url) == null;
    }

    /** Why the URL may not be fetched, or null when it may. */
    String refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        String site = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        Known known = sites.get(site);
        if (known == null || known.until().isBefore(now)) {
            known = fetch(site, now);
            sites.put(site, known);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (known.rules().allows(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())) {
            return null;
        }
        return known.unreachable() != null
                ? site + "/robots.txt " + known.unreachable() + ", so nothing on the site is fetched for now"
                : "the site's robots.txt does not allow Storyline to fetch " + url;
    }

    private Known fetch(String site, Instant now) {
        String why;
        try {
            SourceFetcher.Answer answer = fetcher.get(site + "/robots.txt", Map.of());
            if (answer.status() == 200) {
                String text = new String(answer.body(), StandardCharsets.UTF_8);
                return new Known(RobotsTxt.parse(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text),
                        now.plus(KEEP));
            }
            if (answer.status() >= 400 && answer.status() < 500) {
                return new Known(RobotsTxt.ALLOW_ALL, now.plus(KEEP));
            }
            why = "answered HTTP " + answer.status();
        } catch (IOException unreachable) {
            if (String.valueOf(unreachable.getMessage()).startsWith("answered with an empty page")) {
                return new Known(RobotsTxt.ALLOW_ALL, now.plus(KEEP));  // an empty robots.txt forbids nothing
            }
            why = unreachable.getMessage();
        }
        // an unreachable robots.txt disallows everything for a while
        return new Known(RobotsTxt.DISALLOW_ALL, now.plus(KEEP_UNREACHABLE), why);
    }
}
