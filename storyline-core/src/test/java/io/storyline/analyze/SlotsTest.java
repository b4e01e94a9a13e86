package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotsTest {

    private static java.util.List<SlotDifference> differences(String a, String b) {
        return Slots.of(a).differences(Slots.of(b));
    }

    @Test
    void aCountOfTheSameThingThatNoRoundingReconcilesDiffers() {
        assertThat(differences("The fire killed three workers on Tuesday.", "The fire killed five workers on Tuesday."))
                .containsExactly(new SlotDifference("number", "worker", "three workers", "five workers"));
        assertThat(differences("About 80 firefighters fought the blaze.", "About 120 firefighters fought the blaze."))
                .extracting(SlotDifference::slot).containsExactly("firefighter");
        assertThat(differences("to raise the fare to four dollars", "to raise the fare to five dollars"))
                .extracting(SlotDifference::slot).containsExactly("amount (dollar)");
        assertThat(differences("It passed with six votes.", "It passed with nine votes."))
                .extracting(SlotDifference::slot).containsExactly("vote");
    }

    @Test
    void aValueBothGiveCannotAlsoExcuseANearOne() {
        assertThat(differences("100 per cent accuracy for hiv, and 98 per cent for hepatitis c",
                "100 per cent accuracy for hiv, and 44 per cent for hepatitis c")).extracting(SlotDifference::slot)
                .containsExactly("percent");
        assertThat(differences("100 per cent for hiv, 98 per cent for hepatitis", "98 per cent for hepatitis")).isEmpty();
    }

    @Test
    void howLongAgoIsNotHowLong() {
        assertThat(differences("Toward the end of Hrawi's nine years in office, Hariri had a free hand.",
                "Hariri has had a free hand since he became premier six years ago under Hrawi.")).isEmpty();
        assertThat(differences("he became premier six years ago", "he became premier nine years ago"))
                .extracting(SlotDifference::slot).containsExactly("time ago");
    }

    @Test
    void roundingHedgesAndUnitsAreNoDifference() {
        assertThat(differences("About 80 firefighters fought the blaze.", "82 firefighters fought the blaze.")).isEmpty();
        assertThat(differences("about 1,000 people marched", "1,012 people marched")).isEmpty();
        assertThat(differences("a 140-metre ship", "a 459-foot ship")).isEmpty();
        assertThat(differences("at least 30 people died", "38 people died")).isEmpty();
    }

    @Test
    void weekdaysDatesClockTimesAndTalliesDiffer() {
        assertThat(differences("The council met on Tuesday.", "The council met on Wednesday."))
                .containsExactly(new SlotDifference("day", "day", "Tuesday", "Wednesday"));
        assertThat(differences("He was arrested on Oct. 16 in London.", "He was arrested on October 17 in London."))
                .containsExactly(new SlotDifference("date", "date", "October 16", "October 17"));
        assertThat(differences("The ship hit the bridge at 11:40 p.m.", "The ship hit the bridge at 3:15 a.m."))
                .extracting(SlotDifference::kind).containsExactly("time");
        assertThat(differences("The council voted 7 to 2 on Friday.", "The council voted 6-3 on Friday."))
                .extracting(SlotDifference::kind).containsExactly("vote");
    }

    @Test
    void aClockTimeWrittenWithASpaceAfterTheColonIsOneTime() {
        assertThat(TimeOfDay.in("walked in at about 10: 30 a.m.")).extracting(TimeOfDay::minutes).containsExactly(630);
        assertThat(differences("the shots at 11: 46 a.m.", "the shots at 3: 46 a.m.")).extracting(SlotDifference::kind)
                .containsExactly("time");
    }

    @Test
    void weekdaysThatEachStatementGivesAndTheOtherDoesNotDiffer() {
        assertThat(differences("a postponement early Thursday, the launch at 3:36 Friday morning",
                "a postponement early Sunday, the launch at 3:36 Friday morning"))
                .containsExactly(new SlotDifference("day", "day", "Thursday", "Sunday"));
    }

    @Test
    void aTimeEachStatementGivesAndTheOtherCannotBeDiffers() {
        assertThat(differences("audio from 1:35 p.m. - 2:05 p.m.", "audio from 6:35 p.m. - 2:05 p.m."))
                .containsExactly(new SlotDifference("time", "time", "1:35 p.m.", "6:35 p.m."));
        assertThat(differences("audio from 1:35 p.m. - 2:05 p.m.", "audio until 2:05 p.m.")).isEmpty();
    }

    @Test
    void moneyWrittenWithASpaceAfterTheSign() {
        assertThat(differences("a $ 5 million grant", "a $ 13 million grant")).extracting(SlotDifference::slot)
                .containsExactly("amount ($)");
    }

    @Test
    void nearClockTimesGivenRoughlyAgree() {
        assertThat(differences("at about 11:40 p.m.", "at 11:50 p.m.")).isEmpty();
        assertThat(differences("at 11:40 p.m.", "at 11:50 p.m.")).hasSize(1);
    }

    @Test
    void aSlotOnlyOneStatementFillsIsNoDifference() {
        assertThat(differences("The fire killed three workers on Tuesday.", "The fire killed three workers.")).isEmpty();
        assertThat(differences("The council met on Tuesday and Wednesday.", "The council met on Wednesday.")).isEmpty();
    }

    @Test
    void aNegatedStatementDiffersFromItsAffirmation() {
        assertThat(differences("The bridge will reopen on Monday.", "The bridge will not reopen on Monday."))
                .extracting(SlotDifference::kind).containsExactly("negation");
        assertThat(differences("It did not reopen.", "It didn't reopen.")).isEmpty();
    }
}
