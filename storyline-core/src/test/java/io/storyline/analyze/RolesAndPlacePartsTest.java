package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two slots a one-word change can flip while the rest of a sentence is copied: the role given a named person
 * ({@link Roles}) and the part of a place told by position ({@link PlaceParts}). Each is a difference only when
 * the two values cannot be one description.
 */
class RolesAndPlacePartsTest {

    private static List<SlotDifference> differences(String a, String b) {
        return Slots.of(a).differences(Slots.of(b));
    }

    @Test
    void aRoleBeforeTheNameWithNoWordInCommonIsADifference() {
        assertThat(differences("Harbour master Tomas Lind said the ferry left two hours late.",
                "Port director Tomas Lind said the ferry left two hours late."))
                .containsExactly(new SlotDifference("role", "Tomas Lind", "harbour master", "port director"));
    }

    @Test
    void aRoleInTwoSpellingsIsOneRoleAndIsShownAsWritten() {
        assertThat(differences("Harbour master Tomas Lind said the ferry left two hours late.",
                "Harbor master Tomas Lind said the ferry left two hours late.")).isEmpty();
    }

    @Test
    void anAppositionAfterTheNameIsARoleToo() {
        assertThat(differences("Mira Holt, the finance minister, said the rate would not change.",
                "Mira Holt, the central bank's governor, said the rate would not change."))
                .extracting(SlotDifference::kind).containsExactly("role");
    }

    @Test
    void rolesThatShareAWordOrAreGivenOnceAreNoDifference() {
        assertThat(differences("Harbour master Tomas Lind said the ferry left late.",
                "The master Tomas Lind said the ferry left late.")).isEmpty();
        assertThat(differences("Former mayor Tomas Lind said the ferry left late.",
                "Mayor Tomas Lind said the ferry left late.")).isEmpty();
        assertThat(differences("Harbour master Tomas Lind said the ferry left late.",
                "Tomas Lind said the ferry left late.")).isEmpty();
        // a sentence's first word before a one-word name is the name's own first word, not a role
        assertThat(differences("Walter Lind said the ferry left late.", "Director Walter Lind said the ferry left late."))
                .isEmpty();
        // two people, each with a role: a name put in another's place, not a role changed
        assertThat(differences("Harbour master Tomas Lind said the ferry left late.",
                "Spokesman Anna Berg said the ferry left late.")).extracting(SlotDifference::kind).doesNotContain("role");
    }

    @Test
    void titlesAPersonHoldsTogetherAreNoDifference() {
        // a capitalised title before the name is a form of address: a general may be a senator too
        assertThat(differences("Gen. Augusto Pinochet was arrested in London on Friday.",
                "Sen. Augusto Pinochet was arrested in London on Friday.")).isEmpty();
        assertThat(differences("Prime Minister Tony Blair said the talks would go on.",
                "Labour leader Tony Blair said the talks would go on.")).isEmpty();
        // a party's leader, a rank, or a post held at another time is held beside any job
        assertThat(differences("The talks will go on, said prime minister Tony Blair.",
                "The talks will go on, said party leader Tony Blair.")).isEmpty();
        assertThat(differences("Augusto Pinochet, the ailing general, was arrested in London.",
                "Augusto Pinochet, the country's senator, was arrested in London.")).isEmpty();
        assertThat(differences("Augusto Pinochet, the former dictator, was arrested in London.",
                "Augusto Pinochet, a senator for life, was arrested in London.")).isEmpty();
        // an abbreviation and its title are one
        assertThat(differences("Rain fell, and sen. Mira Holt closed the road.",
                "Rain fell, and senator Mira Holt closed the road.")).isEmpty();
        assertThat(differences("Rain fell, and senator Mira Holt closed the road.",
                "Rain fell, and treasurer Mira Holt closed the road.")).extracting(SlotDifference::kind).containsExactly("role");
    }

    @Test
    void aTextGivingAPersonTwoPostsDoesNotDifferFromItself() {
        String text = "Harbour master Tomas Lind said the ferry left late. Port director Tomas Lind later said it was safe.";
        assertThat(differences(text, text)).isEmpty();
        assertThat(differences(text, "Harbour master Tomas Lind said the ferry left late.")).isEmpty();
    }

    @Test
    void aContactLinesRolesAreNoNews() {
        assertThat(differences("For tickets call Mira Holt, the box office manager, at 555-201-0142.",
                "For tickets call Mira Holt, the theatre's treasurer, at 555-201-0142.")).isEmpty();
        assertThat(differences("Tickets were sold by Mira Holt, the box office manager, on Friday.",
                "Tickets were sold by Mira Holt, the theatre's treasurer, on Friday."))
                .extracting(SlotDifference::kind).containsExactly("role");
    }

    @Test
    void aPartOfAPlaceAtAnotherPositionIsADifference() {
        assertThat(differences("The fire started in the west stand of the stadium on Friday.",
                "The fire started in the south stand of the stadium on Friday."))
                .containsExactly(new SlotDifference("place", "stand", "west stand", "south stand"));
        assertThat(differences("Water came in through the rear door.", "Water came in through the front door."))
                .extracting(SlotDifference::kind).containsExactly("place");
    }

    @Test
    void positionsThatMayBeOneOrPartsOfDifferentThingsAreNoDifference() {
        // a compound point holds its neighbour; "-ern" is the same point
        assertThat(differences("Rain fell on the northern slope.", "Rain fell on the north-east slope.")).isEmpty();
        assertThat(differences("Rain fell on the northern slope.", "Rain fell on the north slope.")).isEmpty();
        // two parts of two kinds, or no part at all ("in the north of the country")
        assertThat(differences("Troops moved into the east wing.", "Troops moved into the north tower.")).isEmpty();
        assertThat(differences("Fighting went on in the north of the country.",
                "Fighting went on in the south of the country.")).extracting(SlotDifference::kind).doesNotContain("place");
        // a statement naming both wings does not disagree with one naming one of them
        assertThat(differences("Smoke spread to the east wing and to the north wing of the hospital.",
                "Smoke spread to the north wing of the hospital.")).isEmpty();
        // no word of place before the position: "the east wind" is no part of a place
        assertThat(differences("The east wind fanned the flames.", "The west wind fanned the flames.")).isEmpty();
    }

    @Test
    void aHedgedCountAndAnExactOneAreARevisionNotADifference() {
        Slots first = Slots.of("A bus crashed into a river, killing at least nine passengers.");
        Slots later = Slots.of("A bus crashed into a river, killing 14 passengers.");
        assertThat(first.differences(later)).isEmpty();
        assertThat(first.revisions(later)).containsExactly(
                new SlotDifference("number", "passenger", "at least nine passengers", "14 passengers"));
        assertThat(first.revisions(Slots.of("A bus crashed into a river, killing nine passengers."))).isEmpty();
        // a rounding is no revision: "about 50" and "48" are one count written two ways
        assertThat(Slots.of("A bus crashed into a river, killing about 50 passengers.")
                .revisions(Slots.of("A bus crashed into a river, killing 48 passengers."))).isEmpty();
    }
}
