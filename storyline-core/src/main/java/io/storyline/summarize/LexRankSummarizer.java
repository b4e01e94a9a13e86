package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.SimilarityGraph;

import java.util.List;

/**
 * LexRank (Erkan &amp; Radev 2004, "LexRank: Graph-based Lexical Centrality as Salience in Text
 * Summarization"): sentences are nodes, idf-modified cosine similarities above 0.1 are edges, and a
 * sentence's salience is its stationary probability under a random walk with damping 0.15
 * (continuous LexRank, computed by the power method). Sentences are then taken by salience, skipping
 * those too similar to one already taken.
 */
final class LexRankSummarizer implements Summarizer {

    static final double DAMPING = 0.15;
    static final double TOLERANCE = 1e-7;
    static final double REDUNDANCY = 0.5;

    @Override
    public String name() {
        return "lexrank";
    }

    @Override
    public List<AnalyzedSentence> choose(SummaryInput input, Budget budget) {
        double[] scores = input.focus() != null ? input.focus() : salience(input.graph());
        return RankedChoice.choose(input, budget, scores, REDUNDANCY);
    }

    /** With a focus, the salience is Biased LexRank's ({@link Focus}), the same walk biased towards the focus. */
    @Override
    public boolean focuses() {
        return true;
    }

    /** Stationary distribution of the damped walk over the similarity graph. */
    static double[] salience(SimilarityGraph graph) {
        int n = graph.size();
        double[] uniform = new double[n];
        java.util.Arrays.fill(uniform, 1.0 / n);
        return walk(graph, uniform, DAMPING, TOLERANCE);
    }

    /**
     * The stationary distribution of a walk over the similarity graph that at each step jumps with
     * probability {@code teleport} to a sentence drawn from {@code jump} (a distribution), else follows
     * an edge by its weight: {@code p = teleport * jump + (1 - teleport) * (walk along similarity) p}.
     * A sentence like no other hands its share back to {@code jump}. Uniform jumps give LexRank;
     * jumps by relevance to a question give Biased LexRank ({@link Focus}).
     */
    static double[] walk(SimilarityGraph graph, double[] jump, double teleport, double tolerance) {
        int n = jump.length;
        double[] rank = jump.clone();
        if (n == 0) {
            return rank;
        }
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (double w : graph.weights(i)) {
                rowSum[i] += w;
            }
        }
        for (int iteration = 0; iteration < 200; iteration++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (rowSum[i] == 0) {
                    dangling += rank[i];
                    continue;
                }
                int[] neighbours = graph.neighbours(i);
                double[] weights = graph.weights(i);
                for (int k = 0; k < neighbours.length; k++) {
                    next[neighbours[k]] += rank[i] * weights[k] / rowSum[i];
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double value = teleport * jump[i] + (1 - teleport) * (next[i] + dangling * jump[i]);
                delta += Math.abs(value - rank[i]);
                rank[i] = value;
            }
            if (delta < tolerance) {
                break;
            }
        }
        return rank;
    }
}
