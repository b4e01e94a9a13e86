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
}
