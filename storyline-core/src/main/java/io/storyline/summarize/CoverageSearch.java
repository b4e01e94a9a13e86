package io.storyline.summarize;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Exact search for the concept-coverage summary: the set of sentences, within a budget and without
 * two sentences that conflict (report the same fact), whose distinct concepts weigh most. This is
 * the integer program of Gillick &amp; Favre 2009 ("A Scalable Global Model for Summarization"),
 * solved here by depth-first branch and bound instead of an ILP solver.
 *
 * <p>Sentences are tried in order of value per cost, each first taken, then left out. A branch is
 * cut when even its bound cannot beat the best summary found so far; the bound is the fractional
 * knapsack over what each remaining sentence would still add, which is an upper bound because
 * coverage is submodular (what a set adds is at most the sum of what its members add one by one).
 * The search starts from a known good summary (the greedy one) and stops after a fixed number of
 * nodes, so it is never worse than its start and its running time is bounded.
 */
final class CoverageSearch {

    private final int[] cost;
    private final int[][] concepts;
    private final double[] weights;
    private final long nodeLimit;
    private final SentenceReward reward;

    private final int n;
    private final int[] order;
    private final int[] covered;
    private final boolean[] taken;
    /** What a taken sentence rules out, asked only of the sentences the search would take or count in its bound. */
    private final Conflicts conflicts;
    /** The sentences taken on the way to the current node, in the order taken. */
    private final int[] takenOrder;
    private int takenCount;
    private final double[] boundRatio;
    private final double[] boundGain;
    private final int[] boundCost;
    private final int[] boundSentence;

    private double bestValue;
    private boolean[] best;
    private long nodes;

    /**
     * @param cost      each sentence's cost in the budget's unit
     * @param concepts  each sentence's distinct concepts, as indices into {@code weights}
     * @param weights   each concept's weight
     * @param conflicts for each sentence, the sentences that may not stand beside it
     * @param nodeLimit how many search nodes to visit at most
     */
    CoverageSearch(int[] cost, int[][] concepts, double[] weights, BitSet[] conflicts, long nodeLimit) {
        this(cost, concepts, weights, conflicts, nodeLimit, SentenceReward.NONE);
    }

    /** As above, maximising concept coverage plus {@code reward}. */
    CoverageSearch(int[] cost, int[][] concepts, double[] weights, BitSet[] conflicts, long nodeLimit,
                   SentenceReward reward) {
        this(cost, concepts, weights, Conflicts.of(conflicts), nodeLimit, reward);
    }

    /** As above, with the conflicts asked as the search needs them ({@link Conflicts#asked}). */
    CoverageSearch(int[] cost, int[][] concepts, double[] weights, Conflicts conflicts, long nodeLimit,
                   SentenceReward reward) {
        this.reward = reward;
        this.cost = cost;
        this.concepts = concepts;
        this.weights = weights;
        this.nodeLimit = nodeLimit;
        this.n = cost.length;
        this.covered = new int[weights.length];
        this.taken = new boolean[n];
        this.takenOrder = new int[n];
        this.conflicts = conflicts;
        this.boundRatio = new double[n];
        this.boundGain = new double[n];
        this.boundCost = new int[n];
        this.boundSentence = new int[n];
        Integer[] byRatio = new Integer[n];
        double[] ratio = new double[n];
        for (int i = 0; i < n; i++) {
            byRatio[i] = i;
            reward.reset();
            ratio[i] = (value(i) + reward.gain(i)) / Math.max(1, cost[i]);
        }
        Arrays.sort(byRatio, (a, b) -> a.equals(b) ? 0
                : ratio[a] != ratio[b] ? Double.compare(ratio[b], ratio[a]) : Integer.compare(a, b));
        this.order = Arrays.stream(byRatio).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The best set found within the node limit, starting from {@code start} (a feasible set, may be
     * empty): a sentence index per chosen sentence, ascending.
     */
    int[] search(int[] start, int capacity) {
        best = new boolean[n];
        for (int i : start) {
            best[i] = true;
        }
        bestValue = valueOf(start);
        nodes = 0;
        Arrays.fill(covered, 0);
        Arrays.fill(taken, false);
        takenCount = 0;
        reward.reset();
        branch(0, capacity, 0);
        int[] chosen = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (best[i]) {
                chosen[k++] = i;
            }
        }
        return Arrays.copyOf(chosen, k);
    }

    /** Whether the last search visited every node it needed, so its answer is the optimum. */
    boolean provedOptimal() {
        return nodes <= nodeLimit;
    }

    double valueOf(int[] set) {
        boolean[] seen = new boolean[weights.length];
        double value = 0;
        for (int i : set) {
            for (int c : concepts[i]) {
                if (!seen[c]) {
                    seen[c] = true;
                    value += weights[c];
                }
            }
        }
        reward.reset();
        for (int i : set) {
            value += reward.gain(i);
            reward.take(i);
        }
        reward.reset();
        return value;
    }

    private void branch(int depth, int capacity, double value) {
        if (value > bestValue) {
            bestValue = value;
            System.arraycopy(taken, 0, best, 0, n);
        }
        if (depth == n || ++nodes > nodeLimit) {
            return;
        }
        if (value + bound(depth, capacity) <= bestValue + 1e-9) {
            return;
        }
        int s = order[depth];
        if (cost[s] <= capacity && !conflictsWithTaken(s)) {
            double gain = reward.gain(s);
            for (int c : concepts[s]) {
                if (covered[c]++ == 0) {
                    gain += weights[c];
                }
            }
            taken[s] = true;
            takenOrder[takenCount++] = s;
            reward.take(s);
            branch(depth + 1, capacity - cost[s], value + gain);
            reward.drop(s);
            takenCount--;
            taken[s] = false;
            for (int c : concepts[s]) {
                covered[c]--;
            }
        }
        branch(depth + 1, capacity, value);
    }

    /**
     * The fractional knapsack over the marginal gains of the sentences from {@code depth} on. The items
     * are taken best ratio first, ties in search order; only as many are picked out as the capacity
     * holds (a few sentences), rather than all of them sorted, so the sum is the same, added in the
     * same order. Whether a sentence is ruled out by one taken is asked only of the items picked out, as
     * they are picked (one ruled out leaves the running as though never listed), not of every item listed.
     */
    private double bound(int depth, int capacity) {
        int m = 0;
        for (int d = depth; d < n; d++) {
            int s = order[d];
            if (cost[s] > capacity) {
                continue;
            }
            double gain = reward.gain(s);
            for (int c : concepts[s]) {
                if (covered[c] == 0) {
                    gain += weights[c];
                }
            }
            if (gain > 0) {
                boundRatio[m] = gain / Math.max(1, cost[s]);
                boundGain[m] = gain;
                boundCost[m] = Math.max(1, cost[s]);
                boundSentence[m] = s;
                m++;
            }
        }
        double total = 0;
        int left = capacity;
        while (left > 0 && m > 0) {
            int j = 0;
            for (int k = 1; k < m; k++) {
                if (boundRatio[k] > boundRatio[j]) {
                    j = k;
                }
            }
            if (!conflictsWithTaken(boundSentence[j])) { // one ruled out leaves the running, adding nothing
                if (boundCost[j] <= left) {
                    total += boundGain[j];
                    left -= boundCost[j];
                } else {
                    total += boundGain[j] * left / boundCost[j];
                    left = 0;
                }
            }
            // out of the running, keeping the others in their order (ties go to the earlier)
            m--;
            System.arraycopy(boundRatio, j + 1, boundRatio, j, m - j);
            System.arraycopy(boundGain, j + 1, boundGain, j, m - j);
            System.arraycopy(boundCost, j + 1, boundCost, j, m - j);
            System.arraycopy(boundSentence, j + 1, boundSentence, j, m - j);
        }
        return total;
    }

    private boolean conflictsWithTaken(int s) {
        return conflicts.anyRulesOut(takenOrder, takenCount, s);
    }

    private double value(int s) {
        double v = 0;
        for (int c : concepts[s]) {
            v += weights[c];
        }
        return v;
    }
}
