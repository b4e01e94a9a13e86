package io.storyline.evaluate.rouge;

/**
 * Recall, precision and F of one ROUGE measure, each rounded to five decimals the way ROUGE-1.5.5
 * prints and then reuses them (F is computed from the rounded recall and precision).
 */
public record Prf(double recall, double precision, double f) {

    static final Prf ZERO = new Prf(0, 0, 0);

    /**
     * Scores from raw counts exactly as the official script does: each ratio rounded to five
     * decimals, F the weighted harmonic mean of the rounded values, itself rounded.
     */
    static Prf of(long hits, long referenceCount, long peerCount, double alpha) {
        double recall = referenceCount != 0 ? Decimals.round5((double) hits / referenceCount) : 0;
        double precision = peerCount != 0 ? Decimals.round5((double) hits / peerCount) : 0;
        return fromRounded(recall, precision, alpha);
    }

    static Prf fromRounded(double recall, double precision, double alpha) {
        double denominator = (1 - alpha) * precision + alpha * recall;
        double f = denominator > 0 ? Decimals.round5(precision * recall / denominator) : 0;
        return new Prf(recall, precision, f);
    }
}
