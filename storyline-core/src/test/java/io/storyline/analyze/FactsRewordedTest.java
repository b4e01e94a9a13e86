package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One event told with other verbs ("was arrested" / "detained") is one fact, cited together; the
 * event's noun, another person, or a differing slot never make one.
 */
class FactsRewordedTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static final List<Article> ARTICLES = List.of(
            article("times", "Harbour Times", """
                    Ferry captain Tomas Brenner was arrested in Vellby on Friday at the request of a Sandvik prosecutor.
                    The storm closed the northern channel for two days.
                    Harbour pilot Anja Berg was arrested in Vellby on Friday after the collision.
                    """),
            article("post", "Coast Post", """
                    Police in Vellby detained the captain, Tomas Brenner, whom Sandvik prosecutors want to question, on Friday.
                    The mayor of Sandvik criticised the arrest of Tomas Brenner in Vellby as a show for the cameras.
                    Gulls circled the lighthouse all morning.
                    """),
            article("gazette", "Sandvik Gazette", """
                    Ferry captain Tomas Brenner was arrested in Vellby on Thursday at the request of a Sandvik prosecutor.
                    The ferry line will run a smaller boat until spring.
                    """));

    private final StoryAnalysis story = StoryAnalysis.of(ARTICLES);
    private final SimilarityGraph graph = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
    private final Facts facts = Facts.of(story, graph);

    private AnalyzedSentence sentence(String opening) {
        return story.sentences().stream().filter(s -> s.text().startsWith(opening)).findFirst().orElseThrow();
    }

    @Test
    void anArrestToldWithAnotherVerbIsOneFactCitedTogether() {
        AnalyzedSentence arrested = sentence("Ferry captain Tomas Brenner was arrested in Vellby on Friday");
        AnalyzedSentence detained = sentence("Police in Vellby detained");
        assertThat(graph.similarity(arrested.id(), detained.id())).isLessThan(Facts.SAME_FACT_COSINE);
        assertThat(facts.relation(arrested, detained)).isEqualTo(Facts.Relation.SAME);
        assertThat(facts.reportsElsewhere(detained)).contains(arrested);
    }

    @Test
    void theEventsNounIsNotTheEvent() {
        AnalyzedSentence criticised = sentence("The mayor of Sandvik criticised the arrest");
        assertThat(facts.relation(sentence("Police in Vellby detained"), criticised)).isEqualTo(Facts.Relation.OTHER);
    }

    @Test
    void anotherPersonArrestedTheSameDayIsAnotherFact() {
        AnalyzedSentence berg = sentence("Harbour pilot Anja Berg");
        assertThat(facts.relation(sentence("Police in Vellby detained"), berg)).isEqualTo(Facts.Relation.OTHER);
    }

    @Test
    void aDifferingDayIsNeverCitedAsAgreement() {
        AnalyzedSentence thursday = sentence("Ferry captain Tomas Brenner was arrested in Vellby on Thursday");
        AnalyzedSentence detained = sentence("Police in Vellby detained");
        assertThat(facts.relation(detained, thursday)).isNotEqualTo(Facts.Relation.SAME);
        assertThat(facts.reportsElsewhere(detained)).doesNotContain(thursday);
    }
}
