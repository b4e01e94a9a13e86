package io.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A continuing subject a reader follows over weeks or months (a war, an oil spill, a trial), made of
 * the events ({@link Story}) that each collect a burst of articles. Produced by
 * {@code io.storyline.cluster}.
 *
 * @param id          stable within one run ({@code L1}, {@code L2}... in order of the storyline's first article)
 * @param label       its recurring names and its subject, as its most representative event tells it
 * @param first       the earliest date of its span, or {@code null} when no article is dated
 * @param last        the latest date of its span, or {@code null} when no article is dated
 * @param eventIds    its events' ids, in time order (undated events last)
 * @param articles    how many articles it holds
 * @param undated     how many of them carry no date (they joined by content alone)
 * @param outsideSpan how many dated articles lie so far from the rest (a date decades away) that
 *                    they are left out of the span
 */
public record Storyline(String id, String label, LocalDate first, LocalDate last, List<String> eventIds,
                        int articles, int undated, int outsideSpan) {

    public Storyline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        eventIds = List.copyOf(eventIds);
        if (eventIds.isEmpty()) {
            throw new IllegalArgumentException("a storyline has at least one event");
        }
        if ((first == null) != (last == null) || (first != null && last.isBefore(first))) {
            throw new IllegalArgumentException("time span must be both dates, first <= last, or neither");
        }
        if (articles < eventIds.size() || undated < 0 || outsideSpan < 0 || undated + outsideSpan > articles) {
            throw new IllegalArgumentException("article counts do not add up");
        }
    }
}
