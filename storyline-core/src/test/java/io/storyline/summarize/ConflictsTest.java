package io.storyline.summarize;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictsTest {

    /** A random story: costs, concepts, weights and a symmetric conflict matrix. */
    private record Story(int[] cost, int[][] concepts, double[] weights, BitSet[] matrix) {

        static Story random(Random random, int n) {
            int conceptCount = 5 + random.nextInt(3 * n);
            int[] cost = new int[n];
            int[][] concepts = new int[n][];
            double[] weights = new double[conceptCount];
            for (int c = 0; c < conceptCount; c++) {
                weights[c] = 1 + random.nextInt(6);
            }
            BitSet[] matrix = new BitSet[n];
            for (int i = 0; i < n; i++) {
                matrix[i] = new BitSet(n);
            }
            for (int i = 0; i < n; i++) {
                cost[i] = 1 + random.nextInt(12);
                concepts[i] = random.ints(1 + random.nextInt(5), 0, conceptCount).distinct().toArray();
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(6) == 0) {
                        matrix[i].set(j);
                        matrix[j].set(i);
                    }
                }
            }
            return new Story(cost, concepts, weights, matrix);
        }
    }

    @Test
    void askingAsNeededChoosesWhatTheWholeMatrixChooses() {
        Random random = new Random(16);
        for (int round = 0; round < 300; round++) {
            Story story = Story.random(random, 5 + random.nextInt(40));
            int capacity = 5 + random.nextInt(30);
            // a node limit that often stops the search early: the two must visit the same nodes to agree there
            long nodeLimit = round % 3 == 0 ? 1_000_000 : 1 + random.nextInt(60);
            Conflicts asked = Conflicts.asked(story.cost().length, (i, j) -> story.matrix()[i].get(j));
            int[] wholeStart = ConceptCoverageSummarizer.greedy(capacity, story.cost(), story.concepts(),
                    story.weights(), story.matrix());
            int[] askedStart = ConceptCoverageSummarizer.greedy(capacity, story.cost(), story.concepts(),
                    story.weights(), asked, SentenceReward.NONE);
            assertThat(askedStart).containsExactly(wholeStart);
            int[] whole = new CoverageSearch(story.cost(), story.concepts(), story.weights(), story.matrix(), nodeLimit)
                    .search(wholeStart, capacity);
            int[] chosen = new CoverageSearch(story.cost(), story.concepts(), story.weights(), asked, nodeLimit,
                    SentenceReward.NONE).search(askedStart, capacity);
            assertThat(chosen).containsExactly(whole);
        }
    }

    @Test
    void asksEachPairOnceLowerFirstAndOnlyThePairsItNeeds() {
        Story story = Story.random(new Random(7), 120);
        Map<Long, Integer> asked = new HashMap<>();
        Conflicts conflicts = Conflicts.asked(120, (i, j) -> {
            assertThat(i).isLessThan(j);
            asked.merge((long) i * 120 + j, 1, Integer::sum);
            return story.matrix()[i].get(j);
        });
        int[] start = ConceptCoverageSummarizer.greedy(20, story.cost(), story.concepts(), story.weights(), conflicts,
                SentenceReward.NONE);
        new CoverageSearch(story.cost(), story.concepts(), story.weights(), conflicts, 20_000, SentenceReward.NONE)
                .search(start, 20);
        assertThat(asked.values()).allMatch(times -> times == 1);
        assertThat(asked.size()).isLessThan(120 * 119 / 2 / 2);
        assertThat(conflicts.rulesOut(3, 3)).isFalse();
    }
}
