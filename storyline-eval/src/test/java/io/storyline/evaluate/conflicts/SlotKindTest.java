package io.storyline.evaluate.conflicts;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SlotKindTest {

    private static Optional<String> change(SlotKind kind, String sentence) {
        return kind.change(sentence);
    }

    @Test
    void eachKindChangesItsValueFarBeyondRounding() {
        assertThat(change(SlotKind.PEOPLE, "The blast killed three workers.")).contains("The blast killed nine workers.");
        assertThat(change(SlotKind.PEOPLE, "About 1,200 people fled.")).contains("About 2,403 people fled.");
        assertThat(change(SlotKind.MONEY, "a $2.5 million grant")).contains("a $7.5 million grant");
        assertThat(change(SlotKind.DISTANCE, "a 140-metre ship")).contains("a 283-metre ship");
        assertThat(change(SlotKind.PERCENT, "turnout was 45 percent")).contains("turnout was 17 percent");
        assertThat(change(SlotKind.PERCENT, "up 12%")).contains("up 29%");
        assertThat(change(SlotKind.VOTES, "The council voted 7 to 2 on Friday.")).contains("The council voted 17 to 2 on Friday.");
        assertThat(change(SlotKind.VOTES, "He won 540 votes.")).contains("He won 1083 votes.");
        assertThat(change(SlotKind.AGE, "The 82-year-old general")).contains("The 54-year-old general");
        assertThat(change(SlotKind.AGE, "Qin, 44, was tried.")).contains("Qin, 65, was tried.");
        assertThat(change(SlotKind.AGE, "a 700-year-old statue")).contains("a 466-year-old statue");
        assertThat(change(SlotKind.WEEKDAY, "He resigned on Friday.")).contains("He resigned on Monday.");
        assertThat(change(SlotKind.DATE, "arrested on Oct. 16 in London")).contains("arrested on Oct. 5 in London");
        assertThat(change(SlotKind.TIME, "at 11:40 p.m. on Tuesday")).contains("at 4:40 p.m. on Tuesday");
        assertThat(change(SlotKind.TIME, "at about 10: 30 a.m.")).contains("at about 3: 30 a.m.");
    }

    @Test
    void aConversionInParenthesesChangesWithTheDistance() {
        assertThat(change(SlotKind.DISTANCE, "cities 500 kilometers (300 miles) apart"))
                .contains("cities 1003 kilometers (602 miles) apart");
    }

    @Test
    void theDigitsAfterADecimalPointAreNotANumberOfTheirOwn() {
        assertThat(change(SlotKind.PEOPLE, "sold land to about 3.7 million people")).isEmpty();
        assertThat(change(SlotKind.TIME, "the blast happened around 5.30 am")).contains("the blast happened around 10.30 am");
    }

    @Test
    void sentencesWithoutOneClearValueOfTheKindAreNotChanged() {
        assertThat(change(SlotKind.MONEY, "bail was raised from $250,000 to $500,000")).isEmpty();
        assertThat(change(SlotKind.AGE, "most aged 13 to 18")).isEmpty();
        assertThat(change(SlotKind.DISTANCE, "measuring 7 to 10 feet")).isEmpty();
        assertThat(change(SlotKind.DISTANCE, "by nearly 0.6 miles ( 1 kilometer ) since 1860")).isEmpty();
        assertThat(change(SlotKind.WEEKDAY, "Nothing happened.")).isEmpty();
    }
}
