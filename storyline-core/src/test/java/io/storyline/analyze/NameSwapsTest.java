package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A person or place put in another's place is a difference in a slot; forms of one name are not. */
class NameSwapsTest {

    private static List<SlotDifference> differences(String a, String b) {
        return Slots.of(a).differences(Slots.of(b));
    }

    @Test
    void aPlaceBetweenTheSameWordsIsAPlaceDifference() {
        assertThat(differences("A tour bus overturned on a motorway near Lyon on Monday, killing 12 passengers.",
                "A tour bus overturned on a motorway near Marseille on Monday, killing 12 passengers."))
                .containsExactly(new SlotDifference("place", "place", "Lyon", "Marseille"));
    }

    @Test
    void anotherFirstNameIsAnotherPerson() {
        assertThat(differences("The ferry's captain, Ivan Petrov, was the last to leave the vessel.",
                "The ferry's captain, Dmitri Petrov, was the last to leave the vessel."))
                .containsExactly(new SlotDifference("name", "name", "Ivan Petrov", "Dmitri Petrov"));
    }

    @Test
    void formsOfOneNameAreNoDifference() {
        assertThat(differences("The driver, Paul Marchand, was arrested at the scene.",
                "The driver, Marchand, was arrested at the scene.")).isEmpty();
        assertThat(differences("Investigators from the NTSB arrived on the island.",
                "Investigators from the National Transportation Safety Board arrived on the island.")).isEmpty();
        assertThat(differences("The talks were led by Mr. Clinton in the capital.",
                "The talks were led by President Bill Clinton in the capital.")).isEmpty();
        assertThat(differences("Officials in Britain said the ship was seized.",
                "Officials in British waters said the ship was seized.")).isEmpty();
    }

    @Test
    void aFamiliarOrShortFormOfAGivenNameIsTheSamePerson() {
        assertThat(differences("Mayor William Hart resigned on Monday after a row over the stadium.",
                "Mayor Bill Hart resigned on Monday after a row over the stadium.")).isEmpty();
        assertThat(differences("Deputy leader Katherine Moss will act as mayor until the vote.",
                "Deputy leader Kate Moss will act as mayor until the vote.")).isEmpty();
        assertThat(differences("The singer's father, Joseph, filed a claim against the doctor on Monday.",
                "The singer's father, Joe, filed a claim against the doctor on Monday.")).isEmpty();
        assertThat(differences("The pilot, Daniel Okafor, radioed the tower before the landing.",
                "The pilot, Dan Okafor, radioed the tower before the landing.")).as("a shortening beside the same surname")
                .isEmpty();
        assertThat(differences("The mayor, William Hart, opened the bridge on Friday.",
                "The mayor, Bill, opened the bridge on Friday.")).as("a first name alone").isEmpty();
    }

    @Test
    void anotherGivenNameOrAShorteningBesideAnotherSurnameIsStillAnotherPerson() {
        assertThat(differences("Mayor William Hart resigned on Monday after a row over the stadium.",
                "Mayor Robert Hart resigned on Monday after a row over the stadium."))
                .containsExactly(new SlotDifference("name", "name", "William Hart", "Robert Hart"));
        assertThat(differences("The pilot, Mark Okafor, radioed the tower before the landing.",
                "The pilot, Mary Okafor, radioed the tower before the landing."))
                .containsExactly(new SlotDifference("name", "name", "Mark Okafor", "Mary Okafor"));
        assertThat(differences("The report was written by Jon Mallory for the council.",
                "The report was written by Jones Mallet for the council.")).as("a start with another surname")
                .containsExactly(new SlotDifference("name", "name", "Jon Mallory", "Jones Mallet"));
    }

    @Test
    void theSummaryCitesBothOutletsForAMayorNamedInTwoForms() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("lake", "Lake Herald", "Mayor William Hart resigned on Monday after a row over the new stadium, the council said. "
                        + "The stadium was due to open in 2028."),
                article("valley", "Valley Voice", "Mayor Bill Hart resigned on Monday after a row over the new stadium, the council said. "
                        + "Work on the roof stopped in May.")));
        Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
        AnalyzedSentence lake = story.sentencesOf(0).get(0);
        assertThat(facts.reports(lake)).containsExactly(lake, story.sentencesOf(1).get(0));
        assertThat(facts.disputes(lake)).isEmpty();
    }

    @Test
    void aListInAnotherOrderOrANameElsewhereIsNoDifference() {
        assertThat(differences("Ministers from Britain, France and Germany met on Friday.",
                "Ministers from Britain, Germany and France met on Friday.")).isEmpty();
        assertThat(differences("Rescuers from Lyon reached the bus within an hour.",
                "Rescuers reached the bus near Marseille within an hour.")).isEmpty();
    }

    @Test
    void aCapitalThatOnlyOpensAClauseIsNoName() {
        assertThat(NameSwaps.in("Police said: \"Nobody was hurt,\" after the crash near Lyon."))
                .extracting(NameSwaps.Named::text).containsExactly("Lyon");
        assertThat(differences("Police said the bridge would reopen on Monday.",
                "Officials said the bridge would reopen on Monday.")).isEmpty();
    }

    @Test
    void theSummaryCitesOnlyTheOutletsThatNameThePlaceItShows() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("north", "North Gazette", "A tour bus overturned on a motorway near Lyon on Monday, killing 12 passengers, police said. "
                        + "About 1,000 litres of diesel spilled onto the road."),
                article("east", "East Daily", "A tour bus overturned on a motorway near Marseille on Monday, killing 12 passengers, police said. "
                        + "The bus was carrying 48 people from Geneva to Barcelona."),
                article("west", "West Post", "A tour bus overturned on a motorway near Lyon on Monday, killing 12 passengers, police said. "
                        + "Prefect Anne Roux said the motorway would reopen on Wednesday.")));
        Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
        AnalyzedSentence north = story.sentencesOf(0).get(0);
        assertThat(facts.reports(north)).containsExactly(north, story.sentencesOf(2).get(0));
        assertThat(facts.disputes(north)).singleElement().satisfies(d -> assertThat(d.differences())
                .containsExactly(new SlotDifference("place", "place", "Lyon", "Marseille")));
    }

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2025, 4, 8), text, id + ".txt");
    }
}
