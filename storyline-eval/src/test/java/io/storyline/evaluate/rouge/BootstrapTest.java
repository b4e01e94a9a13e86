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
}
