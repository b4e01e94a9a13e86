package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the paraphrase rule reads of a sentence (event verbs, names) and when two sentences are one event. */
class ParaphrasesTest {

    @Test
    void readsEventVerbsAndVerbPhrasesButNotTheEventsNoun() {
        assertThat(Paraphrases.of("Brenner was placed under arrest in Vellby.").events()).containsExactly("arrest");
        assertThat(Paraphrases.of("Police detained Brenner in Vellby.").events()).containsExactly("arrest");
        assertThat(Paraphrases.of("The mayor criticised the arrest of Brenner.").events()).isEmpty();
        assertThat(Paraphrases.of("Three sailors were re-elected to the board.").events()).containsExactly("elect");
    }

    @Test
    void namesAreCapitalisedWordsButNotFunctionOrCalendarWords() {
        assertThat(Paraphrases.of("The captain met Tomas Brenner in Vellby on Friday, Oct. 16.").names())
                .containsExactlyInAnyOrder("tomas", "brenner", "vellby");
    }

    @Test
    void oneEventNeedsOneClassOfVerbAndTheSamePeopleAndPlaces() {
        Paraphrases.Gist arrested = Paraphrases.of("Tomas Brenner was arrested in Vellby.");
        assertThat(Paraphrases.oneEvent(arrested, Paraphrases.of("Police in Vellby detained Tomas Brenner."))).isTrue();
        assertThat(Paraphrases.oneEvent(arrested, Paraphrases.of("Tomas Brenner was injured in Vellby."))).isFalse();
        assertThat(Paraphrases.oneEvent(arrested, Paraphrases.of("Anja Berg was arrested in Vellby."))).isFalse();
        assertThat(Paraphrases.oneEvent(arrested, Paraphrases.of("Tomas Brenner was arrested."))).isTrue();
        assertThat(Paraphrases.oneEvent(arrested, Paraphrases.of("Police arrested Brenner."))).isFalse();
    }

    @Test
    void aSentenceMayAddAnEventButNotTellOfAnother() {
        Paraphrases.Gist arrested = Paraphrases.of("Tomas Brenner was arrested in Vellby.");
        assertThat(Paraphrases.oneEvent(arrested,
                Paraphrases.of("Tomas Brenner was arrested in Vellby and charged with smuggling."))).isTrue();
        assertThat(Paraphrases.oneEvent(Paraphrases.of("Tomas Brenner was arrested in Vellby and released."),
                Paraphrases.of("Tomas Brenner was arrested in Vellby and charged with smuggling."))).isFalse();
    }

    @Test
    void theSameNameUndergoingTheEventIsEnoughButASharedNationalityIsNot() {
        assertThat(Paraphrases.of("The veteran captain Brenner has been arrested at a prosecutor's request.").undergone())
                .containsExactly("arrest brenner");
        assertThat(Paraphrases.oneEvent(Paraphrases.of("The veteran captain Brenner was arrested at a Sandvik prosecutor's request."),
                Paraphrases.of("Brenner was detained in the Vellby clinic."))).isTrue();
        assertThat(Paraphrases.oneEvent(Paraphrases.of("Two Norwegian sailors were arrested in Vellby."),
                Paraphrases.of("A Norwegian pilot was arrested in Sandvik."))).isFalse();
        assertThat(Paraphrases.oneEvent(Paraphrases.of("Brenner was arrested in Vellby."),
                Paraphrases.of("Brenner was injured in Vellby."))).isFalse();
    }

    @Test
    void aPersonWithoutANameUndergoingTheEventInBothIsOneEventGivenAName() {
        Paraphrases.Gist he = Paraphrases.of("He was arrested Oct. 16 at the request of a Sandvik prosecutor.");
        Paraphrases.Gist captain = Paraphrases.of(
                "Harbour police, acting on a warrant from Sandvik prosecutor Ola Dahl, detained the ailing captain in a Vellby clinic.");
        assertThat(he.undergoneByUnnamed()).containsExactly("arrest");
        assertThat(captain.undergoneByUnnamed()).containsExactly("arrest");
        assertThat(Paraphrases.oneEvent(he, captain)).isTrue();
        // no name in common: two arrests, perhaps of two people
        assertThat(Paraphrases.oneEvent(Paraphrases.of("He was arrested Oct. 16 at a prosecutor's request."), captain)).isFalse();
        // a name is no description: the captain Brenner is named, and "they" may be several people
        assertThat(Paraphrases.of("Police detained the captain Brenner.").undergoneByUnnamed()).isEmpty();
        assertThat(Paraphrases.of("They were arrested in Sandvik.").undergoneByUnnamed()).isEmpty();
        // a thing is no person: "the plant was evacuated" and "police evacuated the school" may be two places
        assertThat(Paraphrases.of("The plant was evacuated in Sandvik.").undergoneByUnnamed()).isEmpty();
    }

    @Test
    void anEventOnlySoughtOrHopedForIsNotReported() {
        assertThat(Paraphrases.of("A Sandvik prosecutor is seeking to extradite him.").events()).isEmpty();
        assertThat(Paraphrases.of("His lawyers fought efforts to have him extradited.").events()).isEmpty();
        assertThat(Paraphrases.of("His wife said he is too sick to be extradited.").events()).isEmpty();
        assertThat(Paraphrases.of("The minister hoped Brenner would be extradited to Sandvik.").events()).isEmpty();
        assertThat(Paraphrases.of("Brenner was extradited to Sandvik.").events()).containsExactly("extradite");
        assertThat(Paraphrases.oneEvent(
                Paraphrases.of("Brenner was arrested in Vellby at the request of Sandvik prosecutor Ola Dahl, who seeks to extradite him."),
                Paraphrases.of("As Brenner's lawyers in Vellby fought a Sandvik warrant, efforts began to have him extradited.")))
                .isFalse();
    }
}
