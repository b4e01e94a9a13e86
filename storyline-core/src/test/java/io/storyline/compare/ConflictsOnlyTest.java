package io.storyline.compare;

import io.storyline.Storyline;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.StoryFacts;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;
import io.storyline.model.Timeline;
import io.storyline.render.OutputFormats;
import io.storyline.summarize.Budget;
import io.storyline.summarize.StorySummarizer;
import io.storyline.summarize.Summarizers;
import io.storyline.summarize.SummaryOptions;
import io.storyline.timeline.TimelineBuilder;
import io.storyline.timeline.TimelineOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the comparison is not shown (a summary in md, a timeline), only its conflicts are made
 * ({@link OutletComparison#conflicts}): they, and so the disputes beside each shown sentence, must be exactly the
 * whole comparison's.
 */
class ConflictsOnlyTest {

    @ParameterizedTest
    @ValueSource(strings = {"../examples/harbour-bridge", "src/test/resources/io/storyline/disagreements/fare-vote",
            "src/test/resources/io/storyline/disagreements/plant-fire"})
    void theConflictsAloneAreTheWholeComparisonsAndTheSummaryInMdIsTheSame(String folder) {
        List<Article> articles = Storyline.read(Path.of(folder)).articles();
        StoryAnalysis story = StoryAnalysis.of(articles);
        Summary summary = new StorySummarizer(Summarizers.byNameOrThrow(Summarizers.DEFAULT))
                .summarize(story, Budget.words(100), null);
        Comparison whole = OutletComparison.compare(story, summary.sources());
        Comparison conflicts = OutletComparison.conflicts(StoryFacts.of(story), summary.sources());

        assertThat(whole.conflicts()).as("a story with conflicts to check").isNotEmpty();
        assertThat(conflicts.conflicts()).isEqualTo(whole.conflicts());
        assertThat(conflicts.sources()).isEqualTo(whole.sources());
        assertThat(conflicts.facts()).isEmpty();
        assertThat(conflicts.quotes()).isEmpty();

        SummaryReport md = Storyline.report(articles, new SummaryOptions(Budget.words(100), Summarizers.DEFAULT),
                OutputFormats.MD);
        assertThat(md.comparison()).isNull();
        assertThat(md.summary()).isEqualTo(SentenceDisputes.beside(summary, whole));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../examples/harbour-bridge"})
    void aTimelinesDisputesAreThoseOfTheWholeComparison(String folder) {
        List<Article> articles = Storyline.read(Path.of(folder)).articles();
        TimelineOptions options = TimelineOptions.defaults();
        Timeline plain = new TimelineBuilder(options).build(articles);
        Timeline expected = SentenceDisputes.beside(plain, OutletComparison.compare(articles, plain.sources()));

        assertThat(expected.entries().stream().flatMap(e -> e.sentences().stream())
                .anyMatch(s -> !s.disputedBy().isEmpty())).as("a timeline with a dispute beside a sentence").isTrue();
        assertThat(Storyline.timeline(articles, options)).isEqualTo(expected);
    }
}
