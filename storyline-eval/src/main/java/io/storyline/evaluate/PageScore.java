package io.storyline.evaluate;

/**
 * One benchmark page's counts, whatever the metric: the shingle metric's normalised shares (no true
 * negatives) or the snippet metric's counts of snippets. Precision, recall and F1 over a set are
 * {@code sum TP / sum (TP + FP)}, {@code sum TP / sum (TP + FN)} and their harmonic mean, which for the
 * snippet metric is trafilatura's {@code 2TP / (2TP + FP + FN)} and for the normalised shares the
 * article-extraction benchmark's ratio of means.
 */
public record PageScore(double tp, double fp, double fn, double tn) {

    /** Precision of this page alone. */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    /** Recall of this page alone. */
    public double recall() {
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    /** F1 of this page alone. */
    public double f1() {
        return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    }
}
