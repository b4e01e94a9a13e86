package io.storyline.analyze;

/**
 * One story's analysis with its whole similarity graph (at {@link SimilarityGraph#FLOOR}), the {@link Facts}
 * over it and its {@link StandingNotices} (by sentence id; read, never changed): what the summary and the outlet
 * comparison of one request both read. Made once per request and handed
 * to both, so each sentence's slots, stems and main verbs are read once and each pair of sentences is judged once
 * (the comparison had built a second graph and a second {@code Facts} beside the summary's).
 * <p>
 * Not for sharing between threads: {@code Facts} fills its caches as it is asked. Make one per request.
 */
public record StoryFacts(StoryAnalysis story, SimilarityGraph graph, Facts facts, java.util.BitSet notices) {

    /** The story's whole graph at {@link SimilarityGraph#FLOOR}, the facts over it and its standing notices. */
    public static StoryFacts of(StoryAnalysis story) {
        SimilarityGraph graph = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
        return new StoryFacts(story, graph, Facts.of(story, graph), StandingNotices.of(story));
    }
}
