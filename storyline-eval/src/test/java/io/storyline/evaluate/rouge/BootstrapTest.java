package io.storyline.evaluate.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void drawsFollowPerlsSrandAndRand() {
        // perl -e 'srand(1); print join(",", map {int(rand(25))} 1..8)' prints 1,11,20,8,14,0,4,24
        assertThat(Arrays.copyOf(Bootstrap.draws(1, 25), 8)).containsExactly(1, 11, 20, 8, 14, 0, 4, 24);
        assertThat(Arrays.copyOf(Bootstrap.draws(0, 25), 8)).containsExactly(4, 18, 2, 21, 14, 19, 17, 9);
    }

    @Test
    void resampledMeanOfAConstantIsTheConstant() {
        double[] values = new double[25];
        Arrays.fill(values, 0.31234);
        assertThat(Bootstrap.resampledMean(values, 1000)).isEqualTo(0.31234);
    }

    @Test
    void resampledMeanStaysCloseToButNeedNotEqualThePlainMean() {
        double[] values = new double[25];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 2 == 0 ? 0.2 : 0.4;
        }
        double plain = Arrays.stream(values).average().orElseThrow();
        assertThat(Bootstrap.resampledMean(values, 1000)).isCloseTo(plain, org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void aPairedIntervalIsThePercentilesOfTheResampledDifferences() {
        // the same per-unit differences resampled as means: the interval is that of the resample means
        double[] differences = {0.1, -0.2, 0.3, 0.05, 0.0, 0.4, -0.1, 0.2};
        double[] means = Bootstrap.resampleMeans(differences, 1000);
        double[] interval = Bootstrap.interval(differences.length, 1000, draw -> java.util.Arrays.stream(draw)
                .mapToDouble(i -> differences[i]).average().orElse(0));
        assertThat(interval[0]).isCloseTo(means[25], org.assertj.core.api.Assertions.within(1e-12));
        assertThat(interval[1]).isCloseTo(means[974], org.assertj.core.api.Assertions.within(1e-12));
        assertThat(interval[0]).isLessThan(interval[1]);
    }
}
