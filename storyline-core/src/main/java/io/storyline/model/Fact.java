package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the story reports, with every source that reports it: one sentence per article,
 * however each words it.
 *
 * @param text    the fact as the first report words it (a quotation it cuts closed, an opening connective
 *                such as "But" or "However," dropped: a fact stands alone)
 * @param reports one citation per reporting article: first the report that gives {@code text}, as its source
 *                wrote it (of several reports of one fact, the one the others back best), then the others in
 *                source order; each holds what {@code text} reports
 * @param outlets the distinct outlets that report it, in source order, as {@link Source#outletLabel()} names them
 * @param disputedBy the sources that report the same event with another value in a slot (not among
 *                   {@code reports}), one per differing slot
 * @param related    reports of the same happening that do not hold the whole of {@code text} (they tell a part
 *                   of it, or it in other words): shown beside the fact, never cited for it, in source order
 */
public record Fact(String text, List<Citation> reports, List<String> outlets, List<Dispute> disputedBy,
                   List<Citation> related) {

    public Fact {
        Objects.requireNonNull(text, "text");
        reports = List.copyOf(reports);
        outlets = List.copyOf(outlets);
        disputedBy = List.copyOf(disputedBy);
        related = List.copyOf(related);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a fact needs at least one report");
        }
    }

    /** A fact with no related report. */
    public Fact(String text, List<Citation> reports, List<String> outlets, List<Dispute> disputedBy) {
        this(text, reports, outlets, disputedBy, List.of());
    }

    /** A fact no source disputes, with no related report. */
    public Fact(String text, List<Citation> reports, List<String> outlets) {
        this(text, reports, outlets, List.of());
    }
}
