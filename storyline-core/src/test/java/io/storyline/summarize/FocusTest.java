package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FocusTest {

    private final StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
    private final SimilarityGraph graph = SimilarityGraph.of(story, SimilarityGraph.FLOOR);

    private AnalyzedSentence sentence(String opening) {
        return story.sentences().stream().filter(s -> s.text().startsWith(opening)).findFirst().orElseThrow();
    }

    @Test
    void theSentencesThatAnswerTheFocusScoreHighestAndTheirLikesNextTheRestLeast() {
        double[] scores = Focus.of("Which rail line was closed, and when did it reopen?").scores(story, graph);
        assertThat(scores).isNotNull().hasSize(story.sentences().size());
        double closed = scores[sentence("The rail line to Northbridge was closed").id()];
        double reopened = scores[sentence("The rail line to Northbridge reopened").id()];
        assertThat(Math.max(closed, reopened)).isEqualTo(1.0);
        double mayor = scores[sentence("Mayor Ruth Calder said the town").id()];
        assertThat(Math.min(closed, reopened)).isGreaterThan(mayor);
        for (AnalyzedSentence s : story.sentences()) {
            assertThat(scores[s.id()]).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aFocusNoneOfWhoseWordsIsInTheStoryHasNoScores() {
        assertThat(Focus.of("zebra cryptocurrency").scores(story, graph)).isNull();
        assertThat(Focus.of("the of and").scores(story, graph)).as("stop words only").isNull();
        assertThat(Focus.of("  ")).isNull();
    }

    @Test
    void aFocusedSummaryTakesTheAnsweringSentencesAndStaysCited() {
        StorySummarizer coverage = new StorySummarizer(new ConceptCoverageSummarizer());
        Summary plain = coverage.summarize(FloodStory.articles(), Budget.words(30));
        Summary focused = coverage.summarize(FloodStory.articles(), Budget.words(30),
                Focus.of("the rail line to Northbridge"));
        assertThat(plain.sentences()).noneMatch(s -> s.text().contains("rail line"));
        assertThat(focused.sentences()).anyMatch(s -> s.text().contains("rail line"));
        assertThat(focused.sentences()).allMatch(s -> !s.citations().isEmpty());
        assertThat(focused.notice()).isNull();
        Summary lexrank = new StorySummarizer(new LexRankSummarizer()).summarize(FloodStory.articles(),
                Budget.words(30), Focus.of("rail line Northbridge"));
        assertThat(lexrank.sentences()).map(SummarySentence::text).anyMatch(t -> t.contains("rail line"));
    }

    @Test
    void aFocusNotFoundGivesTheOrdinarySummaryWithANotice() {
        StorySummarizer coverage = new StorySummarizer(new ConceptCoverageSummarizer());
        Summary plain = coverage.summarize(FloodStory.articles(), Budget.words(30));
        Summary unknown = coverage.summarize(FloodStory.articles(), Budget.words(30), Focus.of("zebra"));
        assertThat(unknown.sentences()).isEqualTo(plain.sentences());
        assertThat(unknown.notice()).contains("\"zebra\"").contains("ordinary summary");
    }

    @Test
    void aMethodThatWeighsNoFocusRefusesOne() {
        assertThatThrownBy(() -> new StorySummarizer(new LeadSummarizer()).summarize(FloodStory.articles(),
                Budget.words(30), Focus.of("rail")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lead");
        assertThat(Summarizers.focusing()).containsExactly("coverage", "learned", "lexrank");
    }

    @Test
    void optionsCarryTheFocusStripped() {
        assertThat(SummaryOptions.defaults().withFocus("  rail line ").focus()).isEqualTo("rail line");
        assertThat(SummaryOptions.defaults().withFocus(" ").focus()).isNull();
        assertThat(List.of(SummaryOptions.defaults().budget())).containsExactly(Budget.words(100));
    }
}
