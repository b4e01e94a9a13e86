package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fact told in other words around one figure: anchored by the figure both give for the same thing, told
 * apart when the verbs, the counted thing or a slot differ. Made-up stories, written for these tests.
 */
class SharedFiguresTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static final List<Article> ARTICLES = List.of(
            article("ledger", "Tarn Ledger", """
                    Firefighters moved 2,150 villagers from Ostrava Creek to sports halls in Marl overnight.
                    A burst pipe flooded the lower town on Sunday morning.
                    The ferry company lost 4.5 million pounds last year, its accounts show.
                    The storm damaged 40 boats moored in Ostrava Creek.
                    Rescue teams brought down twelve climbers from Mount Kell on Tuesday.
                    The council voted to close the old bridge for repairs.
                    All 64 people aboard the ferry were killed.
                    """),
            article("wire", "Kell Wire", """
                    About 2,000 villagers were moved from Ostrava Creek to sports halls in the town of Marl.
                    The lower town was flooded on Sunday morning when a main pipe burst.
                    The ferry company made a profit of 4.5 million pounds last year, a spokeswoman said.
                    The storm sank 40 boats moored in Ostrava Creek.
                    Twelve climbers were brought down from Mount Kell on Wednesday.
                    Mayor Ivo Brand said the bridge would reopen in the spring.
                    All 64 people on board died when it capsized off Marl.
                    """));

    private final StoryAnalysis story = StoryAnalysis.of(ARTICLES);
    private final Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));

    private AnalyzedSentence sentence(String opening) {
        return story.sentences().stream().filter(s -> s.text().startsWith(opening)).findFirst().orElseThrow();
    }

    @Test
    void aFigureOfOneThingUnderVerbsThatAgreeAnchorsARewording() {
        AnalyzedSentence ledger = sentence("Firefighters moved 2,150");
        AnalyzedSentence wire = sentence("About 2,000 villagers were moved");
        assertThat(SharedFigures.share(Slots.of(ledger.text()), Slots.of(wire.text()))).isTrue();
        assertThat(facts.relation(ledger, wire)).isEqualTo(Facts.Relation.SAME);
    }

    @Test
    void aFigureAnchorsARewordingThatSharesNoOtherWord() {
        AnalyzedSentence ledger = sentence("All 64 people aboard");
        AnalyzedSentence wire = sentence("All 64 people on board");
        assertThat(Facts.sharedStems(ledger, wire)).isLessThan(Facts.MIN_SHARED_STEMS);
        assertThat(facts.relation(ledger, wire)).isEqualTo(Facts.Relation.SAME);
    }

    @Test
    void theSameFigureUnderOtherVerbsIsTwoFacts() {
        // lost / made a profit of: one figure, two statements; damaged / sank: one count of boats, two outcomes
        assertThat(facts.relation(sentence("The ferry company lost"), sentence("The ferry company made")))
                .isEqualTo(Facts.Relation.OTHER);
        assertThat(facts.same(sentence("The storm damaged 40"), sentence("The storm sank 40"))).isFalse();
    }

    @Test
    void aSharedFigureNeverHidesASlotThatDiffers() {
        assertThat(facts.same(sentence("Rescue teams brought down twelve"), sentence("Twelve climbers were brought down")))
                .isFalse();
    }

    @Test
    void ageDurationsAndSingleThingsAnchorNothing() {
        assertThat(SharedFigures.share(Slots.of("The 82-year-old general was flown home."),
                Slots.of("The general, 82, met the envoy."))).isFalse();
        assertThat(SharedFigures.share(Slots.of("He ruled for 17 years."), Slots.of("His 17 years in power ended."))).isFalse();
        assertThat(SharedFigures.share(Slots.of("One man was arrested."), Slots.of("One man was released."))).isFalse();
    }

    @Test
    void aCurrencySignAndItsWordAreOneCurrencyButTwoCurrenciesAreNot() {
        assertThat(SharedFigures.share(Slots.of("They asked for $3 million in gold."),
                Slots.of("They demanded three million dollars in gold."))).isTrue();
        assertThat(SharedFigures.share(Slots.of("They asked for $3 million in gold."),
                Slots.of("They demanded three million euros in gold."))).isFalse();
    }

    @Test
    void figuresThatDisagreeAreNoAnchor() {
        assertThat(SharedFigures.share(Slots.of("Rescuers found 30 survivors."), Slots.of("Rescuers found 45 survivors.")))
                .isFalse();
    }
}
