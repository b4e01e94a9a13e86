package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PronounOpeningTest {

    private static boolean opensOnPronoun(String sentence) {
        return TimelineBuilder.PRONOUN_OPENING.matcher(sentence).lookingAt();
    }

    @Test
    void aSentenceLeaningOnAnEarlierOneIsRecognised() {
        assertThat(opensOnPronoun("He said two of his clients had asked to divert shipments.")).isTrue();
        assertThat(opensOnPronoun("They reopened the tunnel on Friday.")).isTrue();
        assertThat(opensOnPronoun("\u201cIt is far too early,\u201d Raman said.")).isTrue();
        assertThat(opensOnPronoun("This was the third closure in a year.")).isTrue();
    }

    @Test
    void namesAndWordsThatMerelyStartLikeAPronounAreNot() {
        assertThat(opensOnPronoun("Helen Dubois said her trade had halved.")).isFalse();
        assertThat(opensOnPronoun("Theirry Vance, the harbour master, closed the channel.")).isFalse();
        assertThat(opensOnPronoun("Itzel Ramos led the divers.")).isFalse();
        assertThat(opensOnPronoun("The port authority shut the channel.")).isFalse();
        assertThat(opensOnPronoun("Six cargo ships were waiting at anchor.")).isFalse();
    }
}
