package io.storyline.server.follow;

import io.storyline.ingest.WebOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server follows sources.
 *
 * @param sourcesFile     a list of feed and sitemap URLs to follow (one a line, {@code #} comments), or null
 * @param web             how feeds and pages are fetched: timeout, size cap, redirects, requests at once per
 *                        host, and whether loopback and private addresses may be followed (off by default)
 * @param interval        how often a source is polled unless it is given its own interval
 * @param minimumInterval the shortest interval a source may be given (politeness)
 * @param maxBackoff      the longest wait after repeated errors (a Retry-After may ask for longer, up to a day)
 * @param workers         sources polled at once
 */
public record FollowSettings(Path sourcesFile, WebOptions web, Duration interval, Duration minimumInterval,
                             Duration maxBackoff, int workers) {

    public FollowSettings {
        Objects.requireNonNull(web, "web");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(minimumInterval, "minimumInterval");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (workers < 1 || minimumInterval.isNegative() || minimumInterval.isZero()
                || interval.compareTo(minimumInterval) < 0 || maxBackoff.compareTo(interval) < 0) {
            throw new IllegalArgumentException("follow settings out of range");
        }
    }

    /** No sources file; public addresses only; every 15 minutes, at least 1 minute; back off up to 6 hours; 4 at once. */
    public static FollowSettings defaults() {
        return new FollowSettings(null, WebOptions.defaults(), Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofHours(6), 4);
    }

    public FollowSettings withSourcesFile(Path file) {
        return new FollowSettings(file, web, interval, minimumInterval, maxBackoff, workers);
    }

    public FollowSettings withWeb(WebOptions value) {
        return new FollowSettings(sourcesFile, value, interval, minimumInterval, maxBackoff, workers);
    }

    /** Sets both the usual interval and the shortest allowed one (tests poll every second or so). */
    public FollowSettings withIntervals(Duration usual, Duration shortest) {
        return new FollowSettings(sourcesFile, web, usual, shortest, maxBackoff.compareTo(usual) < 0 ? usual : maxBackoff,
                workers);
    }

    /** An interval as written in a sources list or on the command line: {@code 90s}, {@code 30m}, {@code 2h}; else null. */
    public static Duration parseInterval(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})([smh])")
                .matcher(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    public FollowSettings withMaxBackoff(Duration value) {
        return new FollowSettings(sourcesFile, web, interval, minimumInterval, value, workers);
    }
}
