package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts are compared only when they count the same thing: the dead on the ground are not the dead aboard,
 * nor the whole toll, and a count whose noun is left out ("... and five on the ground") counts what the
 * sentence's other count counts.
 */
class CountedWhereTest {

    private static java.util.List<SlotDifference> differences(String a, String b) {
        return Slots.of(a).differences(Slots.of(b));
    }

    @Test
    void aCountWithoutItsNounTakesTheSentencesOtherNounAndItsWhere() {
        assertThat(Quantity.in("All 90 people aboard were killed as well as five on the ground."))
                .extracting(Quantity::counted, Quantity::value, Quantity::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("people aboard", 90.0, "90 people"),
                        org.assertj.core.groups.Tuple.tuple("people on the ground", 5.0, "five on the ground"));
        assertThat(Quantity.in("All 90 on board were killed, as were four on the ground.")).isEmpty();
    }

    @Test
    void theGroundCountsAreComparedWithEachOtherOnly() {
        assertThat(differences("Four people on the ground and all 90 people in the plane were killed.",
                "All 90 people aboard were killed as well as five on the ground."))
                .extracting(SlotDifference::slot, SlotDifference::value, SlotDifference::otherValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("people on the ground", "Four people",
                        "five on the ground"));
    }

    @Test
    void aPartOnTheGroundIsNotTheWholeToll() {
        // four on the ground against a toll of 94 "including" the ground's: only the ground's count is compared
        assertThat(differences("The ferry crash killed four people on the ground.",
                "The ferry crash killed 94 people, including four on the ground."))
                .isEmpty();
        assertThat(differences("The ferry crash killed 94 people.",
                "The ferry crash killed 90 people aboard and four on the ground.")).isEmpty();
    }

    @Test
    void othersAreNotThePeopleOnTheGround() {
        assertThat(differences("The crash killed four people on the ground; five others were hurt.",
                "The crash killed four people on the ground.")).isEmpty();
    }
}
