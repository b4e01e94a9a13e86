package io.storyline.summarize;

import java.util.BitSet;

/**
 * Which candidate sentences may not stand beside which in a summary (two reports of one fact), as the
 * greedy start and {@link CoverageSearch} ask it: whether a sentence taken rules another out.
 *
 * <p>{@link #asked} decides a pair only when the greedy or the search asks it, and then once. Deciding
 * every pair of the 200 candidates beforehand (19,900 {@code Facts.same} tests a story) was a third of a
 * default summary's time, yet the greedy asks only of a sentence that would be its next pick and the
 * search only of one it would take or count in its bound, each against the few sentences taken. The
 * answers are those of the whole matrix, so the summary is the same.
 */
abstract class Conflicts {

    /** Whether candidates {@code i < j} report the same fact. */
    @FunctionalInterface
    interface Pair {
        boolean conflict(int i, int j);
    }

    /** Whether taking sentence {@code taken} rules out sentence {@code other}. */
    abstract boolean rulesOut(int taken, int other);

    /** Whether any of the first {@code count} sentences of {@code taken} rules out {@code other}. */
    final boolean anyRulesOut(int[] taken, int count, int other) {
        for (int k = 0; k < count; k++) {
            if (rulesOut(taken[k], other)) {
                return true;
            }
        }
        return false;
    }

    /** The conflicts of a matrix worked out beforehand: {@code other} is ruled out when {@code conflicts[other]} names the sentence taken. */
    static Conflicts of(BitSet[] conflicts) {
        return new Conflicts() {
            @Override
            boolean rulesOut(int taken, int other) {
                return conflicts[other].get(taken);
            }
        };
    }

    /**
     * Conflicts between {@code n} candidates decided by {@code pair}, each pair asked (lower index first)
     * when first needed and at most once: a symmetric matrix with nothing on its diagonal.
     */
    static Conflicts asked(int n, Pair pair) {
        // per pair (i < j), at i * n + j: 0 not yet asked, 1 conflict, 2 none
        byte[] known = new byte[n * n];
        return new Conflicts() {
            @Override
            boolean rulesOut(int taken, int other) {
                if (taken == other) {
                    return false;
                }
                int i = Math.min(taken, other);
                int j = Math.max(taken, other);
                if (known[i * n + j] == 0) {
                    known[i * n + j] = pair.conflict(i, j) ? (byte) 1 : (byte) 2;
                }
                return known[i * n + j] == 1;
            }
        };
    }
}
