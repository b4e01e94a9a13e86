package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.TermVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cosine similarities between the sentences of a story, kept only above a floor. Pairs are found
 * through an inverted index of content stems rather than by comparing every pair; stems that occur
 * in a large share of the sentences open no pairs by themselves (they add little to a tf-idf cosine
 * and would make the cost quadratic).
 */
public final class SimilarityGraph {

    private final int[][] neighbours;
    private final double[][] weights;

    private SimilarityGraph(int[][] neighbours, double[][] weights) {
        this.neighbours = neighbours;
        this.weights = weights;
    }

    public static SimilarityGraph of(StoryAnalysis story, double floor) {
        List<AnalyzedSentence> sentences = story.sentences();
        int n = sentences.size();
        List<List<Integer>> postings = new ArrayList<>();
        for (int t = 0; t < story.vocabularySize(); t++) {
            postings.add(new ArrayList<>());
        }
        for (AnalyzedSentence s : sentences) {
            TermVector v = s.tfidf();
            for (int i = 0; i < v.size(); i++) {
                postings.get(v.term(i)).add(s.id());
            }
        }
        int commonCap = Math.max(64, n / 10);
        int[][] neighbours = new int[n][];
        double[][] weights = new double[n][];
        boolean[] seen = new boolean[n];
        int[] touched = new int[n];
        for (AnalyzedSentence s : sentences) {
            int count = 0;
            TermVector v = s.tfidf();
            for (int i = 0; i < v.size(); i++) {
                List<Integer> posting = postings.get(v.term(i));
                if (posting.size() > commonCap) {
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
            for (int k = 0; k < count; k++) {
                int other = touched[k];
                seen[other] = false;
                double sim = v.cosine(sentences.get(other).tfidf());
                if (sim >= floor) {
                    ids[kept] = other;
                    sims[kept++] = sim;
                }
            }
            neighbours[s.id()] = Arrays.copyOf(ids, kept);
            weights[s.id()] = Arrays.copyOf(sims, kept);
        }
        return new SimilarityGraph(neighbours, weights);
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
        int i = Arrays.binarySearch(neighbours[a], b);
        return i >= 0 ? weights[a][i] : 0;
    }

    public int size() {
        return neighbours.length;
    }
}
