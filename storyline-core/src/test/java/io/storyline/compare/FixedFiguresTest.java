package io.storyline.compare;

import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A population, a distance from a place and the day of a past event do not move while a story runs: two
 * outlets that give them otherwise disagree, whatever day each wrote, and wherever in its story each gives them.
 */
class FixedFiguresTest {

    private static Article article(String id, String outlet, int day, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2026, 4, day), text, id + ".txt");
    }

    private static List<Conflict> conflicts(Article... articles) {
        Comparison comparison = OutletComparison.compare(List.of(articles));
        return comparison.disagreements(); // updates (the story moving on) are listed apart
    }

    @Test
    void aCountrysPopulationGivenTwoWaysIsADisputeEvenDaysApart() {
        List<Conflict> found = conflicts(
                article("a", "Tidewater Journal", 3, "Protests spread across Varenia on Friday. Most of the 22 million "
                        + "Varenians have stayed at home. Varenia's army patrolled the capital."),
                article("b", "Harbor Wire", 9, "Troops moved into the old town on Monday. But the capital of the country of "
                        + "23 million has begun to feel like a city at war. Varenia closed its border. Varenia said more."));
        // "Varenia" is no country the lexicon knows: nothing is read without the holder
        assertThat(found).isEmpty();
        List<Conflict> syria = conflicts(
                article("a", "Tidewater Journal", 3, "Protests spread across Syria on Friday. Most of the 22 million "
                        + "Syrians have stayed at home. Syria's army patrolled the capital."),
                article("b", "Harbor Wire", 9, "Troops moved into the old town on Monday. But the capital of the country of "
                        + "23 million has begun to feel like a city at war. Syria closed its border. Syria said more."));
        assertThat(conflicts(
                article("a", "Tidewater Journal", 3, "Most of the 22 million Syrians have stayed at home. Syria shut schools."),
                article("b", "Harbor Wire", 9, "Syria is a country of 25 million people, the agency said.")))
                .singleElement().satisfies(c -> assertThat(c.slot()).isEqualTo("population of Syria"));
        assertThat(syria).singleElement().satisfies(c -> {
            assertThat(c.slot()).isEqualTo("population of Syria");
            assertThat(List.of(c.value(), c.otherValue())).containsExactlyInAnyOrder("22 million", "23 million");
        });
    }

    @Test
    void aPopulationRoundedOrDisplacedPeopleAreNoDispute() {
        assertThat(conflicts(
                article("a", "Tidewater Journal", 3, "Most of the 22 million Syrians have stayed at home. Syria shut schools."),
                article("b", "Harbor Wire", 4, "Syria's population of about 22.4 million faces shortages. Syria said so."),
                article("c", "Coast Courier", 5, "In Syria 1.5 million people have been displaced by the fighting. Syria burns."),
                // a part of the people, not its population
                article("d", "Gull Radio", 6, "The protesters spoke for Syria's 1 million Kurds. Syria listened."),
                // some other country, unnamed
                article("e", "Bay Radio", 7, "He leads a democratic country of 300 million, unlike the rulers of Syria.")))
                .isEmpty();
    }

    @Test
    void aNamedThingsDistanceFromAPlaceIsADisputeButAnotherThingsIsNot() {
        List<Conflict> found = conflicts(
                article("a", "Tidewater Journal", 3, "BP, which operated the Sea Lark drilling rig 40 miles off the Merrow "
                        + "coast, said it would pay for the clean-up."),
                article("b", "Harbor Wire", 10, "The wrecked Sea Lark rig, ablaze 50 miles off Merrow last week, is still "
                        + "leaking oil."),
                article("c", "Coast Courier", 11, "The coast guard ordered most ships to stay 30 miles from the Merrow coast."),
                article("d", "Gull Radio", 12, "Oil plumes have spread 20 miles out in the Gulf from the Sea Lark rig."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.slot()).isEqualTo("distance of Sea Lark from Merrow");
            assertThat(List.of(c.value(), c.otherValue())).containsExactlyInAnyOrder("40 miles", "50 miles");
        });
    }

    @Test
    void theDayOfAPastEventIsADisputeButTheDayOfAnotherEventIsNot() {
        List<Conflict> found = conflicts(
                article("a", "Tidewater Journal", 28, "Officials met after the April 22 explosion at the Sea Lark rig."),
                article("b", "Harbor Wire", 30, "Oil has leaked since the Sea Lark rig exploded on April 20, killing 11 workers."),
                article("c", "Coast Courier", 30, "The Sea Lark rig sank on April 22, two days after the blast."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("date");
            assertThat(c.slot()).isEqualTo("day of explosion of Sea Lark");
            assertThat(List.of(c.value(), c.otherValue())).containsExactlyInAnyOrder("April 22", "April 20");
        });
    }

    @Test
    void aDayWrittenBeforeItsMonthIsTheSameDay() {
        List<Conflict> found = conflicts(
                article("a", "Tidewater Journal", 28, "Officials met after the April 22 explosion at the Sea Lark rig."),
                article("b", "Harbor Wire", 30, "Crews searched the sea since the Sea Lark rig exploded on 20 April."));
        assertThat(found).singleElement().satisfies(c ->
                assertThat(List.of(c.value(), c.otherValue())).containsExactlyInAnyOrder("April 22", "April 20"));
    }

    @Test
    void aTollStillRisesFromDayToDay() {
        // not a fixed figure: counts of articles written on different days are the story moving on
        assertThat(conflicts(
                article("a", "Tidewater Journal", 3, "The storm killed 12 people in the Merrow valley on Monday."),
                article("b", "Harbor Wire", 6, "The storm killed 20 people in the Merrow valley on Monday.")))
                .noneMatch(c -> c.kind().equals("number"));
    }
}
