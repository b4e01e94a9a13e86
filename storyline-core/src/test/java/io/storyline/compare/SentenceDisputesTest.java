package io.storyline.compare;

import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Dispute;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A story's conflicts put beside the sentences shown, and the disputing sources uncited. */
class SentenceDisputesTest {

    private static final Citation SHOWN = new Citation(1, 0, "Three crew members were taken to hospital.");
    private static final Citation LONGER = new Citation(2, 4,
            "Three crew members were injured and taken to St. Brendan's General Hospital on Tuesday.");
    private static final Citation LEAD = new Citation(3, 0,
            "A cargo ship slammed into the bridge on Wednesday, injuring four people.");

    private static SummarySentence sentence(Citation... citations) {
        return new SummarySentence(citations[0].sentence(), List.of(citations));
    }

    @Test
    void aConflictOfACitedReportIsShownBesideTheSentenceWhenTheSentenceWritesItsValue() {
        Conflict hurt = new Conflict("number", "hurt", "Three crew", LONGER, "four people", LEAD);
        SummarySentence disputed = SentenceDisputes.beside(sentence(SHOWN, LONGER), List.of(hurt));
        assertThat(disputed.disputedBy()).containsExactly(new Dispute(LEAD, "number", "hurt", "Three crew", "four people"));
        assertThat(disputed.citations()).containsExactly(SHOWN, LONGER);
    }

    @Test
    void aConflictOverASlotTheSentenceDoesNotWriteIsNotItsConcern() {
        // the longer report dates the event; the sentence shown gives no day
        Conflict day = new Conflict("day", "day", "Tuesday", LONGER, "Wednesday", LEAD);
        assertThat(SentenceDisputes.beside(sentence(SHOWN, LONGER), List.of(day)).disputedBy()).isEmpty();
    }

    @Test
    void aSourceThatGivesAnotherValueIsNeverCitedForTheSentence() {
        Citation alsoFromThree = new Citation(3, 6, "Three crew members were taken to hospital, officials said.");
        Conflict hurt = new Conflict("number", "hurt", "four people", LEAD, "Three crew", SHOWN);
        SummarySentence disputed = SentenceDisputes.beside(sentence(SHOWN, LONGER, alsoFromThree), List.of(hurt));
        assertThat(disputed.citations()).extracting(Citation::source).containsExactly(1, 2);
        assertThat(disputed.disputedBy()).extracting(d -> d.citation().source() + " says " + d.value())
                .containsExactly("3 says four people");
    }

    @Test
    void aConflictBetweenTwoCitedReportsIsDecidedByTheValueTheSentenceWrites() {
        Citation four = new Citation(3, 2, "Four people were taken to hospital, including three crew.");
        Conflict between = new Conflict("number", "hurt", "Three crew", LONGER, "Four people", four);
        SummarySentence disputed = SentenceDisputes.beside(sentence(SHOWN, LONGER, four), List.of(between));
        assertThat(disputed.citations()).extracting(Citation::source).containsExactly(1, 2);
        assertThat(disputed.disputedBy()).extracting(Dispute::value).containsExactly("four people"); // no capital kept from opening its sentence
    }

    @Test
    void theSentencesOwnSourceIsNeverListedAsDisputingIt() {
        Citation sameSource = new Citation(1, 5, "Four people were hurt.");
        Conflict self = new Conflict("number", "hurt", "Three crew", LONGER, "Four people", sameSource);
        SummarySentence unchanged = sentence(SHOWN, LONGER);
        assertThat(SentenceDisputes.beside(unchanged, List.of(self))).isSameAs(unchanged);
    }

    @Test
    void aDisputeAlreadyFoundAmongNearCopiesIsShownOnce() {
        Dispute known = new Dispute(LEAD, "number", "people", "Three crew", "four people");
        SummarySentence withKnown = new SummarySentence(SHOWN.sentence(), List.of(SHOWN), List.of(known));
        Conflict hurt = new Conflict("number", "hurt", "Three crew", SHOWN, "four people", LEAD);
        assertThat(SentenceDisputes.beside(withKnown, List.of(hurt)).disputedBy()).containsExactly(known);
    }

    @Test
    void theComparisonsSourcesAreMatchedToTheSummarysByArticle() {
        // the comparison numbered the articles the other way round
        Source a = new Source(1, "a", "Quay Post", null, null, null, "a.txt");
        Source b = new Source(2, "b", "River Wire", null, null, null, "b.txt");
        Source bFirst = new Source(1, "b", "River Wire", null, null, null, "b.txt");
        Source aSecond = new Source(2, "a", "Quay Post", null, null, null, "a.txt");
        Citation shownInA = new Citation(1, 0, "The 150-metre Kestrel Moon was towed away.");
        Conflict length = new Conflict("number", "length of Kestrel Moon", "150-metre", new Citation(2, 0, shownInA.sentence()),
                "140-metre", new Citation(1, 3, "The 140-metre vessel carried a crew of 17."));
        Comparison comparison = new Comparison(List.of(bFirst, aSecond), List.of(), List.of(), List.of(), List.of(length));
        Summary summary = new Summary("coverage", List.of(sentence(shownInA)), List.of(a, b));
        Dispute dispute = SentenceDisputes.beside(summary, comparison).sentences().get(0).disputedBy().get(0);
        assertThat(dispute.citation().source()).isEqualTo(2);
        assertThat(dispute.value()).isEqualTo("140-metre");
    }

    @Test
    void aValueIsWrittenOnlyAsWholeWords() {
        assertThat(SentenceDisputes.writes("The 150-metre ship.", "150-metre")).isTrue();
        assertThat(SentenceDisputes.writes("It sailed at 11:40 p.m. on Tuesday", "11:40 p.m.")).isTrue();
        assertThat(SentenceDisputes.writes("Three crew members were hurt", "three crew")).isTrue();
        assertThat(SentenceDisputes.writes("Thirty-three crew members were hurt", "three crew")).isFalse();
        assertThat(SentenceDisputes.writes("A ship", "")).isFalse();
    }
}
