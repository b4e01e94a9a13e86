package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FactsTest {

    private final StoryAnalysis story = HarbourStory.analysis();
    private final Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));

    private AnalyzedSentence sentence(String opening) {
        return HarbourStory.sentence(story, opening);
    }

    @Test
    void aRewordedReportAndAShortReportInsideALongerOneAreTheSameFact() {
        AnalyzedSentence gazette = sentence("Ferry crews in Nordsund walked out on Monday,");
        AnalyzedSentence courier = sentence("Every crossing to the islands was halted");
        AnalyzedSentence wire = sentence("Ferry crews in Nordsund walked out on Monday.");
        assertThat(facts.same(gazette, courier)).isTrue();
        assertThat(facts.same(wire, courier)).isTrue(); // the wire's few words all lie inside the courier's
        assertThat(facts.same(gazette, gazette)).isTrue();
    }

    @Test
    void differentFactsAreNotTheSame() {
        AnalyzedSentence strike = sentence("Ferry crews in Nordsund walked out on Monday,");
        assertThat(facts.same(strike, sentence("Bakers on the islands"))).isFalse();
        assertThat(facts.same(strike, sentence("A fishing festival"))).isFalse();
        assertThat(facts.same(sentence("The union said the strike"), sentence("The harbour master"))).isFalse();
    }

    @Test
    void aSentenceIsCitedWithOneReportFromEachOtherArticleThatCarriesItsFact() {
        AnalyzedSentence strike = sentence("Ferry crews in Nordsund walked out on Monday,");
        // the third article's "Ferry crews in Nordsund walked out on Monday." is the same fact, but it does not
        // say the crossings were halted: it is not cited for the whole sentence (Backing)
        assertThat(facts.reportsElsewhere(strike)).extracting(AnalyzedSentence::text).containsExactly(
                "Every crossing to the islands was halted on Monday when ferry crews in Nordsund walked out.");
        assertThat(facts.same(strike, sentence("Ferry crews in Nordsund walked out on Monday."))).isTrue();
        assertThat(facts.reports(strike)).first().isEqualTo(strike);
        assertThat(facts.reports(strike)).hasSize(2);
        assertThat(facts.reports(sentence("A fishing festival"))).extracting(AnalyzedSentence::text)
                .containsExactly("A fishing festival in the old town drew record crowds over the weekend.");
    }

    @Test
    void aGraphAroundTheChosenSentencesCitesThemAsTheWholeGraphDoes() {
        AnalyzedSentence strike = sentence("Ferry crews in Nordsund walked out on Monday,");
        Facts around = Facts.of(story, SimilarityGraph.around(story, SimilarityGraph.FLOOR, Set.of(strike.id())));
        assertThat(around.reports(strike)).isEqualTo(facts.reports(strike));
    }
}
