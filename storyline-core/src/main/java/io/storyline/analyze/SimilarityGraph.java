package io.storyline.analyze;

import java.util.Arrays;
import java.util.List;

/**
 * Cosine similarities between the sentences of a story, kept only above a floor. Pairs are found
 * through an inverted index of content stems rather than by comparing every pair; stems that occur
 * in a large share of the sentences open no pairs by themselves (they add little to a tf-idf cosine
 * and would make the cost quadratic).
 */
public final class SimilarityGraph {

    /**
     * The floor the summary and the timeline keep: LexRank's threshold (Erkan &amp; Radev 2004), and
     * below every similarity {@link Facts} tests.
     */
    public static final double FLOOR = 0.1;

    /**
     * In a whole graph, a stem carried by more sentences than this opens no pairs, however large the
     * story: it is a tenth of a story of 10,000 sentences (some 400 articles), so smaller stories are
     * unaffected, and larger ones cost time in proportion to their size.
     */
    static final int MAX_COMMON_POSTING = 1000;

    private final int[][] neighbours;
    private final double[][] weights;
    /** Set for a partial graph: pairs outside the computed rows are measured on demand. */
    private final List<AnalyzedSentence> onDemand;
    private final double floor;

    private SimilarityGraph(int[][] neighbours, double[][] weights, List<AnalyzedSentence> onDemand, double floor) {
        this.neighbours = neighbours;
        this.weights = weights;
        this.onDemand = onDemand;
        this.floor = floor;
    }

    public static SimilarityGraph of(StoryAnalysis story, double floor) {
        return build(story, floor, null);
    }

    /**
     * A graph whose neighbour lists are computed only for the {@code focus} sentences (the others
     * have none), while {@link #similarity} answers for any pair, measuring on demand what was not
     * computed. For large stories where only a few sentences need their neighbours (a timeline's
     * chosen sentences), this avoids the cost of the whole graph.
     */
    public static SimilarityGraph around(StoryAnalysis story, double floor, java.util.Set<Integer> focus) {
        return build(story, floor, focus);
    }

    private static SimilarityGraph build(StoryAnalysis story, double floor, java.util.Set<Integer> focus) {
        List<AnalyzedSentence> sentences = story.sentences();
        int n = sentences.size();
        int[][] postings = focus != null && focus.isEmpty() ? null : postings(story);
        // a whole graph has a row per sentence: were a tenth of the story to grow without bound, so would
        // each row, and the graph with the square of the story; a graph around a few sentences has few rows
        int commonCap = Math.max(64, focus == null ? Math.min(n / 10, MAX_COMMON_POSTING) : n / 10);
        int[][] neighbours = new int[n][];
        double[][] weights = new double[n][];
        boolean[] seen = new boolean[n];
        int[] touched = new int[n];
        // the sentence's weights spread over the vocabulary, so each cosine walks only the other's terms
        double[] spread = new double[story.vocabularySize()];
        boolean[] holds = new boolean[story.vocabularySize()];
        for (AnalyzedSentence s : sentences) {
            if (focus != null && !focus.contains(s.id())) {
                neighbours[s.id()] = new int[0];
                weights[s.id()] = new double[0];
                continue;
            }
            int count = 0;
            TermVector v = s.tfidf();
            for (int i = 0; i < v.size(); i++) {
                int[] posting = postings[v.term(i)];
                if (posting.length > commonCap) {
                    continue;
                }
                for (int other : posting) {
                    if (other != s.id() && !seen[other]) {
                        seen[other] = true;
                        touched[count++] = other;
                    }
                }
            }
            int[] ids = new int[count];
            double[] sims = new double[count];
            int kept = 0;
            Arrays.sort(touched, 0, count);
            for (int i = 0; i < v.size(); i++) {
                spread[v.term(i)] = v.weight(i);
                holds[v.term(i)] = true;
            }
            for (int k = 0; k < count; k++) {
                int other = touched[k];
                seen[other] = false;
                double sim = cosine(v, spread, holds, sentences.get(other).tfidf());
                if (sim >= floor) {
                    ids[kept] = other;
                    sims[kept++] = sim;
                }
            }
            for (int i = 0; i < v.size(); i++) {
                spread[v.term(i)] = 0;
                holds[v.term(i)] = false;
            }
            neighbours[s.id()] = Arrays.copyOf(ids, kept);
            weights[s.id()] = Arrays.copyOf(sims, kept);
        }
        return new SimilarityGraph(neighbours, weights, focus == null ? null : sentences, floor);
    }

    /**
     * {@code v.cosine(other)} with {@code v} spread over the vocabulary ({@code spread}, {@code holds}): the
     * same products added in the same order (shared terms, ascending), so the same value to the last bit.
     */
    static double cosine(TermVector v, double[] spread, boolean[] holds, TermVector other) {
        if (v.norm() == 0 || other.norm() == 0) {
            return 0;
        }
        double dot = 0;
        for (int j = 0; j < other.size(); j++) {
            int term = other.term(j);
            if (holds[term]) {
                dot += spread[term] * other.weight(j);
            }
        }
        return dot / (v.norm() * other.norm());
    }

    /** Per term of the story, the ids of the sentences whose tf-idf vector holds it, ascending. */
    private static int[][] postings(StoryAnalysis story) {
        int[] sizes = new int[story.vocabularySize()];
        for (AnalyzedSentence s : story.sentences()) {
            TermVector v = s.tfidf();
            for (int i = 0; i < v.size(); i++) {
                sizes[v.term(i)]++;
            }
        }
        int[][] postings = new int[sizes.length][];
        for (int t = 0; t < sizes.length; t++) {
            postings[t] = new int[sizes[t]];
        }
        int[] filled = new int[sizes.length];
        for (AnalyzedSentence s : story.sentences()) {
            TermVector v = s.tfidf();
            for (int i = 0; i < v.size(); i++) {
                int t = v.term(i);
                postings[t][filled[t]++] = s.id();
            }
        }
        return postings;
    }

    /** Ids of the sentences at least as similar as the floor, ascending. */
    public int[] neighbours(int sentence) {
        return neighbours[sentence];
    }

    /** Similarities, parallel to {@link #neighbours(int)}. */
    public double[] weights(int sentence) {
        return weights[sentence];
    }

    public double similarity(int a, int b) {
        if (onDemand != null) {
            double sim = onDemand.get(a).tfidf().cosine(onDemand.get(b).tfidf());
            return sim >= floor ? sim : 0;
        }
        int i = Arrays.binarySearch(neighbours[a], b);
        return i >= 0 ? weights[a][i] : 0;
    }

    public int size() {
        return neighbours.length;
    }
}
