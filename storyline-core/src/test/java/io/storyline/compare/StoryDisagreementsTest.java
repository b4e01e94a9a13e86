package io.storyline.compare;

import io.storyline.Storyline;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disagreements worded differently by each outlet: the day and toll of the news as the openings
 * state them, and the measures of a named thing.
 */
class StoryDisagreementsTest {

    private static Article article(String id, String outlet, LocalDate published, String text) {
        return new Article(id, outlet, null, null, published, text, id + ".txt");
    }

    private static List<String> labels(Comparison comparison) {
        return comparison.conflicts().stream().map(c -> c.label() + ": " + c.value() + " / " + c.otherValue()).toList();
    }

    @Test
    void theBundledExampleCarriesItsThreeDisagreements() {
        // surefire runs in storyline-core/, so the examples are one folder up
        Comparison comparison = OutletComparison.compare(Storyline.read(Path.of("../examples/harbour-bridge")).articles());
        assertThat(labels(comparison)).contains(
                "day: Tuesday / Wednesday",
                "number (hurt): Three crew / four people",
                "number (length of Kestrel Moon): 150-metre / 140-metre");
    }

    @Test
    void openingsThatDateOneEventAtOneNamedPlaceDifferently() {
        LocalDate day = LocalDate.of(2026, 3, 11);
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Quay Post", day, "A barge struck the Mill Lane Bridge on Tuesday, closing the road.\n\n"
                        + "Three deckhands were injured."),
                article("b", "River Wire", day, "A barge slammed into the Mill Lane Bridge early on Wednesday.\n\n"
                        + "Five people were injured in the collision.")));
        assertThat(labels(comparison)).containsExactlyInAnyOrder("day: Tuesday / Wednesday",
                "number (hurt): Three deckhands / Five people");
        // two deckhands among five hurt may be a part of the five: not flagged (LeadEvents.oneGroup)
    }

    @Test
    void openingsOfDifferentDaysOrNamingNoSharedPlaceAreNotCompared() {
        Comparison otherDays = OutletComparison.compare(List.of(
                article("a", "Quay Post", LocalDate.of(2026, 3, 11), "A barge struck the Mill Lane Bridge on Tuesday."),
                article("b", "River Wire", LocalDate.of(2026, 3, 14), "A barge struck the Mill Lane Bridge on Friday.")));
        assertThat(otherDays.conflicts()).isEmpty();
        Comparison otherPlaces = OutletComparison.compare(List.of(
                article("a", "Quay Post", null, "A barge struck the Mill Lane Bridge on Tuesday."),
                article("b", "River Wire", null, "A lorry crashed into the Hale Street Bridge on Wednesday.")));
        assertThat(otherPlaces.conflicts()).extracting(Conflict::kind).doesNotContain("day");
    }

    @Test
    void aMeasureOfANounIsOfTheOneNameTheStoryPutsAfterThatNoun() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Quay Post", null, "The tanker Sea Lark ran aground off the point.\n\n"
                        + "The 200-metre tanker was carrying diesel."),
                article("b", "River Wire", null, "Salvage crews reached the 260-metre Sea Lark at dawn."),
                article("c", "Harbour Daily", null, "The 850-foot Sea Lark is owned by Gannet Lines.")));
        // 850 feet is 259 metres: the one unit agrees with 260 metres and not with 200
        assertThat(labels(comparison)).containsExactlyInAnyOrder("number (length of Sea Lark): 200-metre / 260-metre",
                "number (length of Sea Lark): 200-metre / 850-foot");
    }

    @Test
    void aNounTheStoryPutsBeforeTwoNamesIsNotResolved() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Quay Post", null, "The tanker Sea Lark and the tanker Grey Owl collided.\n\n"
                        + "The 200-metre tanker was carrying diesel."),
                article("b", "River Wire", null, "Salvage crews reached the 260-metre Sea Lark at dawn.")));
        assertThat(comparison.conflicts()).isEmpty();
    }

    @Test
    void agesAreComparedPerPerson() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Quay Post", null, "Anwar, 51, was arrested on Sunday.\n\nMahathir, 72, said nothing."),
                article("b", "River Wire", null, "Police held Anwar, 52, overnight.")));
        assertThat(labels(comparison)).containsExactly("number (age of Anwar): Anwar, 51 / Anwar, 52");
    }
}
