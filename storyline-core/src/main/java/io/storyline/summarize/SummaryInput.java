package io.storyline.summarize;

import io.storyline.analyze.Facts;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.StoryAnalysis;

/**
 * Everything a summarization method reads about one story: its analysed sentences, their
 * similarity graph, which of them report the same fact, and, for a focused summary, each sentence's
 * relevance to the focus ({@link Focus}; null when there is no focus or none of its words is in the story), and,
 * for an update summary, what its reader has already read ({@link AlreadyRead}; null for an ordinary summary).
 */
record SummaryInput(StoryAnalysis story, SimilarityGraph graph, Facts facts, double[] focus, AlreadyRead read) {

    public static SummaryInput of(StoryAnalysis story) {
        return of(story, null);
    }

    static SummaryInput of(StoryAnalysis story, Focus focus) {
        return of(story, focus, null);
    }

    static SummaryInput of(StoryAnalysis story, Focus focus, AlreadyRead read) {
        SimilarityGraph graph = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
        return new SummaryInput(story, graph, Facts.of(story, graph), focus == null ? null : focus.scores(story, graph),
                read);
    }
}
