package io.storyline.evaluate.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Perl's {@code sprintf("%7.5f", x)} and back: exact decimal rounding of the binary value. */
final class Decimals {

    private Decimals() {
    }

    static double round5(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }
}
