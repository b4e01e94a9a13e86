package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outlet is cited for a sentence only when its report holds what the sentence itself reports: not
 * when the two share only a background clause, nor when the report tells half of the sentence.
 */
class BackingTest {

    private static final String SHOWN = "On Sunday investigators held a long interview with the harbour pilot, "
            + "Ada Ferrow, who was on the bridge when the ship struck the pier.";

    @Test
    void aSharedBackgroundClauseBacksNothing() {
        String family = "Her brother said the family wanted answers from the harbour pilot, Ada Ferrow, "
                + "who was on the bridge when the ship struck the pier.";
        assertThat(Backing.backs(family, SHOWN)).isFalse();
    }

    @Test
    void theSameReportInOtherWordsBacksIt() {
        String paraphrase = "Investigators said they had held a long interview with the pilot, Ada Ferrow, "
                + "who was on the bridge at the time.";
        assertThat(Backing.backs(paraphrase, SHOWN)).isTrue();
    }

    @Test
    void halfASentenceBacksTheHalfNotTheWhole() {
        String whole = "Two weeks of storms flooded the valley's orchards and vineyards, forcing growers to "
                + "borrow money from the regional bank to pay their pickers.";
        String half = "Two weeks of storms flooded the valley's orchards and vineyards, already weakened by "
                + "a dry spring.";
        assertThat(Backing.backs(half, whole)).isFalse();
        assertThat(Backing.backs(whole, "Two weeks of storms flooded the valley's orchards and vineyards.")).isTrue();
    }

    @Test
    void newsInABackgroundClauseMustBeHeldToo() {
        String shown = "The dredger Marlow Star sank on Thursday, two days after it ran aground and caught fire "
                + "while it was clearing the channel about 12 miles north of the harbour mouth.";
        assertThat(Backing.backs("Fuel is leaking into the bay a week after the dredger ran aground and sank.", shown))
                .isFalse();
        assertThat(Backing.backs("The dredger sank on Thursday, two days after it ran aground and caught fire while "
                + "clearing the channel 12 miles north of the harbour mouth.", shown)).isTrue();
    }

    @Test
    void anEventNamedOnlyAsANounIsNotTold() {
        // "has spread" is the event; "to slow the spread of" names it without saying it spread there
        String shown = "Marsh fever has spread from Orlen to several provinces across the country.";
        assertThat(Backing.backs("Orlen closes its markets in a bid to slow the spread of marsh fever across the "
                + "province and the country.", shown)).isFalse();
        assertThat(Backing.backs("Marsh fever first appeared in Orlen and has since spread to several provinces "
                + "across the country.", shown)).isTrue();
    }

    @Test
    void aKnownEventVerbMeetsItsSynonym() {
        assertThat(Backing.backs("Police detained the ferry's captain in Northquay on Friday.",
                "The ferry's captain was arrested in Northquay on Friday.")).isTrue();
    }

    @Test
    void aSentenceOfOnlyNamesAndDatesKeepsItsReport() {
        assertThat(Backing.foreground("He said so on Friday.")).isEmpty();
        assertThat(Backing.backs("Nothing in common here at all.", "He said so on Friday.")).isTrue();
        // one word of content is a claim: the report must hold it
        assertThat(Backing.backs("Nothing in common here at all.", "Ferrow said so on Friday.")).isFalse();
    }

    @Test
    void aShortLineMustBeHeldWhole() {
        // three of four words shared by two lines of a broadcast: each says something else
        assertThat(Backing.backs("It's 15 minutes past the hour.", "Well, it is about 16 minutes past the hour."))
                .isFalse();
        assertThat(Backing.backs("Check out a sneak peek of the new ads.", "The new ads are an event of their own."))
                .isFalse();
        assertThat(Backing.backs("Rescuers said many people remain trapped beneath the rubble of the market.",
                "Many more remain trapped beneath rubble.")).isTrue();
        // a shared name or figure ties two short reports to one happening: the share is enough
        assertThat(Backing.backs("Marek Hollis spent 12 years in jail, much of it alone.",
                "Marek Hollis spent 12 years in prison.")).isTrue();
        assertThat(Backing.backs("Rescuers spent hours in the prison yard.", "Many more spent years in prison."))
                .isFalse();
        // a claim of one or two words beside a shared name needs one of them
        assertThat(Backing.backs("The Harbour Board does not recognize the port's claim.",
                "The Harbour Board does not recognize Tidewater rule.")).isTrue();
        assertThat(Backing.backs("Ada Ferrow called for calm.", "Ada Ferrow said: \"This is wrong.\"")).isFalse();
        // a claim of five words may miss one
        assertThat(Backing.backs("Protesters torched and ransacked the ruling party's headquarters in the capital.",
                "The ruling party's headquarters was ransacked and torched overnight.")).isTrue();
        assertThat(Backing.backs("The ruling party's headquarters was guarded overnight.",
                "The ruling party's headquarters was ransacked and torched overnight.")).isFalse();
    }

    @Test
    void aSummaryCitesOnlyTheOutletsThatBackItsSentence() {
        List<Article> articles = List.of(
                new Article("a", "Harbour Herald", null, null, null, SHOWN + "\nThe pier was closed to traffic.\n", "a.txt"),
                new Article("b", "Coast Wire", null, null, null, "Her brother said the family wanted answers from "
                        + "the harbour pilot, Ada Ferrow, who was on the bridge when the ship struck the pier.\n"
                        + "The pier was closed to traffic.\n", "b.txt"));
        StoryAnalysis story = StoryAnalysis.of(articles);
        Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
        AnalyzedSentence shown = story.sentences().stream().filter(s -> s.text().startsWith("On Sunday")).findFirst()
                .orElseThrow();
        assertThat(facts.reportsElsewhere(shown)).isEmpty();
        AnalyzedSentence closed = story.sentences().get(1);
        assertThat(facts.reportsElsewhere(closed)).extracting(AnalyzedSentence::text)
                .containsExactly("The pier was closed to traffic.");
    }

    @Test
    void aReportOfAnotherEventWithTheSameNamesBacksNothing() {
        // "Air" opens the sentence but is part of a name, and "crash" is only what the suit is about: the report
        // of the crash does not tell that anyone sued
        String shown = "Northwind Air sued Harlow Freight over the ferry crash.";
        assertThat(Backing.backs("A Northwind Air ferry plane crashed near the harbour, and the crash closed the "
                + "runway.", shown)).isFalse();
        assertThat(Backing.backs("Northwind Air said Wednesday it had sued Harlow Freight, blaming the ferry crash "
                + "on a strip of metal.", shown)).isTrue();
    }

    @Test
    void theMainEventMayStandInTheReportsOwnClause() {
        // the report tells the shown sentence's event in a clause of its own: it holds the fact
        assertThat(Backing.backs("Relatives were flown in by Northwind Air, which suspended all its ferry flights "
                + "immediately after the crash.", "Northwind Air ferry flights were immediately suspended.")).isTrue();
    }

    @Test
    void anOpeningWordOfANameIsNoContentWord() {
        assertThat(Backing.foreground("Northwind Air sued Harlow Freight over the crash."))
                .doesNotContain("northwind");
        assertThat(Backing.foreground("Police detained the captain.")).contains("polic");
    }

    @Test
    void aReportThatDoesNotNameWhomTheSentenceNamesHoldsNotItsNames() {
        String shown = "Under the agreement, McKinney will serve two consecutive life sentences.";
        assertThat(Backing.namesHeld(shown, "A 21-year-old roofer was sentenced to two consecutive life sentences."))
                .isFalse();
        assertThat(Backing.namesHeld(shown, "Aaron McKinney's lawyers said he would serve two life sentences."))
                .as("a name's possessive is the name").isTrue();
        // the opening word, months and stop words are no names
        assertThat(Backing.namesHeld("Henderson pleaded guilty in April.", "He pleaded guilty last spring.")).isTrue();
        assertThat(Backing.namesHeld("The judge ruled on Nov. 23 that The trial goes on.", "A judge ruled.")).isTrue();
    }

    @Test
    void aSentenceOfTooFewWordsCannotBeTested() {
        assertThat(Backing.claimOf("The Justice Department says it will take over the case.").testable()).isFalse();
        assertThat(Backing.claimOf(SHOWN).testable()).isTrue();
    }

    @Test
    void aClosingAttributionIsNotWhatTheSentenceReports() {
        assertThat(Backing.foreground("Lena Brandt quit as foreign minister on Monday, government sources said."))
                .doesNotContain("govern", "sourc");
        assertThat(Backing.backs("Foreign Minister Lena Brandt resigned on Monday.",
                "Lena Brandt quit as foreign minister on Monday, government sources said.")).isTrue();
        // a clause after the last comma that reports no saying is the sentence's own
        assertThat(Backing.foreground("The ferry sank on Monday, leaving two crew members missing."))
                .contains("crew", "miss");
    }
}
