package io.storyline.model;

import java.util.List;

/**
 * A dated account of a story: its key dates, oldest first, each with cited sentences.
 *
 * @param entries  the chosen dates, oldest first
 * @param sources  every article that went in, numbered as citations refer to them
 * @param coverage every day the sources publish on or refer to, oldest first, with how much is said
 *                 about it (what the dates were chosen from)
 * @param undated  origins of the articles that had no publication date: used for content, but
 *                 they cannot date an event by themselves
 * @param inferred the articles that had no publication date and were given one from their text (their
 *                 sources show that date), with the words that gave it
 */
public record Timeline(List<TimelineEntry> entries, List<Source> sources, List<DayCoverage> coverage,
                       List<String> undated, List<InferredDate> inferred) {

    public Timeline {
        entries = List.copyOf(entries);
        sources = List.copyOf(sources);
        coverage = List.copyOf(coverage);
        undated = List.copyOf(undated);
        inferred = List.copyOf(inferred);
    }

    /** A timeline none of whose articles' dates were inferred. */
    public Timeline(List<TimelineEntry> entries, List<Source> sources, List<DayCoverage> coverage,
                    List<String> undated) {
        this(entries, sources, coverage, undated, List.of());
    }

    public int sentenceCount() {
        return entries.stream().mapToInt(e -> e.sentences().size()).sum();
    }
}
