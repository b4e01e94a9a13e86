package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two outlets' sentences alike but for a verb news writers swap for another of one happening are one fact;
 * a verb and its opposite are not. Made-up stories, written for these tests.
 */
class SwappedVerbsTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static final List<Article> ARTICLES = List.of(
            article("echo", "Dunmore Echo", """
                    The two smugglers fled across the marshes in a stolen fishing boat before dawn.
                    A strong earthquake struck the mountain villages above Pellan late on Friday.
                    The port authority shut the eastern quay to all traffic after the spill.
                    Grain prices rose sharply at the Varn exchange after the harvest report.
                    """),
            article("courier", "Pellan Courier", """
                    The two smugglers escaped across the marshes in a stolen fishing boat before dawn.
                    A strong earthquake hit the mountain villages above Pellan late on Friday.
                    The port authority closed the eastern quay to all traffic after the spill.
                    Grain prices fell sharply at the Varn exchange after the harvest report.
                    """));

    private final StoryAnalysis story = StoryAnalysis.of(ARTICLES);
    private final Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));

    private AnalyzedSentence sentence(String outlet, String opening) {
        int article = outlet.equals("echo") ? 0 : 1;
        return story.sentences().stream().filter(s -> s.article() == article && s.text().startsWith(opening))
                .findFirst().orElseThrow();
    }

    @Test
    void aVerbSwappedForAnotherOfOneHappeningLeavesOneFact() {
        assertThat(facts.same(sentence("echo", "The two smugglers"), sentence("courier", "The two smugglers"))).isTrue();
        assertThat(facts.same(sentence("echo", "A strong earthquake"), sentence("courier", "A strong earthquake"))).isTrue();
        assertThat(facts.same(sentence("echo", "The port authority"), sentence("courier", "The port authority"))).isTrue();
    }

    @Test
    void aVerbSwappedForItsOppositeIsTwoFacts() {
        assertThat(facts.same(sentence("echo", "Grain prices"), sentence("courier", "Grain prices"))).isFalse();
    }

    @Test
    void theSwapsAreReadAsOneMainVerb() {
        assertThat(MainVerbs.agree(MainVerbs.of("The robbers fled in a van."), MainVerbs.of("The robbers escaped in a van.")))
                .isTrue();
        assertThat(MainVerbs.differ(MainVerbs.of("Prices rose on Monday."), MainVerbs.of("Prices fell on Monday."))).isTrue();
    }
}
