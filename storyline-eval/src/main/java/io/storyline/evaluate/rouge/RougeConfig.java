package io.storyline.evaluate.rouge;

/**
 * Settings of one ROUGE run, named after the ROUGE-1.5.5 command-line flags they stand for.
 *
 * @param maxN           longest n-gram scored as ROUGE-N ({@code -n}); 1 to 4
 * @param wordLimit      keep only the first this many words of every summary ({@code -l}); 0 = all
 * @param byteLimit      keep only the first this many bytes of every summary ({@code -b}); 0 = all
 * @param stemming       Porter-stem words longer than three letters ({@code -m})
 * @param removeStopwords drop ROUGE's SMART stop words before counting ({@code -s})
 * @param alpha          weight of precision in the F-measure ({@code -p}); 0.5 gives F1
 * @param models         how scores against several references combine ({@code -f})
 * @param skipDistance   largest gap inside a skip-bigram for ROUGE-SU ({@code -2}); negative = any
 */
public record RougeConfig(int maxN, int wordLimit, int byteLimit, boolean stemming, boolean removeStopwords,
                          double alpha, Models models, int skipDistance) {

    /** The {@code -f} scoring formula. */
    public enum Models {
        /** {@code -f A}: pool hits and counts over all references (the usual choice). */
        AVERAGE,
        /** {@code -f B}: keep the reference giving the best recall. */
        BEST
    }

    public RougeConfig {
        if (maxN < 1) {
            throw new IllegalArgumentException("maxN must be at least 1: " + maxN);
        }
        if (wordLimit < 0 || byteLimit < 0) {
            throw new IllegalArgumentException("limits cannot be negative");
        }
        if (wordLimit > 0 && byteLimit > 0) {
            throw new IllegalArgumentException("limit summaries in words or in bytes, not both");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must lie in [0, 1]: " + alpha);
        }
        if (models == null) {
            throw new IllegalArgumentException("models");
        }
    }

    /**
     * The DUC 2004 task 2 setting, {@code -n 4 -m -l 100 -p 0.5 -f A} (with {@code -2 4 -u} for
     * ROUGE-SU4): stemmed, stop words kept, summaries cut to 100 words, references averaged.
     */
    public static RougeConfig duc2004() {
        return new RougeConfig(4, 100, 0, true, false, 0.5, Models.AVERAGE, 4);
    }

    /**
     * NIST's DUC 2005-2007 setting, {@code -n 2 -x -m -2 4 -u -f A -p 0.5}: ROUGE-2 and ROUGE-SU4 (skip-bigrams
     * with gaps up to 4 plus unigrams), stemmed, stop words kept, references averaged, no {@code -l}: NIST cut
     * the summaries to 250 words beforehand ({@link #withWordLimit} cuts a system's own the same way).
     */
    public static RougeConfig duc2006() {
        return new RougeConfig(2, 0, 0, true, false, 0.5, Models.AVERAGE, 4);
    }

    /** No truncation, stemming on, stop words kept, F1, references averaged: ROUGE as most papers run it. */
    public static RougeConfig untruncated() {
        return new RougeConfig(4, 0, 0, true, false, 0.5, Models.AVERAGE, 4);
    }

    public RougeConfig withWordLimit(int words) {
        return new RougeConfig(maxN, words, 0, stemming, removeStopwords, alpha, models, skipDistance);
    }

    public RougeConfig withByteLimit(int bytes) {
        return new RougeConfig(maxN, 0, bytes, stemming, removeStopwords, alpha, models, skipDistance);
    }

    public RougeConfig withModels(Models how) {
        return new RougeConfig(maxN, wordLimit, byteLimit, stemming, removeStopwords, alpha, how, skipDistance);
    }

    public RougeConfig withStemming(boolean stem) {
        return new RougeConfig(maxN, wordLimit, byteLimit, stem, removeStopwords, alpha, models, skipDistance);
    }

    public RougeConfig withStopwordRemoval(boolean remove) {
        return new RougeConfig(maxN, wordLimit, byteLimit, stemming, remove, alpha, models, skipDistance);
    }

    public RougeConfig withAlpha(double weight) {
        return new RougeConfig(maxN, wordLimit, byteLimit, stemming, removeStopwords, weight, models, skipDistance);
    }
}
