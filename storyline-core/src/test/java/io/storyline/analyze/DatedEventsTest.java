package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A date beside another event in the sentence is that event's, not a disagreement on the sentence's. */
class DatedEventsTest {

    private static List<SlotDifference> kept(String a, String b) {
        return Slots.of(a).differences(Slots.of(b)).stream().filter(d -> !DatedEvents.apart(a, b, d)).toList();
    }

    @Test
    void theDaysOfTwoEventsOfOneStoryAgree() {
        assertThat(kept("The Northway platform sank on 9 June, two days after a fire that killed three welders.",
                "The Northway platform was gutted by a fire on 7 June and later sank.")).isEmpty();
        assertThat(kept("Pumping resumed at the mine on Friday for the first time since the flood.",
                "The mine had been shut since a flood on Monday swamped its lower galleries.")).isEmpty();
    }

    @Test
    void twoDaysOfOneEventStillDiffer() {
        assertThat(kept("The Northway platform caught fire on 7 June.", "The Northway platform caught fire on 8 June."))
                .extracting(SlotDifference::kind).containsExactly("date");
        // "explosion" and "exploded" are one event word
        assertThat(kept("An explosion on 7 June wrecked the Northway platform.",
                "The Northway platform exploded on 8 June.")).extracting(SlotDifference::kind).containsExactly("date");
        assertThat(kept("The ferry sank on Tuesday night.", "The ferry sank on Wednesday night."))
                .extracting(SlotDifference::kind).containsExactly("day");
    }
}
