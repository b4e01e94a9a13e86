package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The verbs of what a sentence itself reports, read without a parser. */
class MainVerbsTest {

    @Test
    void verbGroupsOpenedByAnAuxiliaryAreMainVerbs() {
        assertThat(MainVerbs.of("The team had recovered the recorder and would examine the gear.").main())
                .containsExactlyInAnyOrder("recov", "examin");
        assertThat(MainVerbs.of("The board was sending a team.").main()).containsExactly("send");
    }

    @Test
    void irregularParticiplesAreVerbsAndAWordAfterAnArticleIsANoun() {
        assertThat(MainVerbs.of("The fever has spread to four provinces.").main()).containsExactly("spread");
        assertThat(MainVerbs.of("Rebels have fought the army for a week.").main()).containsExactly("fought");
        assertThat(MainVerbs.verbal("Orlen moved to slow the spread of the fever.")).doesNotContain("spread");
        assertThat(MainVerbs.verbal("The fever spread to four provinces.")).contains("spread");
    }

    @Test
    void verbsOfSayingInfinitivesAndBackgroundClausesAreNot() {
        assertThat(MainVerbs.of("The board said it was sending a team, led by an inspector, to examine the gear "
                + "after the ship struck the pier.").main()).containsExactly("send");
    }

    @Test
    void whatAVerbOfSayingIntroducesIsAClauseOfItsOwnWithOrWithoutThat() {
        assertThat(MainVerbs.of("Probert said Halliburton completed the work on the well.").main()).containsExactly("finish");
        assertThat(MainVerbs.of("Probert has said Halliburton completed the work on the well.").main()).containsExactly("finish");
        assertThat(MainVerbs.of("Probert said that Halliburton completed the work on the well.").main()).containsExactly("finish");
        // a second bare past form of one clause that says nothing is still a reduced relative
        assertThat(MainVerbs.of("The crew finished the software needed by the pilots.").main()).containsExactly("finish");
    }

    @Test
    void oneEventClassStandsForItsVerbs() {
        assertThat(MainVerbs.of("The captain was detained on Friday.").main()).containsExactly("arrest");
        assertThat(MainVerbs.of("Police arrested the captain on Friday.").main()).containsExactly("arrest");
    }

    @Test
    void shortRegularPastFormsAreVerbsToo() {
        assertThat(MainVerbs.of("Northwind Air sued Harlow Freight over the crash.").main()).containsExactly("sue");
        assertThat(MainVerbs.of("The pilot died in hospital on Friday.").main()).containsExactly("kill");
        assertThat(MainVerbs.of("The crew shed their coats.").main()).isEmpty();
    }

    @Test
    void theVerbOfAVerbGroupIsAWordOfTheSentenceToo() {
        assertThat(MainVerbs.of("The pier was closed to traffic.").anywhere()).contains("close", "be");
    }

    @Test
    void aCopulaIsBeAndAdjectivesOrCompoundsAreNoVerbs() {
        assertThat(MainVerbs.of("The needle-nosed jet was the fastest of its kind.").main()).containsExactly("be");
        assertThat(MainVerbs.of("The damaged pier was one hundred years old.").main()).containsExactly("be");
    }

    @Test
    void aSentenceWithoutARecognisedVerbSaysNothingAgainstAnother() {
        MainVerbs.Verbs none = MainVerbs.of("The mayor needs more money for the bridge.");
        assertThat(none.main()).isEmpty();
        assertThat(MainVerbs.differ(none, MainVerbs.of("The council approved more money for the bridge."))).isFalse();
    }

    @Test
    void differingMainVerbsDifferUnlessOneSentenceCarriesTheOthers() {
        MainVerbs.Verbs identified = MainVerbs.of("The victims were identified by their bodyguard, who was with them when they were abducted.");
        MainVerbs.Verbs abducted = MainVerbs.of("The victims had been abducted by gunmen.");
        MainVerbs.Verbs appealed = MainVerbs.of("Prosecutors have appealed the ruling.");
        assertThat(MainVerbs.differ(identified, abducted)).isFalse();
        assertThat(MainVerbs.differ(appealed, abducted)).isTrue();
    }

    @Test
    void verbsThatReportOneHappeningInOtherWordsAreOneMainVerb() {
        MainVerbs.Verbs opened = MainVerbs.of("The fishing season in the bay opened last week.");
        MainVerbs.Verbs started = MainVerbs.of("The bay's fishing season started last week.");
        assertThat(opened.main()).containsExactly("begin");
        assertThat(MainVerbs.differ(opened, started)).isFalse();
        assertThat(MainVerbs.differ(opened, MainVerbs.of("The bay's fishing season ended last week."))).isTrue();
        assertThat(MainVerbs.differ(MainVerbs.of("The crew finished the repairs."),
                MainVerbs.of("The crew completed the repairs."))).isFalse();
    }

    @Test
    void mainVerbsAgreeOnlyWhenBothAreKnownAndDoNotDiffer() {
        MainVerbs.Verbs collapsed = MainVerbs.of("The coalition collapsed last month over a bank sale.");
        assertThat(MainVerbs.agree(collapsed, MainVerbs.of("The coalition had collapsed in November."))).isTrue();
        assertThat(MainVerbs.agree(collapsed, MainVerbs.of("The coalition had resigned in November."))).isFalse();
        // a sentence whose verbs all stand in a background clause says nothing for one happening
        assertThat(MainVerbs.agree(collapsed,
                MainVerbs.of("Traders who watched the coalition spent the night waiting as the bank sale collapsed."))).isFalse();
    }
}
