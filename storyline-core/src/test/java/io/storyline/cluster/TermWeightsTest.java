package io.storyline.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermWeightsTest {

    @Test
    void addsGrowsAndPrunes() {
        TermWeights weights = new TermWeights();
        for (int term = 0; term < 100; term++) {
            weights.add(term, term);
        }
        weights.add(7, 1);
        assertThat(weights.size()).isEqualTo(100);
        assertThat(weights.get(7)).isEqualTo(8.0);
        assertThat(weights.get(1000)).isZero();
        assertThat(weights.top(3)).containsExactly(99, 98, 97);
        weights.keepTop(10);
        assertThat(weights.size()).isEqualTo(10);
        assertThat(weights.get(90)).isEqualTo(90.0);
        assertThat(weights.get(89)).isZero();
    }

    @Test
    void dotAndNorm() {
        TermWeights a = new TermWeights();
        a.add(1, 3);
        a.add(2, 4);
        TermWeights b = new TermWeights();
        b.add(2, 2);
        b.add(5, 9);
        assertThat(a.norm()).isEqualTo(5.0);
        assertThat(a.dot(b)).isEqualTo(8.0);
        a.addAll(b);
        assertThat(a.get(2)).isEqualTo(6.0);
        assertThat(a.get(5)).isEqualTo(9.0);
    }
}
