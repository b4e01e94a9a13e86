package io.storyline.model;

import java.util.List;

/**
 * One sentence of a summary: the words shown (taken verbatim from a source) and every source that
 * reports the same fact. The first citation is the sentence's own source.
 */
public record SummarySentence(String text, List<Citation> citations) {

    public SummarySentence {
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a summary sentence needs at least its own source");
        }
    }
}
