package io.storyline.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides when two sentences report the same fact, in the same or in other words. Two tests, either
 * enough: a high tf-idf cosine (the same content, reworded), or one sentence's content lying almost
 * wholly inside the other's (a short report of a fact a longer sentence also carries). The summary
 * and the timeline both ask it, to choose one sentence per fact and to cite every article that
 * reports a chosen one.
 */
public final class Facts {

    /** Cosine at or above which two sentences are one fact. */
    static final double SAME_FACT_COSINE = 0.5;
    /** Share of the shorter sentence's tf-idf mass the longer must contain ... */
    static final double CONTAINED = 0.8;
    /** ... provided the two are at least this similar overall. */
    static final double CONTAINED_MIN_COSINE = 0.3;

    private final StoryAnalysis story;
    private final SimilarityGraph graph;

    private Facts(StoryAnalysis story, SimilarityGraph graph) {
        this.story = story;
        this.graph = graph;
    }

    /**
     * Facts over a graph of the story at a floor no higher than {@value #CONTAINED_MIN_COSINE} (e.g.
     * {@link SimilarityGraph#FLOOR}); a partial graph ({@link SimilarityGraph#around}) answers
     * {@link #reportsElsewhere} only for its focus sentences.
     */
    public static Facts of(StoryAnalysis story, SimilarityGraph graph) {
        return new Facts(story, graph);
    }

    public boolean same(AnalyzedSentence a, AnalyzedSentence b) {
        if (a.id() == b.id()) {
            return true;
        }
        double cosine = graph.similarity(a.id(), b.id());
        if (cosine >= SAME_FACT_COSINE) {
            return true;
        }
        if (cosine < CONTAINED_MIN_COSINE) {
            return false;
        }
        AnalyzedSentence shorter = a.tfidf().size() <= b.tfidf().size() ? a : b;
        AnalyzedSentence longer = shorter == a ? b : a;
        return shorter.tfidf().size() >= 3 && shorter.tfidf().coveredBy(longer.tfidf()) >= CONTAINED;
    }

    /**
     * The sentence and, after it, the reports of its fact in other articles ({@link #reportsElsewhere}):
     * what a summary or timeline cites for it.
     */
    public List<AnalyzedSentence> reports(AnalyzedSentence sentence) {
        List<AnalyzedSentence> all = new ArrayList<>();
        all.add(sentence);
        all.addAll(reportsElsewhere(sentence));
        return all;
    }

    /**
     * The sentences of other articles that report the same fact as {@code sentence}: at most one per
     * article, the most similar one, in article order.
     */
    public List<AnalyzedSentence> reportsElsewhere(AnalyzedSentence sentence) {
        int articles = story.articles().size();
        AnalyzedSentence[] best = new AnalyzedSentence[articles];
        double[] bestSimilarity = new double[articles];
        int[] neighbours = graph.neighbours(sentence.id());
        double[] weights = graph.weights(sentence.id());
        for (int i = 0; i < neighbours.length; i++) {
            AnalyzedSentence other = story.sentences().get(neighbours[i]);
            if (other.article() != sentence.article() && weights[i] > bestSimilarity[other.article()]
                    && same(sentence, other)) {
                best[other.article()] = other;
                bestSimilarity[other.article()] = weights[i];
            }
        }
        List<AnalyzedSentence> reports = new ArrayList<>();
        for (AnalyzedSentence s : best) {
            if (s != null) {
                reports.add(s);
            }
        }
        return reports;
    }
}
