package io.storyline.evaluate;

import io.storyline.evaluate.SummaryBenchmark.Row;
import io.storyline.evaluate.rouge.Prf;
import io.storyline.evaluate.rouge.RougeScore;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairedComparisonTest {

    /** A row whose clusters score the given ROUGE-1 recalls, named c00, c01, ... */
    private static Row row(String system, double... recalls) {
        Map<String, RougeScore> perCluster = new LinkedHashMap<>();
        for (int i = 0; i < recalls.length; i++) {
            Prf prf = new Prf(recalls[i], recalls[i], recalls[i]);
            perCluster.put(String.format("c%02d", i), new RougeScore(List.of(prf), prf, prf));
        }
        return new Row(system, false, null, perCluster);
    }

    private static PairedComparison.Measure compare(Row first, Row second) {
        PairedComparison comparison = PairedComparison.of(first, second, List.of("ROUGE-1 R"),
                List.of(s -> s.rouge1().recall()));
        assertThat(comparison.measures()).hasSize(1);
        return comparison.measures().get(0);
    }

    @Test
    void aSystemBetterInEveryClusterIsClearlyBetter() {
        PairedComparison.Measure m = compare(row("a", 0.42, 0.40, 0.45, 0.38, 0.41, 0.44, 0.39, 0.43),
                row("b", 0.40, 0.39, 0.43, 0.36, 0.40, 0.42, 0.38, 0.41));
        assertThat(m.meanDifference()).isCloseTo(0.0163, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(m.low()).isPositive();
        assertThat(m.high()).isGreaterThanOrEqualTo(m.meanDifference());
        assertThat(m.clear()).isTrue();
        assertThat(m.better()).isEqualTo(8);
        assertThat(m.worse()).isZero();
    }

    @Test
    void aMeanGainCarriedByOneClusterAgainstManySmallLossesIsNotClear() {
        // +10 points in one cluster, -1 in the seven others: the mean is +0.375, the interval spans zero
        PairedComparison.Measure m = compare(row("a", 0.50, 0.39, 0.39, 0.39, 0.39, 0.39, 0.39, 0.39),
                row("b", 0.40, 0.40, 0.40, 0.40, 0.40, 0.40, 0.40, 0.40));
        assertThat(m.meanDifference()).isCloseTo(0.00375, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(m.low()).isNegative();
        assertThat(m.high()).isPositive();
        assertThat(m.clear()).isFalse();
        assertThat(m.better()).isEqualTo(1);
        assertThat(m.worse()).isEqualTo(7);
    }

    @Test
    void identicalSystemsDifferByNothing() {
        Row a = row("a", 0.40, 0.35, 0.45);
        PairedComparison.Measure m = compare(a, row("b", 0.40, 0.35, 0.45));
        assertThat(m.meanDifference()).isZero();
        assertThat(m.low()).isZero();
        assertThat(m.high()).isZero();
        assertThat(m.same()).isEqualTo(3);
    }

    @Test
    void onlyClustersBothSystemsWereScoredOnCount() {
        Row three = row("a", 0.40, 0.50, 0.60);
        Row two = row("b", 0.30, 0.40);
        PairedComparison comparison = PairedComparison.of(three, two, List.of("R1"), List.of(s -> s.rouge1().recall()));
        assertThat(comparison.clusters()).isEqualTo(2);
        assertThat(comparison.measures().get(0).meanDifference()).isCloseTo(0.10, org.assertj.core.data.Offset.offset(1e-9));
        Row elsewhere = new Row("c", true, null, Map.of("x99", three.perCluster().get("c00")));
        assertThatThrownBy(() -> PairedComparison.of(three, elsewhere, List.of("R1"), List.of(s -> s.rouge1().recall())))
                .hasMessageContaining("share no cluster");
    }
}
