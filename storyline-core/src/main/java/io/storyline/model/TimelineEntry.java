package io.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One date of a timeline: what happened that day, in sentences taken from the sources and cited
 * like a summary's (the first citation is the sentence's own source).
 */
public record TimelineEntry(LocalDate date, List<SummarySentence> sentences) {

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        sentences = List.copyOf(sentences);
    }
}
