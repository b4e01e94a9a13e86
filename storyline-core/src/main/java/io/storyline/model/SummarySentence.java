package io.storyline.model;

import java.util.List;

/**
 * One sentence of a summary: the words shown (taken verbatim from a source), every source that
 * reports the same fact, and every source that reports the same event with a different value in a
 * slot (it is not cited for the sentence; what it says instead is shown beside it). The first
 * citation is the sentence's own source.
 */
public record SummarySentence(String text, List<Citation> citations, List<Dispute> disputedBy) {

    public SummarySentence {
        citations = List.copyOf(citations);
        disputedBy = List.copyOf(disputedBy);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a summary sentence needs at least its own source");
        }
    }

    /** A sentence no source disputes. */
    public SummarySentence(String text, List<Citation> citations) {
        this(text, citations, List.of());
    }
}
