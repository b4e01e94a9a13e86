package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.TermVector;
import io.storyline.analyze.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CandidatesTest {

    private static boolean eligible(String text) {
        int words = Tokens.matchWords(text).size();
        AnalyzedSentence s = new AnalyzedSentence(0, 0, 0, text, Tokens.wordCount(text), new int[words],
                new boolean[words], TermVector.of(Map.of(1, 1.0, 2, 1.0, 3, 1.0)));
        return Candidates.eligible(s);
    }

    @Test
    void aCompleteStatementStands() {
        assertThat(eligible("The harbour authority reopened the northern quay to ferries after the storm.")).isTrue();
        assertThat(eligible("\u201CWe will rebuild the quay,\u201D the harbour master told the council.")).isTrue();
        assertThat(eligible("The harbour master called the storm ``the worst in years'' and left.")).isTrue();
        assertThat(eligible("1998 was the driest year the valley had recorded.")).isTrue();
    }

    @Test
    void aSubordinateClauseStandingAloneDoesNot() {
        assertThat(eligible("When the harbour authority says so.")).isFalse();
        assertThat(eligible("Because the northern quay was closed for repairs.")).isFalse();
        assertThat(eligible("When the storm passed, the harbour authority reopened the quay.")).isTrue();
        assertThat(eligible("When the ferry struck the quay the whole pier shook and cracked badly.")).as("a long one with its main clause").isTrue();
        assertThat(eligible("Since Monday the northern quay has stayed shut.")).as("'since' may be a preposition").isTrue();
    }

    @Test
    void aSentenceMissingWordsItsPageLostDoesNot() {
        assertThat(eligible("A second port official left for the mainland on Tuesday, […] reported, in a further sign.")).isFalse();
        assertThat(eligible("\"The pier is closed,\" a harbour spokesman told […] by telephone.")).isFalse();
        assertThat(eligible("A second port official left for the mainland on Tuesday, the Courier reported.")).isTrue();
    }

    @Test
    void theTailOfAListOfPlacesDoesNot() {
        assertThat(eligible("Norway, Sweden, Finland, Estonia, Latvia and Denmark.")).isFalse();
        assertThat(Candidates.listLike("Norway, Sweden, Finland, Estonia, Latvia and Denmark.")).isTrue();
        assertThat(Candidates.listLike("The mayor, who took office in May, said the quay would reopen soon.")).isFalse();
    }

    @Test
    void thePiecesOfADateTheSplitterCutDoNot() {
        assertThat(eligible("The harbour master was dismissed by the council on Sept.")).isFalse();
        assertThat(eligible("4 from his post as harbour master, saying he had ignored the warnings.")).isFalse();
    }

    @Test
    void aQuoteThatLostItsMarksDoesNot() {
        assertThat(eligible("We want the ferries back before the summer season begins.")).isFalse();
        assertThat(eligible("I will not sign the harbour budget this year.")).isFalse();
        assertThat(eligible("Islanders want the ferries back before the summer season begins.")).isTrue();
    }

    @Test
    void aSentenceEndingInsideAQuoteDoesNotButOneOpeningWithAQuotedPhraseDoes() {
        assertThat(eligible("The mayor said the council would \"never again let the river take the town.\"")).isFalse();
        assertThat(eligible("The mayor called the flood \u201Cthe worst in living memory\u201D and asked for help.")).isTrue();
        assertThat(eligible("\"Safe harbour\" rules were changed by the council on Tuesday after the vote.")).isTrue();
    }

    @Test
    void aQuotationsSecondSentenceDoesNot() {
        // the speaker and the opening mark are in the sentence before
        assertThat(eligible("They didn't even look down\" beforehand, the witness added.")).isFalse();
        assertThat(eligible("They didn't even look down,\u201D the witness said at the church.")).isFalse();
        // a quotation that opens and closes inside the sentence is fine, however it starts
        assertThat(eligible("The mayor called the flood \"the worst in living memory\" on Friday.")).isTrue();
        assertThat(eligible("\"We will rebuild the quay,\" the harbour master told the council.")).isTrue();
        assertThat(eligible("The council met (\"in private,\" critics said) for three hours.")).isTrue();
    }

    @Test
    void questionsAndFragmentsDoNot() {
        assertThat(eligible("Will the ferries return before the summer season begins?")).isFalse();
        assertThat(eligible("and the ferries returned to the northern quay on time.")).isFalse();
        assertThat(eligible("Ferries returned.")).isFalse();
    }
}
