package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When two outlets' sentences are one fact despite a negated side clause, and when shared words are not enough. */
class FactsParaphraseTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static final List<Article> ARTICLES = List.of(
            article("times", "Harbour Times", """
                    The mayor of Vellby approved the new sea wall on Tuesday, although the council had not finished its review of the costs.
                    The harbour master did not close the northern channel after the collision.
                    "We will rebuild every pier in Vellby before the summer," said Hanna Olsen, the harbour board's chair since 2019, a former ferry captain from Sandvik and the author of two books on the coast.
                    Gulls circled the lighthouse.
                    The harbour reopened to fishing boats on Thursday.
                    """),
            article("post", "Coast Post", """
                    The mayor of Vellby approved the new sea wall on Tuesday.
                    The harbour master closed the northern channel after the collision.
                    "The storm caught the whole coast unprepared," said Hanna Olsen, the harbour board's chair since 2019, a former ferry captain from Sandvik and the author of two books on the coast.
                    Gulls, boats and the lighthouse.
                    Fishing boats in the harbour waited for the tide.
                    """));

    private final StoryAnalysis story = StoryAnalysis.of(ARTICLES);
    private final SimilarityGraph graph = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
    private final Facts facts = Facts.of(story, graph);

    private AnalyzedSentence sentence(String opening) {
        return story.sentences().stream().filter(s -> s.text().startsWith(opening)).findFirst().orElseThrow();
    }

    @Test
    void aNegatedSideClauseTheOtherReportDoesNotMentionLeavesOneFact() {
        AnalyzedSentence times = sentence("The mayor of Vellby approved the new sea wall on Tuesday, although");
        AnalyzedSentence post = sentence("The mayor of Vellby approved the new sea wall on Tuesday.");
        assertThat(Slots.of(times.text()).negated()).isNotEqualTo(Slots.of(post.text()).negated());
        assertThat(facts.relation(times, post)).isEqualTo(Facts.Relation.SAME);
        assertThat(facts.reportsElsewhere(post)).containsExactly(times);
    }

    @Test
    void aNegationThatDeniesWhatTheOtherStatesIsNotTheSameFact() {
        assertThat(facts.relation(sentence("The harbour master did not close"), sentence("The harbour master closed")))
                .isEqualTo(Facts.Relation.OTHER);
    }

    @Test
    void oneSpeakerSayingTwoThingsIsNotOneFactHoweverLongTheSharedTitle() {
        AnalyzedSentence rebuild = sentence("\"We will rebuild");
        AnalyzedSentence storm = sentence("\"The storm caught");
        assertThat(graph.similarity(rebuild.id(), storm.id())).isGreaterThanOrEqualTo(Facts.SAME_FACT_COSINE);
        assertThat(facts.relation(rebuild, storm)).isEqualTo(Facts.Relation.OTHER);
        assertThat(facts.sameEvent(rebuild, storm)).isFalse();
    }

    @Test
    void twoRareWordsInCommonAreNotOneFact() {
        AnalyzedSentence circled = sentence("Gulls circled");
        AnalyzedSentence boats = sentence("Gulls, boats");
        assertThat(graph.similarity(circled.id(), boats.id())).isGreaterThanOrEqualTo(Facts.SAME_FACT_COSINE);
        assertThat(facts.relation(circled, boats)).isEqualTo(Facts.Relation.OTHER);
    }
}
