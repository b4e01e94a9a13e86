package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An irregular past form and its participle ("took" / "were taken") are one main verb, so a report told in the
 * active and in the passive around one figure is one fact; a figure that differs still parts them. Made-up story,
 * written for these tests.
 */
class IrregularFormsTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static final List<Article> ARTICLES = List.of(
            article("echo", "Orlen Echo", """
                    Ambulances took 14 people to hospital after a crush outside the Orlen stadium on Friday.
                    The gates opened late because the ticket scanners failed.
                    Volunteers drove 30 fans home on the night.
                    """),
            article("courier", "Orlen Courier", """
                    Fourteen people were taken to hospital after the crush at the entrance of the Orlen stadium on Friday evening.
                    Fans waited for an hour in the rain before the gates opened.
                    Thirty fans were driven home by volunteers on the night.
                    """),
            article("post", "Orlen Post", """
                    Twenty people were taken to hospital after the crush at the Orlen stadium, the hospital said.
                    """));

    private final StoryAnalysis story = StoryAnalysis.of(ARTICLES);
    private final Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));

    private AnalyzedSentence sentence(String id, String opening) {
        int article = List.of("echo", "courier", "post").indexOf(id);
        return story.sentences().stream().filter(s -> s.article() == article && s.text().startsWith(opening))
                .findFirst().orElseThrow();
    }

    @Test
    void aPastFormAndItsParticipleAreOneMainVerb() {
        assertThat(MainVerbs.agree(MainVerbs.of("Ambulances took 14 people to hospital."),
                MainVerbs.of("Fourteen people were taken to hospital."))).isTrue();
        assertThat(MainVerbs.agree(MainVerbs.of("Volunteers drove 30 fans home."), MainVerbs.of("Thirty fans were driven home."))).isTrue();
        assertThat(MainVerbs.differ(MainVerbs.of("Ambulances took 14 people to hospital."),
                MainVerbs.of("Doctors gave 14 people first aid."))).isTrue();
    }

    @Test
    void theActiveAndThePassiveAroundOneFigureAreOneFact() {
        assertThat(facts.same(sentence("echo", "Ambulances took"), sentence("courier", "Fourteen people"))).isTrue();
    }

    @Test
    void aFigureThatDiffersStillPartsThem() {
        assertThat(facts.same(sentence("echo", "Ambulances took"), sentence("post", "Twenty people"))).isFalse();
    }
}
