package io.storyline.evaluate;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ClusterScoresTest {

    private final Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");

    @Test
    void perfectClusteringScoresOne() {
        ClusterScores scores = ClusterScores.of(gold, Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"));
        assertThat(scores.precision()).isEqualTo(1.0);
        assertThat(scores.recall()).isEqualTo(1.0);
        assertThat(scores.adjustedRand()).isEqualTo(1.0, within(1e-12));
        assertThat(scores.clusters()).isEqualTo(2);
    }

    @Test
    void oneBigClusterHasFullRecallAndWorked() {
        // all in one: precision per item is 3/5 for x items and 2/5 for y items: (3*3/5 + 2*2/5)/5 = 0.52
        ClusterScores scores = ClusterScores.of(gold, Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"));
        assertThat(scores.precision()).isEqualTo(0.52, within(1e-12));
        assertThat(scores.recall()).isEqualTo(1.0);
        assertThat(scores.adjustedRand()).isEqualTo(0.0, within(1e-12));
    }

    @Test
    void singletonsHaveFullPrecision() {
        ClusterScores scores = ClusterScores.of(gold, Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5"));
        assertThat(scores.precision()).isEqualTo(1.0);
        // recall: x items 1/3 each, y items 1/2 each: (3/3 + 2/2)/5 = 0.4
        assertThat(scores.recall()).isEqualTo(0.4, within(1e-12));
        assertThat(scores.f1()).isEqualTo(2 * 0.4 / 1.4, within(1e-12));
    }

    @Test
    void adjustedRandOfAKnownCase() {
        // contingency [[2,1],[0,2]]: index 1+1=2, rows C(3,2)+C(2,2)=4, cols C(2,2)+C(3,2)=4, pairs 10
        // expected 4*4/10 = 1.6, max 4: ARI = (2-1.6)/(4-1.6) = 1/6
        ClusterScores scores = ClusterScores.of(gold, Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2"));
        assertThat(scores.adjustedRand()).isEqualTo(1.0 / 6, within(1e-12));
    }

    @Test
    void itemsWithoutGoldAreLeftOutAndNothingToScoreIsAnError() {
        assertThat(ClusterScores.of(gold, Map.of("a", "1", "zz", "1")).items()).isEqualTo(1);
        assertThatThrownBy(() -> ClusterScores.of(gold, Map.of("zz", "1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
