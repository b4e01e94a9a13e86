package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.StoryAnalysis;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SaturatedCoverageTest {

    private final StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
    private final SimilarityGraph graph = SimilarityGraph.of(story, 0.1);

    private AnalyzedSentence sentence(String opening) {
        return story.sentences().stream().filter(s -> s.text().startsWith(opening)).findFirst().orElseThrow();
    }

    @Test
    void aSecondReportOfTheSameFactAddsLessThanTheFirst() {
        AnalyzedSentence flood = sentence("The River Tamsin burst");
        AnalyzedSentence sameFlood = sentence("More than 200 homes");
        AnalyzedSentence insurers = sentence("Insurers estimated");
        SaturatedCoverage coverage = new SaturatedCoverage(graph, List.of(flood, sameFlood, insurers), 0.3, 10);
        double alone = coverage.gain(1);
        coverage.take(0);
        assertThat(coverage.gain(1)).isLessThan(alone);
        // the insurers' sentence shares nothing with the flood's: what it adds does not change
        coverage.reset();
        double insurersAlone = coverage.gain(2);
        coverage.take(0);
        assertThat(coverage.gain(2)).isCloseTo(insurersAlone, within(1e-9));
    }

    @Test
    void dropUndoesTakeAndTheWholeStoryEarnsAtMostTheScale() {
        List<AnalyzedSentence> all = story.sentences();
        SaturatedCoverage coverage = new SaturatedCoverage(graph, all, 0.3, 10);
        double first = coverage.gain(0);
        coverage.take(0);
        coverage.take(1);
        coverage.drop(1);
        coverage.drop(0);
        assertThat(coverage.gain(0)).isCloseTo(first, within(1e-9));
        double total = 0;
        for (int k = 0; k < all.size(); k++) {
            total += coverage.gain(k);
            coverage.take(k);
        }
        // with alpha below 1 every sentence saturates once the whole story is taken
        assertThat(total).isCloseTo(10, within(1e-6));
    }

    @Test
    void theSearchWithTheRewardStillFindsTheBestSet() {
        // two equally valuable concept sets: the reward decides for the sentences that stand for more
        List<AnalyzedSentence> candidates = List.of(sentence("Insurers estimated"), sentence("Two fishermen"),
                sentence("The River Tamsin burst"));
        int[] cost = {1, 1, 1};
        int[][] concepts = {{0}, {1}, {2}};
        double[] weights = {1, 1, 1};
        BitSet[] conflicts = {new BitSet(), new BitSet(), new BitSet()};
        SaturatedCoverage coverage = new SaturatedCoverage(graph, candidates, 0.3, 1);
        int[] bestPair = null;
        double bestReward = -1;
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                coverage.reset();
                double reward = coverage.gain(i);
                coverage.take(i);
                reward += coverage.gain(j);
                if (reward > bestReward) {
                    bestReward = reward;
                    bestPair = new int[] {i, j};
                }
            }
        }
        // concepts alone would keep the first pair tried, (0, 1)
        assertThat(bestPair).isNotEqualTo(new int[] {0, 1});
        coverage.reset();
        CoverageSearch search = new CoverageSearch(cost, concepts, weights, conflicts, 1_000, coverage);
        int[] chosen = search.search(new int[] {0}, 2);
        assertThat(chosen).containsExactly(bestPair);
        assertThat(search.valueOf(chosen)).isCloseTo(2 + bestReward, within(1e-9));
    }
}
