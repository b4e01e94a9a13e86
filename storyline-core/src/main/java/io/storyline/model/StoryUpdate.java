package io.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is new in a story since a day the reader gives ({@code summarize --since}, the server's
 * {@code /api/stories/{id}/new}): the articles published on that day or later, what they add to the earlier
 * ones (an update summary, citing only the new articles), and the facts and conflicts they bring.
 *
 * <p>An article with no date is taken as read: nothing says it is new, and a summary that showed old news as
 * new would mislead, while one that only leaves a repeat out loses nothing.
 *
 * @param since      the day: articles published on it or after it are new
 * @param read       the articles published before it, and the undated ones, in the order given
 * @param fresh      the new articles, in the order given
 * @param undated    those of {@code read} that have no date
 * @param summary    what the new articles add to the read ones, cited to the new ones; no sentence when
 *                   nothing is new ({@link Summary#notice()} then says so)
 * @param inferred   the days undated articles were given from their text (as a timeline dates them), by which
 *                   they counted as new or read
 * @param comparison the facts only new articles report, the conflicts a new article is in, and the new
 *                   articles' quotes, numbered like {@code summary} (then every other article); null when not
 *                   asked for
 */
public record StoryUpdate(LocalDate since, List<Article> read, List<Article> fresh, List<Article> undated,
                          Summary summary, Comparison comparison, List<InferredDate> inferred) {

    public StoryUpdate {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(summary, "summary");
        read = List.copyOf(read);
        fresh = List.copyOf(fresh);
        undated = List.copyOf(undated);
        inferred = List.copyOf(inferred);
    }

    /**
     * The day a reader gives as {@code since}: a date ({@code 2024-05-02}) or an ISO-8601 date-time
     * ({@code 2024-05-02T09:30:00Z}, {@code 2024-05-02T09:30}), whose day it takes: articles are dated by the
     * day, so one published that day counts as new.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static LocalDate sinceDay(String text) {
        return since(text).day();
    }

    /**
     * A time a reader gives as {@code since}, read once for both uses: its day (what {@link #sinceDay}
     * gives) and, for a date-time, the instant (the server's "since your last visit").
     *
     * @param day   the day, of the date or of the date-time in its own offset
     * @param visit the instant of a date-time (one without an offset taken as UTC), or null for a date alone
     */
    public record Since(LocalDate day, java.time.Instant visit) {
    }

    /**
     * The time a reader gives: a date or an ISO-8601 date-time, as {@link #sinceDay} reads it.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static Since since(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return new Since(LocalDate.parse(t), null);
        } catch (java.time.format.DateTimeParseException notDate) {
            try {
                java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(t);
                return new Since(at.toLocalDate(), at.toInstant());
            } catch (java.time.format.DateTimeParseException notOffset) {
                try {
                    java.time.LocalDateTime at = java.time.LocalDateTime.parse(t);
                    return new Since(at.toLocalDate(), at.toInstant(java.time.ZoneOffset.UTC));
                } catch (java.time.format.DateTimeParseException notLocal) {
                    throw new IllegalArgumentException("'" + t + "' is not a date: give the day as YYYY-MM-DD"
                            + " (e.g. 2024-05-02) or an ISO-8601 date-time (e.g. 2024-05-02T09:30:00Z)");
                }
            }
        }
    }

    /** Whether any article is new. */
    public boolean hasNews() {
        return !fresh.isEmpty();
    }
}
