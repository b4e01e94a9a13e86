package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.SimilarityGraph;

import java.util.List;

/**
 * How well a summary stands for every sentence of the story, after Lin &amp; Bilmes 2011 ("A Class of
 * Submodular Functions for Document Summarization"): L(S) = &Sigma;<sub>i</sub> min(C<sub>i</sub>(S),
 * &alpha; C<sub>i</sub>(V)), where C<sub>i</sub>(S) is the summed tf-idf cosine between story
 * sentence i and the summary's sentences. Once a sentence is represented well enough (a share
 * &alpha; of what the whole story would give it) more of the same earns nothing, which rewards
 * covering the story broadly rather than one part of it deeply. Cosines come from the story's
 * {@link SimilarityGraph}, a sentence counting as fully similar to itself.
 */
final class SaturatedCoverage implements SentenceReward {

    private final int[][] neighbours;
    private final double[][] similarity;
    private final double[] cap;
    private final double[] covered;
    private final double scale;

    /**
     * @param graph      the story's similarities
     * @param candidates the search's sentences, by search index
     * @param alpha      the saturating share of each sentence's similarity to the whole story
     * @param scale      what full coverage of every story sentence is worth
     */
    SaturatedCoverage(SimilarityGraph graph, List<AnalyzedSentence> candidates, double alpha, double scale) {
        int stories = graph.size();
        double[] total = new double[stories];
        for (int i = 0; i < stories; i++) {
            total[i] = 1;
            for (double w : graph.weights(i)) {
                total[i] += w;
            }
        }
        this.cap = new double[stories];
        double capSum = 0;
        for (int i = 0; i < stories; i++) {
            cap[i] = alpha * total[i];
            capSum += cap[i];
        }
        this.scale = capSum == 0 ? 0 : scale / capSum;
        this.covered = new double[stories];
        int n = candidates.size();
        this.neighbours = new int[n][];
        this.similarity = new double[n][];
        for (int k = 0; k < n; k++) {
            int id = candidates.get(k).id();
            int[] others = graph.neighbours(id);
            double[] weights = graph.weights(id);
            neighbours[k] = new int[others.length + 1];
            similarity[k] = new double[others.length + 1];
            neighbours[k][0] = id;
            similarity[k][0] = 1;
            System.arraycopy(others, 0, neighbours[k], 1, others.length);
            System.arraycopy(weights, 0, similarity[k], 1, weights.length);
        }
    }

    @Override
    public double gain(int sentence) {
        int[] others = neighbours[sentence];
        double[] w = similarity[sentence];
        double gain = 0;
        for (int j = 0; j < others.length; j++) {
            int i = others[j];
            double before = covered[i];
            if (before < cap[i]) {
                gain += Math.min(before + w[j], cap[i]) - before;
            }
        }
        return gain * scale;
    }

    @Override
    public void take(int sentence) {
        int[] others = neighbours[sentence];
        double[] w = similarity[sentence];
        for (int j = 0; j < others.length; j++) {
            covered[others[j]] += w[j];
        }
    }

    @Override
    public void drop(int sentence) {
        int[] others = neighbours[sentence];
        double[] w = similarity[sentence];
        for (int j = 0; j < others.length; j++) {
            covered[others[j]] -= w[j];
        }
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(covered, 0);
    }
}
