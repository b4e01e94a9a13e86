package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptCoverageSummarizerTest {

    private final SummaryInput input = SummaryInput.of(StoryAnalysis.of(FloodStory.articles()));
    private final ConceptCoverageSummarizer coverage = new ConceptCoverageSummarizer();

    private static int words(List<AnalyzedSentence> sentences) {
        return sentences.stream().mapToInt(AnalyzedSentence::words).sum();
    }

    @Test
    void whenTheScorerCutsTheLastSentenceFillsTheWordsLeft() {
        List<AnalyzedSentence> cut = coverage.choose(input, Budget.words(40).cutByScorer());
        assertThat(words(cut)).isGreaterThanOrEqualTo(40);
        assertThat(words(cut.subList(0, cut.size() - 1))).isLessThan(40);
        assertThat(words(coverage.choose(input, Budget.words(40)))).isLessThanOrEqualTo(40);
    }

    @Test
    void theSearchNeverCoversLessThanTheGreedyWithinTheSameBudget() {
        ConceptWeights weights = ConceptWeights.of(input.story(), 1);
        List<AnalyzedSentence> chosen = coverage.choose(input, Budget.words(60));
        double value = ConceptCoverageSummarizer.cutValue(input.story(), Budget.words(60), chosen,
                chosen.stream().map(s -> List.of(s)).toList(), weights);
        List<AnalyzedSentence> lexrank = new LexRankSummarizer().choose(input, Budget.words(60));
        double other = ConceptCoverageSummarizer.cutValue(input.story(), Budget.words(60), lexrank,
                lexrank.stream().map(s -> List.of(s)).toList(), weights);
        assertThat(value).isGreaterThanOrEqualTo(other);
    }

    @Test
    void aSentenceCutAtTheLimitCountsOnlyTheConceptsAndWordsBeforeTheCut() {
        StoryAnalysis story = input.story();
        ConceptWeights weights = ConceptWeights.of(story, 1);
        AnalyzedSentence flood = story.sentences().stream()
                .filter(s -> s.text().startsWith("The River Tamsin burst")).findFirst().orElseThrow();
        double cut = ConceptCoverageSummarizer.cutValue(story, Budget.words(3).cutByScorer(), List.of(flood),
                List.of(List.of(flood)), weights);
        double opening = ConceptWeights.concepts(flood, 3).stream().mapToDouble(weights::weight).sum();
        double openingWords = 0;
        for (int w = 0; w < 3; w++) {
            openingWords += flood.stop()[w] ? 0 : weights.wordWeight(flood.stems()[w]);
        }
        assertThat(openingWords).isPositive(); // "River Tamsin", in all three articles
        double whole = ConceptWeights.concepts(flood).stream().distinct().mapToDouble(weights::weight).sum();
        assertThat(cut).isEqualTo(opening + ConceptCoverageSummarizer.CUT_WORD_WEIGHT * openingWords)
                .isLessThan(whole);
    }

    @Test
    void firstWordsKeepsTheTextUpToTheCut() {
        assertThat(ConceptCoverageSummarizer.firstWords("The river  rose fast.", 2)).isEqualTo("The river");
        assertThat(ConceptCoverageSummarizer.firstWords("The river rose.", 5)).isEqualTo("The river rose.");
    }
}
