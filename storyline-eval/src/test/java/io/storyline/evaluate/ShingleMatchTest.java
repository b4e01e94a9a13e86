package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMatchTest {

    @Test
    void countsSharedExtraAndMissedShinglesAsMultisetsAndNormalises() {
        // reference: 6 words, 3 shingles; prediction: the first 5 words, then 2 others: 4 shingles, 2 shared
        ShingleMatch m = ShingleMatch.of("the pier will close next spring", "the pier will close next week again");
        // TP 2, FP 2, FN 1, normalised by their sum, 5
        assertThat(m.tp()).isCloseTo(0.4, within(1e-12));
        assertThat(m.fp()).isCloseTo(0.4, within(1e-12));
        assertThat(m.fn()).isCloseTo(0.2, within(1e-12));
        assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(m.recall()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void aRepeatedShingleCountsOnlyAsOftenAsTheReferenceHasIt() {
        ShingleMatch m = ShingleMatch.of("a b c d", "a b c d\n\na b c d");
        // prediction shingles: abcd, bcda, cdab, dabc, abcd -> abcd twice; the reference has it once
        assertThat(m.tp()).isCloseTo(1 / 5.0, within(1e-12));
        assertThat(m.fp()).isCloseTo(4 / 5.0, within(1e-12));
        assertThat(m.fn()).isZero();
        assertThat(m.precision()).isCloseTo(0.2, within(1e-12));
        assertThat(m.recall()).isEqualTo(1.0);
    }

    @Test
    void shortAndEmptyTextsAreOneShingleAsInTheBenchmark() {
        assertThat(ShingleMatch.shingles("")).hasSize(1).containsKey(java.util.List.of());
        assertThat(ShingleMatch.shingles("two words")).containsOnlyKeys(java.util.List.of("two", "words"));
        ShingleMatch nothing = ShingleMatch.of("the pier will close", "");
        assertThat(nothing.tp()).isZero();
        assertThat(nothing.fp()).isCloseTo(0.5, within(1e-12));
        assertThat(nothing.fn()).isCloseTo(0.5, within(1e-12));
    }
}
