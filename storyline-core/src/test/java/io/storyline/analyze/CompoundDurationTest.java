package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A span written in two units ("3 hours, 50 minutes") is one duration, not a hedge cut short. */
class CompoundDurationTest {

    @Test
    void hoursAndMinutesAreOneSpan() {
        List<Quantity> read = Quantity.in("The airliner crossed to the island in about 3 hours, 50 minutes.");
        assertThat(read).hasSize(1);
        assertThat(read.get(0).value()).isCloseTo((3 + 50 / 60.0) / 24, within(1e-9));
        assertThat(read.get(0).text()).endsWith("3 hours, 50 minutes");
        assertThat(Quantity.in("The siege lasted two days and 6 hours.").get(0).value()).isCloseTo(2.25, within(1e-9));
    }

    @Test
    void lessThanFourHoursAgreesWithThreeHoursFiftyMinutes() {
        Slots bound = Slots.of("The airliner crossed to the island in less than four hours.");
        Slots span = Slots.of("The airliner crossed to the island in about 3 hours, 50 minutes.");
        assertThat(bound.differences(span)).isEmpty();
        // a span beyond the bound still differs
        assertThat(bound.differences(Slots.of("The airliner crossed to the island in 5 hours, 10 minutes.")))
                .extracting(SlotDifference::kind).containsExactly("number");
    }

    @Test
    void minutesAfterAnotherCountStayApart() {
        // "six hours" is not followed by its minutes here: the 40 minutes are the next leg's
        List<Quantity> read = Quantity.in("The first leg took 6 hours; the second, 40 minutes.");
        assertThat(read.get(0).value()).isCloseTo(0.25, within(1e-9));
    }
}
