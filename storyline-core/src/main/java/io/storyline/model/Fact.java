package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the story reports, with every source that reports it: one sentence per article,
 * however each words it.
 *
 * @param text    the fact as the first report words it (a quotation it cuts closed, an opening connective
 *                such as "But" or "However," dropped: a fact stands alone)
 * @param reports one citation per reporting article, in source order; the first gives {@code text}, as its
 *                source wrote it
 * @param outlets the distinct outlets that report it, in source order, as {@link Source#outletLabel()} names them
 * @param disputedBy the sources that report the same event with another value in a slot (not among
 *                   {@code reports}), one per differing slot
 */
public record Fact(String text, List<Citation> reports, List<String> outlets, List<Dispute> disputedBy) {

    public Fact {
        Objects.requireNonNull(text, "text");
        reports = List.copyOf(reports);
        outlets = List.copyOf(outlets);
        disputedBy = List.copyOf(disputedBy);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a fact needs at least one report");
        }
    }

    /** A fact no source disputes. */
    public Fact(String text, List<Citation> reports, List<String> outlets) {
        this(text, reports, outlets, List.of());
    }
}
