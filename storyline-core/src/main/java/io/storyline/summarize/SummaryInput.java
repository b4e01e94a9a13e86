package io.storyline.summarize;

import io.storyline.analyze.Facts;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.StoryAnalysis;

/**
 * Everything a summarization method reads about one story: its analysed sentences, their
 * similarity graph, and which of them report the same fact.
 */
record SummaryInput(StoryAnalysis story, SimilarityGraph graph, Facts facts) {

    public static SummaryInput of(StoryAnalysis story) {
        SimilarityGraph graph = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
        return new SummaryInput(story, graph, Facts.of(story, graph));
    }
}
