package io.storyline.summarize;

import io.storyline.analyze.StoryAnalysis;

/**
 * Everything a summarization method reads about one story: its analysed sentences, their
 * similarity graph, and which of them report the same fact.
 */
public record SummaryInput(StoryAnalysis story, SimilarityGraph graph, Facts facts) {

    /** Similarities below this are not kept: LexRank's threshold (Erkan &amp; Radev 2004). */
    public static final double GRAPH_FLOOR = 0.1;

    public static SummaryInput of(StoryAnalysis story) {
        SimilarityGraph graph = SimilarityGraph.of(story, GRAPH_FLOOR);
        return new SummaryInput(story, graph, new Facts(story, graph));
    }
}
