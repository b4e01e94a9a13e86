package io.storyline.evaluate.rouge;

import java.util.List;

/**
 * ROUGE of one peer summary (or a mean over many).
 *
 * @param rougeN   ROUGE-1 .. ROUGE-maxN, in that order
 * @param rougeL   summary-level LCS (ROUGE-L)
 * @param rougeSU  skip-bigrams within the configured gap plus unigrams (ROUGE-SU4 by default)
 */
public record RougeScore(List<Prf> rougeN, Prf rougeL, Prf rougeSU) {

    public RougeScore {
        rougeN = List.copyOf(rougeN);
    }

    /** ROUGE-n, for n from 1 to the configured maximum. */
    public Prf rougeN(int n) {
        if (n < 1 || n > rougeN.size()) {
            throw new IllegalArgumentException("ROUGE-" + n + " was not computed (max " + rougeN.size() + ")");
        }
        return rougeN.get(n - 1);
    }

    public Prf rouge1() {
        return rougeN(1);
    }

    public Prf rouge2() {
        return rougeN(2);
    }
}
