package io.storyline.compare;

import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Conflict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values stated of different things are no disagreement, each beside the real disagreement it must
 * not hide (the kinds of false alarm read in `compare`'s output on Timeline17 and Multi-News, with
 * sentences written for the test): two predicates over one noun, the ages of two people, a reporting
 * day against an event's day, a plan against a deed, live-page entries of two times, and a page's
 * fused heading.
 */
class StatedOfTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static List<Conflict> conflicts(String first, String second) {
        return OutletComparison.compare(List.of(
                article("a", "Northern Wire", first + " The airport remains open to charter flights."),
                article("b", "Valley Courier", second + " Roads to the northern border were closed by snow."))).conflicts();
    }

    @Test
    void theVerbsBesideAValueAreWhatItIsStatedOf() {
        assertThat(StatedOf.predicates("The embassy says there are more than 8,000 Norwegians in Kestria.",
                "more than 8,000 Norwegians")).containsExactly("be");
        assertThat(StatedOf.predicates("A total of 140 Norwegians have left Kestria on two flights.", "140 Norwegians"))
                .containsExactly("left");
        assertThat(StatedOf.predicates("Police said 15 people were dead.", "15 people"))
                .as("a copula before an event word is the event").contains("kill");
        assertThat(StatedOf.predicates("The ministry said it hopes to fly out another 300 people.", "300 people"))
                .containsExactly("intend");
        assertThat(StatedOf.predicates("Ms Reyes said in her Monday night address from the Governor's Office.", "Monday"))
                .as("a possessive 's is no verb").containsExactly("say");
        assertThat(StatedOf.predicates("And 1.2 million barrels a day flow through the pipeline.", "1.2 million barrels"))
                .as("a present-tense verb is not read").isEmpty();
        assertThat(StatedOf.differentThings("And 1.2 million barrels a day flow through it.", "1.2 million barrels",
                "The pipeline has carried 1.8 million barrels a day.", "1.8 million barrels"))
                .as("an unread predicate says nothing against the other").isFalse();
    }

    /** Whether the comparison's filter keeps a conflict between the two sentences' values. */
    private static boolean kept(String kind, String first, String value, String second, String otherValue) {
        Conflict conflict = new Conflict(kind, kind, value, new Citation(1, 0, first), otherValue,
                new Citation(2, 0, second));
        return !OutletComparison.notBetweenOutlets(conflict);
    }

    @Test
    void aCountOfPeopleInAPlaceIsNotACountOfPeopleWhoLeftIt() {
        String left = "A total of 140 Norwegians have departed Kestria on two flights, according to the ministry.";
        assertThat(kept("number", "The ministry says there are more than 8,000 Norwegians in Kestria.",
                "more than 8,000 Norwegians", left, "140 Norwegians"))
                .as("those in the country against those who left it").isFalse();
        assertThat(kept("number", "A total of 190 Norwegians have departed Kestria on two flights, according to the ministry.",
                "190 Norwegians", left, "140 Norwegians")).isTrue();
    }

    @Test
    void thePortDestroyedIsNotThePortsCapacity() {
        String destroyed = "The harbour board says 40% of the port was destroyed by the storm, but one pier can take cargo.";
        assertThat(kept("number", destroyed, "40%",
                "One pier can take cargo, but the port will be running at only 15% capacity.", "15%"))
                .as("a share destroyed against a share of capacity").isFalse();
        assertThat(kept("number", destroyed, "40%",
                "The harbour board says 70% of the port was destroyed by the storm.", "70%")).isTrue();
    }

    @Test
    void theAgesOfTwoUnnamedPeopleAreTwoAges() {
        String victim = "Marchers carried photos of the 27-year-old Tunisian man beaten to death by police in Valdena last summer, a case that started the protests.";
        String organiser = "The 31-year-old Tunisian engineer administered the page that started the protests in Valdena last summer.";
        assertThat(kept("number", victim, "27-year-old", organiser, "31-year-old"))
                .as("the victim's age against the organiser's").isFalse();
        assertThat(conflicts(victim, organiser)).as("as `compare` runs it: a nationality names no one").isEmpty();
        assertThat(conflicts(victim, victim.replace("27-year-old", "29-year-old")))
                .as("one sentence with its age changed").extracting(Conflict::kind).contains("number");
        assertThat(kept("number", victim, "27-year-old",
                "Marchers carried photos of the 29-year-old Tunisian man beaten to death by police.", "29-year-old")).isTrue();
    }

    @Test
    void theDaySomeoneSpokeIsNotTheDayADeathWasConfirmed() {
        String spoke = "Dr Dana Reyes of the Valdena Fever Centre said on Monday: \"We expect to see deaths.\"";
        assertThat(kept("day", spoke, "Monday",
                "The cause of death was confirmed on Tuesday by Dr Dana Reyes, head of the Valdena Fever Centre.", "Tuesday"))
                .as("a reporting day against the day of the confirmation").isFalse();
        assertThat(kept("day", spoke, "Monday",
                "Dr Dana Reyes of the Valdena Fever Centre said on Thursday: \"We expect to see deaths.\"", "Thursday"))
                .as("two days of one act of saying").isTrue();
        assertThat(kept("day", "Ms Reyes said in her Monday night address that the centre would close.", "Monday",
                "She said she would meet the centre's board later on Tuesday.", "Tuesday"))
                .as("the day of a speech against the day of a meeting").isFalse();
    }

    @Test
    void aPlanIsNotADeed() {
        String deed = "The ministry said it had evacuated more than 900 people from Valdena by evening.";
        assertThat(kept("number", "The ministry said it hopes to evacuate another 300 people before the end of the day.",
                "300 people", deed, "more than 900 people"))
                .as("people it hopes to fly out against people flown out").isFalse();
        assertThat(kept("number", "The ministry said it had evacuated more than 400 people from Valdena by evening.",
                "more than 400 people", deed, "more than 900 people")).isTrue();
    }

    @Test
    void liveEntriesStampedAtTwoTimesAreUpdates() {
        String later = "(Update 10:37 p.m. Valdena, 3:37 p.m. ET) The Norwegian Foreign Ministry says about 1,600 Norwegians "
                + "have been evacuated from Kestria aboard flights since the fighting began, and more are expected to leave.";
        assertThat(conflicts("(Update 9:08 p.m. Valdena, 2:08 p.m. ET) More than 500 Norwegians have been evacuated from "
                + "Kestria aboard five flights since the fighting began, the Norwegian Foreign Ministry said Monday.", later))
                .as("a running total at two times of the day").isEmpty();
        assertThat(kept("number", "(Update 10:37 p.m. Valdena) About 700 Norwegians have been evacuated from Kestria.",
                "About 700 Norwegians", "(Update 10:37 p.m. Valdena) About 1,600 Norwegians have been evacuated from Kestria.",
                "About 1,600 Norwegians")).as("one entry's time, two totals").isTrue();
        assertThat(PageStamps.entryStamp("(Update 9:10 p.m. Valdena) More than 400 left.")).isEqualTo("update9:10p.m.valdena");
        assertThat(PageStamps.entryStamp("More than 400 left at 9:10 p.m.")).isNull();
    }

    @Test
    void aHeadingsDateIsThePagesNotTheNews() {
        assertThat(conflicts(
                "Storm diary: Your photos Friday 15 March Up to 2,000 soldiers will be on the ground or off the coast of Valdena by Monday to help with the relief effort, officials say.",
                "Storm diary: Your photos Thursday 14 March Up to 2,000 soldiers will be on the ground or off the coast of Valdena by Monday to help with the relief effort, officials have said."))
                .as("the two headings' days and dates").isEmpty();
        assertThat(PageStamps.stamped("day", "Friday", "Storm diary: Your photos Friday 15 March Up to 2,000 soldiers")).isTrue();
        assertThat(PageStamps.stamped("date", "March 15", "Storm diary: Your photos Friday 15 March Up to 2,000 soldiers")).isTrue();
        assertThat(PageStamps.stamped("day", "Friday", "Troops arrived on Friday 15 March After the storm ..."))
                .as("a date bound by 'on' is the news's").isFalse();
        assertThat(PageStamps.stamped("day", "Friday", "Troops arrived Friday 15 March in the storm ..."))
                .as("a date run into no capitalised word").isFalse();
    }
}
