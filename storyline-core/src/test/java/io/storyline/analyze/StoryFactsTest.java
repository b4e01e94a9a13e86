package io.storyline.analyze;

import io.storyline.Storyline;
import io.storyline.compare.OutletComparison;
import io.storyline.compare.SentenceDisputes;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;
import io.storyline.render.OutputFormats;
import io.storyline.summarize.Budget;
import io.storyline.summarize.StorySummarizer;
import io.storyline.summarize.Summarizers;
import io.storyline.summarize.SummaryOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One graph and one {@link Facts} serve a request's summary and its outlet comparison ({@link StoryFacts}): what
 * each gives must be what it gave with its own, whichever asked the pairs first.
 */
class StoryFactsTest {

    @ParameterizedTest
    @ValueSource(strings = {"../examples/harbour-bridge", "src/test/resources/io/storyline/disagreements/fare-vote",
            "src/test/resources/io/storyline/disagreements/plant-fire"})
    void theSummaryAndTheComparisonOfOneRequestAreThoseEachMakesOnItsOwn(String folder) {
        List<Article> articles = Storyline.read(Path.of(folder)).articles();
        SummaryReport shared = Storyline.report(articles, new SummaryOptions(Budget.words(100), Summarizers.DEFAULT),
                OutputFormats.JSON);

        Summary alone = new StorySummarizer(Summarizers.byNameOrThrow(Summarizers.DEFAULT))
                .summarize(StoryAnalysis.of(articles), Budget.words(100), null);
        Comparison comparisonAlone = OutletComparison.compare(StoryAnalysis.of(articles), alone.sources());

        assertThat(shared.comparison()).isEqualTo(comparisonAlone);
        assertThat(shared.summary()).isEqualTo(SentenceDisputes.beside(alone, comparisonAlone));
        assertThat(comparisonAlone.conflicts()).as("a story whose comparison has something to share").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../examples/harbour-bridge"})
    void aComparisonAskedAfterTheSummaryJudgesEveryPairAsAFreshFactsDoes(String folder) {
        StoryAnalysis story = StoryAnalysis.of(Storyline.read(Path.of(folder)).articles());
        StoryFacts used = StoryFacts.of(story);
        Summary summary = new StorySummarizer(Summarizers.byNameOrThrow(Summarizers.DEFAULT))
                .summarize(used, Budget.words(100), null);
        Facts fresh = StoryFacts.of(story).facts();
        for (AnalyzedSentence a : story.sentences()) {
            assertThat(used.facts().slotsOf(a)).isEqualTo(Slots.of(a.text()));
            for (AnalyzedSentence b : story.sentences()) {
                assertThat(used.facts().relation(a, b)).as("%s / %s", a.text(), b.text()).isEqualTo(fresh.relation(a, b));
            }
        }
        assertThat(summary.sentences()).isNotEmpty();
    }
}
