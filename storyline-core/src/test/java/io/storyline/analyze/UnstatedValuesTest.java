package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A day of saying and a value in a condition are not stated of the event. */
class UnstatedValuesTest {

    @Test
    void aDayJustAfterAVerbOfSayingIsTheDayItWasSaid() {
        assertThat(UnstatedValues.unstated("The mayor said in her Tuesday night address that the pier would reopen.", "day", "Tuesday"))
                .isTrue();
        assertThat(UnstatedValues.unstated("Ferry workers said Monday that they would strike.", "day", "Monday")).isTrue();
        assertThat(UnstatedValues.unstated("The pier was closed on Tuesday, the mayor said.", "day", "Tuesday")).isFalse();
        // other words between the verb and the day: the day is the event's
        assertThat(UnstatedValues.unstated("The mayor said the pier closed Tuesday.", "day", "Tuesday")).isFalse();
        // only days are read so: a count after "said" is what was said
        assertThat(UnstatedValues.unstated("Police said 12 people were hurt.", "number", "12 people")).isFalse();
    }

    @Test
    void aValueInsideAConditionIsSupposed() {
        assertThat(UnstatedValues.unstated("So if the council moves the vote to Friday, the ferry line may sue.", "day", "Friday"))
                .isTrue();
        assertThat(UnstatedValues.unstated("The council moved the vote to Friday, if reports are right.", "day", "Friday"))
                .isFalse();
    }

    @Test
    void aValueStatedOnceAndSupposedOnceIsStated() {
        assertThat(UnstatedValues.unstated("The vote is on Friday; if it slips past Friday, the line will sue.", "day", "Friday"))
                .isFalse();
        assertThat(UnstatedValues.unstated("The vote is on Friday.", "day", "Thursday")).isFalse();
    }

    @Test
    void eitherSideMaySetTheDifferenceAside() {
        SlotDifference days = new SlotDifference("day", "day", "Tuesday", "Wednesday");
        assertThat(UnstatedValues.either("The mayor said in her Tuesday address that she would meet the board.",
                "The mayor will meet the board on Wednesday.", days)).isTrue();
        assertThat(UnstatedValues.either("The mayor met the board on Tuesday.", "The mayor met the board on Wednesday.", days))
                .isFalse();
        // two days of saying disagree on when it was said
        assertThat(UnstatedValues.either("The mayor said Tuesday that she would meet the board.",
                "The mayor said Wednesday that she would meet the board.", days)).isFalse();
    }
}
