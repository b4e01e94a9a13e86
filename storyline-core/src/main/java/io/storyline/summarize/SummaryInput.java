package io.storyline.summarize;

import io.storyline.analyze.Facts;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StandingNotices;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.StoryFacts;

import java.util.BitSet;
import java.util.Collection;

/**
 * Everything a summarization method reads about one story: its analysed sentences, their
 * similarity graph, which of them report the same fact, and, for a focused summary, each sentence's
 * relevance to the focus ({@link Focus}; null when there is no focus or none of its words is in the story), and,
 * for an update summary, what its reader has already read ({@link AlreadyRead}; null for an ordinary summary),
 * and the sentences the summary may not show ({@link #withheld}, by id: the story's standing notices,
 * {@link StandingNotices}, and any the caller withholds).
 */
record SummaryInput(StoryAnalysis story, SimilarityGraph graph, Facts facts, double[] focus, AlreadyRead read,
                    BitSet withheld) {

    public static SummaryInput of(StoryAnalysis story) {
        return of(story, null);
    }

    static SummaryInput of(StoryAnalysis story, Focus focus) {
        return of(story, focus, null);
    }

    static SummaryInput of(StoryAnalysis story, Focus focus, AlreadyRead read) {
        return of(StoryFacts.of(story), focus, read);
    }

    /** The input over a story whose graph and facts are made already (shared with the outlet comparison). */
    static SummaryInput of(StoryFacts facts, Focus focus, AlreadyRead read) {
        StoryAnalysis story = facts.story();
        SimilarityGraph graph = facts.graph();
        // an outlet's notes about its own copy (standing notices, editors' notes) are never shown
        return new SummaryInput(story, graph, facts.facts(), focus == null ? null : focus.scores(story, graph),
                read, (BitSet) facts.notices().clone());
    }

    /**
     * The same input with {@code sentences} withheld as well: a method choosing again leaves them out and
     * spends their words on others ({@link StorySummarizer#summarizeUpdate}).
     */
    SummaryInput withholding(Collection<AnalyzedSentence> sentences) {
        BitSet more = (BitSet) withheld.clone();
        sentences.forEach(s -> more.set(s.id()));
        return new SummaryInput(story, graph, facts, focus, read, more);
    }

    /** Whether the summary may not show the sentence. */
    boolean withholds(AnalyzedSentence s) {
        return withheld.get(s.id());
    }
}
