package io.storyline.server.follow;

import java.time.Duration;
import java.time.Instant;

/**
 * A followed feed or sitemap and its health, as stored.
 *
 * @param title         the feed's own title once read, else null
 * @param etag          the validators of its last answer, sent back on the next poll (conditional GET)
 * @param failures      errors in a row since the last success (the backoff grows with them)
 * @param nextPoll      when it is polled next (null: as soon as possible)
 * @param itemsSeen     entries remembered so far (each is read once)
 * @param articlesAdded articles its entries gave the newsroom
 */
public record Source(long id, String url, String title, Duration interval, boolean paused, Instant added,
                     String etag, String lastModified, Instant lastPoll, Instant lastSuccess, String lastError,
                     Instant lastErrorAt, int failures, Instant nextPoll, long itemsSeen, long articlesAdded) {

    Source withPaused(boolean value) {
        return new Source(id, url, title, interval, value, added, etag, lastModified, lastPoll, lastSuccess,
                lastError, lastErrorAt, failures, nextPoll, itemsSeen, articlesAdded);
    }

    Source withInterval(Duration value) {
        return new Source(id, url, title, value, paused, added, etag, lastModified, lastPoll, lastSuccess,
                lastError, lastErrorAt, failures, nextPoll, itemsSeen, articlesAdded);
    }

    Source succeeded(Instant at, String newTitle, String newEtag, String newLastModified, Instant next) {
        return new Source(id, url, newTitle != null ? newTitle : title, interval, paused, added, newEtag,
                newLastModified, at, at, lastError, lastErrorAt, 0, next, itemsSeen, articlesAdded);
    }

    Source failed(Instant at, String error, Instant next) {
        return new Source(id, url, title, interval, paused, added, etag, lastModified, at, lastSuccess, error, at,
                failures + 1, next, itemsSeen, articlesAdded);
    }

    /** This poll's outcome, with the settings the source has now (a pause or new interval meanwhile wins). */
    Source keeping(Source current) {
        return new Source(id, url, title, current.interval, current.paused, added, etag, lastModified, lastPoll,
                lastSuccess, lastError, lastErrorAt, failures, nextPoll, itemsSeen, articlesAdded);
    }

    Source pollNext(Instant next) {
        return new Source(id, url, title, interval, paused, added, etag, lastModified, lastPoll, lastSuccess,
                lastError, lastErrorAt, failures, next, itemsSeen, articlesAdded);
    }
}
