package io.storyline.evaluate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's text metric: both texts are split on white space into 4-word
 * shingles, counted as multisets; TP are the shared shingles, FP the extra predicted ones, FN the missed
 * ones, and the three are normalised to sum to 1 so that every page weighs the same. A text of fewer than
 * four words is one shingle of all its words (an empty text is one empty shingle), as in the benchmark.
 *
 * @param tp share of shingles found in both texts
 * @param fp share predicted but not in the reference
 * @param fn share in the reference but not predicted
 */
public record ShingleMatch(double tp, double fp, double fn) {

    static final int SHINGLE_WORDS = 4;

    public static ShingleMatch of(String reference, String predicted) {
        Map<List<String>, Integer> truth = shingles(reference);
        Map<List<String>, Integer> guess = shingles(predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : guess.entrySet()) {
            int t = truth.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
            fn += Math.max(0, e.getValue() - guess.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new ShingleMatch(0, 0, 0) : new ShingleMatch(tp / sum, fp / sum, fn / sum);
    }

    static Map<List<String>, Integer> shingles(String text) {
        String stripped = text == null ? "" : text.strip();
        List<String> words = stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i < n; i++) {
            counts.merge(words.subList(i, Math.min(words.size(), i + SHINGLE_WORDS)), 1, Integer::sum);
        }
        return counts;
    }

    /** The shares as a page score (no true negatives in this metric). */
    public PageScore score() {
        return new PageScore(tp, fp, fn, 0);
    }

    /** Precision of this page alone. */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    /** Recall of this page alone. */
    public double recall() {
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }
}
