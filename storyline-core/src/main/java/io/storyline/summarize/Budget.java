package io.storyline.summarize;

/**
 * How long a summary may be: a number of words (DUC's 100-word task), sentences, or bytes (DUC's
 * 665-byte task). Whole sentences are chosen; none is cut. With {@code overflow}, the last sentence
 * may run past the limit: that is for scorers that cut every summary at the limit themselves (as
 * DUC's ROUGE runs do), so the summary fills the budget exactly once cut.
 */
public record Budget(Unit unit, int limit, boolean overflow) {

    public enum Unit { WORDS, SENTENCES, BYTES }

    public Budget {
        if (limit <= 0) {
            throw new IllegalArgumentException("a summary budget must be positive, was " + limit);
        }
    }

    public static Budget words(int n) {
        return new Budget(Unit.WORDS, n, false);
    }

    public static Budget sentences(int n) {
        return new Budget(Unit.SENTENCES, n, false);
    }

    public static Budget bytes(int n) {
        return new Budget(Unit.BYTES, n, false);
    }

    /** The same budget, letting the last sentence run past the limit for a scorer to cut. */
    public Budget cutByScorer() {
        return new Budget(unit, limit, true);
    }

    /** What a sentence of {@code words} words and {@code bytes} bytes costs in this budget's unit. */
    public int cost(int words, int bytes) {
        return switch (unit) {
            case WORDS -> words;
            case SENTENCES -> 1;
            case BYTES -> bytes;
        };
    }

    @Override
    public String toString() {
        return limit + " " + unit.name().toLowerCase();
    }
}
