package io.storyline.summarize;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogisticRegressionTest {

    /** Examples drawn from a known model: the fit must find its coefficients again. */
    @Test
    void recoversTheCoefficientsOfTheModelThatDrewTheExamples() {
        double[] truth = {-1.0, 2.0, -0.5};
        Random random = new Random(7);
        int n = 20_000;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {1, random.nextGaussian(), random.nextGaussian()};
            y[i] = random.nextDouble() < LogisticRegression.probability(truth, x[i]) ? 1 : 0;
        }
        double[] fitted = LogisticRegression.fit(x, y, 0);
        for (int a = 0; a < truth.length; a++) {
            assertThat(fitted[a]).as("coefficient %d", a).isCloseTo(truth[a], within(0.1));
        }
    }

    @Test
    void aFractionalTargetIsMatchedByTheFittedProbability() {
        // one feature that is always 1: the intercept alone must give the mean target
        double[][] x = {{1}, {1}, {1}, {1}};
        double[] y = {0.25, 0.5, 0.0, 0.25};
        double[] fitted = LogisticRegression.fit(x, y, 0);
        assertThat(LogisticRegression.probability(fitted, new double[] {1})).isCloseTo(0.25, within(1e-6));
    }

    @Test
    void anExampleWeighingTwoCountsAsTwoCopies() {
        double[][] x = {{1, 0}, {1, 1}, {1, 1}, {1, 0}, {1, 1}};
        double[] y = {0, 1, 0, 1, 1};
        double[][] weightedX = {{1, 0}, {1, 1}, {1, 1}, {1, 0}};
        double[] weightedY = {0, 1, 0, 1};
        double[] weight = {1, 2, 1, 1};
        double[] copies = LogisticRegression.fit(x, y, 0.1);
        double[] weighted = LogisticRegression.fit(weightedX, weightedY, weight, 0.1);
        assertThat(weighted).containsExactly(copies, within(1e-9));
    }

    @Test
    void theRidgeShrinksCoefficientsButNotTheIntercept() {
        double[][] x = {{1, 1}, {1, 1}, {1, 0}, {1, 0}, {1, 1}, {1, 0}};
        double[] y = {1, 1, 0, 0, 1, 1};
        double[] loose = LogisticRegression.fit(x, y, 0.01);
        double[] tight = LogisticRegression.fit(x, y, 100);
        assertThat(Math.abs(tight[1])).isLessThan(Math.abs(loose[1]) / 10);
        // with the slope held near 0, the intercept still matches the overall mean of 2/3
        assertThat(LogisticRegression.probability(tight, new double[] {1, 0.5})).isCloseTo(2 / 3.0, within(0.02));
    }

    @Test
    void solvesASmallLinearSystemThatNeedsAPivot() {
        double[][] m = {{0, 2, 1}, {1, 1, 0}, {3, 0, 1}};
        double[] g = {5, 3, 4};
        // solution 1, 2, 1 (a zero on the diagonal forces a row swap)
        assertThat(LogisticRegression.solve(m, g)).containsExactly(new double[] {1, 2, 1}, within(1e-12));
    }

    @Test
    void mismatchedOrEmptyInputIsRejected() {
        assertThatThrownBy(() -> LogisticRegression.fit(new double[0][], new double[0], 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}}, new double[] {1, 0}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 examples, 2 targets");
    }
}
