package io.storyline.compare;

import io.storyline.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The typing rules one by one, on invented sentences: each name found with its type. */
class NameRulesTest {

    private static List<String> names(String sentence, String... story) {
        List<String> texts = new java.util.ArrayList<>(List.of(story));
        texts.add(sentence);
        return new NameFinder(new Capitals(texts)).find(sentence).stream()
                .filter(n -> !n.roleOnly()).map(n -> n.text() + "/" + n.type()).toList();
    }

    @Test
    void aPersonOfAnOrganisationOrPlaceIsTwoNames() {
        assertThat(names("The core was drawn by Geoffrey Pell of Northgate University last year."))
                .containsExactly("Geoffrey Pell/" + EntityType.PERSON, "Northgate University/" + EntityType.ORGANISATION);
        assertThat(names("The pilots, Bertil Sandor of Switzerland and Owen Tarrant of England, landed."))
                .containsExactly("Bertil Sandor/PERSON", "Switzerland/PLACE", "Owen Tarrant/PERSON", "England/PLACE");
    }

    @Test
    void namesMadeWithOfStayWhole() {
        assertThat(names("Officials from the Ministry of Transport met on Monday.")).containsExactly("Ministry of Transport/ORGANISATION");
        assertThat(names("Shares of the Royal Bank of Scotland fell.")).containsExactly("Royal Bank of Scotland/ORGANISATION");
        assertThat(names("The chairman of the Joint Chiefs of Staff spoke.")).containsExactly("Joint Chiefs of Staff/ORGANISATION");
    }

    @Test
    void riversRegionsAndStripsArePlaces() {
        assertThat(names("Farms along the Kessa, Morr and Ulden rivers were flooded."))
                .containsExactly("Kessa/PLACE", "Morr/PLACE", "Ulden/PLACE");
        assertThat(names("Police in the Tarvik Autonomous Region seized 40 guns.")).containsExactly("Tarvik Autonomous Region/PLACE");
        assertThat(names("Settlers moved into the West Bank and the Harrow Strip.")).containsExactly("West Bank/PLACE", "Harrow Strip/PLACE");
    }

    @Test
    void aNameFollowedByABareTitleIsAPerson() {
        assertThat(names("Marek Tolle, editor of the Gazette, disagreed.")).contains("Marek Tolle/PERSON");
        assertThat(names("Farouk Nasri, Palestinian Minister for Water, said so.")).contains("Farouk Nasri/PERSON");
        assertThat(names("Cyclists were stranded, and Odile Varga, who rides to work, was angry.")).contains("Odile Varga/PERSON");
    }

    @Test
    void partyMembersAndCommonNounsOpeningASentenceAreNotNames() {
        assertThat(names("Republicans said the bill would fail.")).isEmpty();
        assertThat(names("Researchers said the spiders ate the nectar.", "The researchers found more spiders.")).isEmpty();
        assertThat(names("Insurers said a third of the farms were covered.")).isEmpty();
        assertThat(names("Police said the driver was arrested.")).isEmpty();
        assertThat(names("Reyes said the road would reopen.", "Mayor Ana Reyes closed the road."))
                .as("a surname the story writes inside a sentence is a name").containsExactly("Reyes/PERSON");
    }

    @Test
    void aCommonNounOpeningASentenceBeforeANameIsNotPartOfIt() {
        assertThat(names("Challenger Nils Aho conceded on Sunday.", "The count went to challenger Nils Aho by 40 votes."))
                .containsExactly("Nils Aho/PERSON");
        assertThat(names("New Harbour voted on Sunday.", "Turnout in New Harbour was low.", "A new count was ordered."))
                .as("written capitalised inside a sentence too: part of the name").containsExactly("New Harbour/PLACE");
        assertThat(names("Foreign Minister Lena Brandt resigned.", "The foreign minister left before dawn."))
                .as("a title's words stay with the name").containsExactly("Lena Brandt/PERSON");
    }

    @Test
    void theWordAfterADatelineOpensTheSentence() {
        // a dateline left on the sentence ("PARIS _ ", "GONESSE, France -- "): the next word is capitalised
        // because the sentence starts there
        assertThat(names("KESSLOW _ Standing on the quay, the harbour master counted the ferries.",
                "Standing orders were read."))
                .noneMatch(n -> n.startsWith("Standing"));
        assertThat(names("MARLOW BAY, Arland _ In the aftermath of the crash, pilots met Tarn Air officials."))
                .noneMatch(n -> n.startsWith("In")).anyMatch(n -> n.startsWith("Tarn Air/"));
    }

    @Test
    void aLoneCapitalisedFunctionWordNamesNothing() {
        assertThat(names("The question was simple: A ferry or a bridge for Kesslow?")).containsExactly("Kesslow/OTHER");
        assertThat(names("Officials in the US and the WHO said so.")).contains("US/PLACE");
        // split off before a title, it is still no name
        assertThat(names("It was frozen in a stunning image: To Prof. Arno Lewis, the crash was a turning point."))
                .containsExactly("Arno Lewis/PERSON");
    }

    @Test
    void aNameWithAnArticleIsNoPersonWhateverItDoes() {
        // "reported" would make a person of a bare name; people's names take no article
        assertThat(names("The container vessel Kestrel Dawn reported a steering failure.")).containsExactly("Kestrel Dawn/OTHER");
        assertThat(names("Marek Tolle reported a steering failure.")).containsExactly("Marek Tolle/PERSON");
    }

    @Test
    void theEndOfAJourneyFromAPlaceIsAPlace() {
        assertThat(names("The bus was carrying 48 people from Kessel to Marrowby.")).containsExactly("Kessel/PLACE", "Marrowby/PLACE");
    }
}
