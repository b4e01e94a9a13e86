package io.storyline.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * How big a timeline to make, and what it is about.
 *
 * @param from             first date the timeline may show, or null (no bound)
 * @param until            last date the timeline may show, or null (no bound)
 * @param dates            number of dates; 0 picks a readable number from the coverage
 * @param sentencesPerDate sentences per date; 0 picks the default ({@value #DEFAULT_SENTENCES})
 * @param query            words the story is about (e.g. "oil", "spill"); sentences that use none of
 *                         them are not chosen when any sentence of the date uses one. Empty: no filter
 */
public record TimelineOptions(int dates, int sentencesPerDate, List<String> query, LocalDate from,
                              LocalDate until) {

    static final int DEFAULT_SENTENCES = 2;
    static final int MIN_DATES = 3;
    static final int MAX_DATES = 12;

    public TimelineOptions {
        if (dates < 0 || sentencesPerDate < 0) {
            throw new IllegalArgumentException("dates and sentences per date cannot be negative");
        }
        query = query == null ? List.of() : List.copyOf(query);
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("the span ends (" + until + ") before it begins (" + from + ")");
        }
    }

    public TimelineOptions(int dates, int sentencesPerDate, List<String> query) {
        this(dates, sentencesPerDate, query, null, null);
    }

    /** Whether the date lies within the span. */
    boolean allows(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    public TimelineOptions within(LocalDate first, LocalDate last) {
        return new TimelineOptions(dates, sentencesPerDate, query, first, last);
    }

    public static TimelineOptions defaults() {
        return new TimelineOptions(0, 0, List.of());
    }

    public TimelineOptions withDates(int n) {
        return new TimelineOptions(n, sentencesPerDate, query, from, until);
    }

    public TimelineOptions withSentencesPerDate(int k) {
        return new TimelineOptions(dates, k, query, from, until);
    }

    public TimelineOptions withQuery(List<String> words) {
        return new TimelineOptions(dates, sentencesPerDate, words, from, until);
    }
}
