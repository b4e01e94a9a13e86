package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two reports of one event that differ in a slot are one event but not the same fact. */
class FactsDisputeTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2026, 3, 11), text, id + ".txt");
    }

    private final StoryAnalysis story = StoryAnalysis.of(List.of(
            article("courier", "Valley Courier", """
                    A fire broke out at the Brennan plastics plant in Oakdale on Tuesday night, killing three workers.
                    About 80 firefighters fought the blaze for six hours.
                    The plant will stay closed until inspectors finish their work.
                    """),
            article("daily", "Metro Daily", """
                    A fire broke out at the Brennan plastics plant in Oakdale on Wednesday night, killing five workers.
                    About 120 firefighters fought the blaze for six hours.
                    """),
            article("wire", "Coast Wire", """
                    A fire broke out at the Brennan plastics plant in Oakdale on Tuesday night, killing three workers.
                    Nearly 80 firefighters fought the blaze for six hours.
                    """)));
    private final Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));

    private AnalyzedSentence sentence(int article, int position) {
        return story.sentencesOf(article).get(position);
    }

    @Test
    void copiesThatDifferInASlotAreOneEventButNotOneFact() {
        AnalyzedSentence courier = sentence(0, 0);
        AnalyzedSentence daily = sentence(1, 0);
        assertThat(facts.relation(courier, daily)).isEqualTo(Facts.Relation.DISPUTED);
        assertThat(facts.same(courier, daily)).isFalse();
        assertThat(facts.sameEvent(courier, daily)).isTrue();
        assertThat(facts.relation(courier, sentence(2, 0))).isEqualTo(Facts.Relation.SAME);
        assertThat(facts.relation(sentence(0, 1), sentence(2, 1))).isEqualTo(Facts.Relation.SAME); // about 80, nearly 80
        assertThat(facts.relation(courier, sentence(0, 2))).isEqualTo(Facts.Relation.OTHER);
    }

    @Test
    void onlyAgreeingArticlesAreCitedAndTheDisputingOneIsCarriedBeside() {
        AnalyzedSentence courier = sentence(0, 0);
        assertThat(facts.reports(courier)).containsExactly(courier, sentence(2, 0));
        assertThat(facts.disputes(courier)).singleElement().satisfies(d -> {
            assertThat(d.sentence()).isEqualTo(sentence(1, 0));
            assertThat(d.differences()).extracting(SlotDifference::otherValue)
                    .containsExactlyInAnyOrder("five workers", "Wednesday");
        });
        assertThat(facts.reportsOfEvent(courier)).containsExactly(courier, sentence(1, 0), sentence(2, 0));
        AnalyzedSentence firefighters = sentence(1, 1);
        assertThat(facts.reports(firefighters)).containsExactly(firefighters);
        assertThat(facts.disputes(firefighters)).extracting(d -> d.sentence().article()).containsExactly(0, 2);
    }
}
