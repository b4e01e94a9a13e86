package io.storyline.summarize;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoverageSearchTest {

    private static BitSet[] noConflicts(int n) {
        BitSet[] conflicts = new BitSet[n];
        for (int i = 0; i < n; i++) {
            conflicts[i] = new BitSet(n);
        }
        return conflicts;
    }

    @Test
    void findsTheTwoShortSentencesTheGreedyMisses() {
        // the long sentence has the best value per word, but leaves no room for the two short ones
        int[] cost = {6, 5, 5};
        int[][] concepts = {{0, 1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        double[] weights = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        BitSet[] conflicts = noConflicts(3);
        int[] greedy = ConceptCoverageSummarizer.greedy(10, cost, concepts, weights, conflicts);
        assertThat(greedy).containsExactly(0);
        CoverageSearch search = new CoverageSearch(cost, concepts, weights, conflicts, 1_000);
        assertThat(search.search(greedy, 10)).containsExactly(1, 2);
        assertThat(search.provedOptimal()).isTrue();
    }

    @Test
    void neverPutsTwoReportsOfOneFactTogether() {
        int[] cost = {6, 5, 5};
        int[][] concepts = {{0, 1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        double[] weights = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        BitSet[] conflicts = noConflicts(3);
        conflicts[1].set(2);
        conflicts[2].set(1);
        int[] chosen = new CoverageSearch(cost, concepts, weights, conflicts, 1_000).search(new int[0], 10);
        assertThat(chosen).containsExactly(0);
    }

    @Test
    void countsAConceptOnceHoweverManySentencesCarryIt() {
        int[] cost = {1, 1, 1};
        int[][] concepts = {{0, 1}, {0, 1}, {2}};
        double[] weights = {5, 5, 1};
        CoverageSearch search = new CoverageSearch(cost, concepts, weights, noConflicts(3), 1_000);
        int[] chosen = search.search(new int[0], 2);
        assertThat(chosen).contains(2).hasSize(2);
        assertThat(search.valueOf(chosen)).isEqualTo(11.0);
    }

    @Test
    void withoutNodesToSpendItKeepsItsStart() {
        int[] cost = {6, 5, 5};
        int[][] concepts = {{0, 1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        double[] weights = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        CoverageSearch search = new CoverageSearch(cost, concepts, weights, noConflicts(3), 0);
        assertThat(search.search(new int[] {0}, 10)).containsExactly(0);
        assertThat(search.provedOptimal()).isFalse();
    }

    @Test
    void matchesExhaustiveSearchOnRandomStories() {
        Random random = new Random(2009);
        for (int round = 0; round < 200; round++) {
            int n = 4 + random.nextInt(9);
            int conceptCount = 3 + random.nextInt(12);
            int[] cost = new int[n];
            int[][] concepts = new int[n][];
            double[] weights = new double[conceptCount];
            for (int c = 0; c < conceptCount; c++) {
                weights[c] = 1 + random.nextInt(6);
            }
            BitSet[] conflicts = noConflicts(n);
            for (int i = 0; i < n; i++) {
                cost[i] = 1 + random.nextInt(12);
                concepts[i] = random.ints(1 + random.nextInt(4), 0, conceptCount).distinct().toArray();
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(8) == 0) {
                        conflicts[i].set(j);
                        conflicts[j].set(i);
                    }
                }
            }
            int capacity = 5 + random.nextInt(25);
            // every other round adds a concave-of-sum reward, monotone and submodular like saturated coverage
            SentenceReward reward = round % 2 == 0 ? SentenceReward.NONE : new RootOfSum(random, n);
            CoverageSearch search = new CoverageSearch(cost, concepts, weights, conflicts, 1_000_000, reward);
            int[] start = ConceptCoverageSummarizer.greedy(capacity, cost, concepts, weights, conflicts, reward);
            int[] chosen = search.search(start, capacity);
            assertThat(search.provedOptimal()).isTrue();
            assertThat(feasible(chosen, cost, conflicts, capacity)).isTrue();
            assertThat(search.valueOf(chosen)).isCloseTo(optimum(search, cost, conflicts, capacity), within(1e-9));
            assertThat(search.valueOf(chosen)).isGreaterThanOrEqualTo(search.valueOf(start));
        }
    }

    /** 3 &middot; &radic;(summed sentence scores): each sentence adds less the more is taken. */
    private static final class RootOfSum implements SentenceReward {
        private final double[] score;
        private double sum;

        RootOfSum(Random random, int n) {
            score = random.doubles(n, 0, 2).toArray();
        }

        @Override
        public double gain(int sentence) {
            return 3 * (Math.sqrt(sum + score[sentence]) - Math.sqrt(sum));
        }

        @Override
        public void take(int sentence) {
            sum += score[sentence];
        }

        @Override
        public void drop(int sentence) {
            sum = Math.max(0, sum - score[sentence]); // no rounding below zero under the root
        }

        @Override
        public void reset() {
            sum = 0;
        }
    }

    private static boolean feasible(int[] set, int[] cost, BitSet[] conflicts, int capacity) {
        int used = 0;
        for (int i : set) {
            used += cost[i];
            for (int j : set) {
                if (conflicts[i].get(j)) {
                    return false;
                }
            }
        }
        return used <= capacity;
    }

    private static double optimum(CoverageSearch search, int[] cost, BitSet[] conflicts, int capacity) {
        int n = cost.length;
        double best = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            int[] set = BitSet.valueOf(new long[] {mask}).stream().toArray();
            if (feasible(set, cost, conflicts, capacity)) {
                best = Math.max(best, search.valueOf(set));
            }
        }
        return best;
    }
}
