package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.ingest.Articles;
import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetCompletionTest {

    /** Two short reports: four sentences read well alone; a quote, a speaker's first person and a fragment do not. */
    private static final List<Article> BRIDGE = List.of(
            Articles.fromText("The council closed the Harlow Bridge on Monday after inspectors found cracks in "
                    + "two of its steel supports. The city engineer Mara Quill said: \"Every support will be replaced "
                    + "before the bridge opens again.\" Traffic was sent over the ring road, adding twenty minutes "
                    + "to the morning drive. Cracks again.", "01.txt"),
            Articles.fromText("Inspectors found cracks in two steel supports of the Harlow Bridge, which the council "
                    + "closed on Monday. We have never seen cracks grow this fast in a single winter, Quill told "
                    + "reporters on Tuesday. The repairs are expected to cost about four million pounds.",
                    "02.txt"));

    private final SummaryInput input = SummaryInput.of(StoryAnalysis.of(BRIDGE));

    private static int words(List<AnalyzedSentence> sentences) {
        return sentences.stream().mapToInt(AnalyzedSentence::words).sum();
    }

    @Test
    void aSentenceRepeatedWordForWordIsSaidOnce() {
        // a one-article story whose text is one sentence over and over (a damaged or hostile page): every
        // word is in every article, so only the identical wording tells the copies are one fact
        String line = "The council met on Monday to discuss the budget for the harbour. ";
        SummaryInput repeated = SummaryInput.of(StoryAnalysis.of(List.of(Articles.fromText(line.repeat(40), "rep.txt"))));
        List<AnalyzedSentence> summary = new ConceptCoverageSummarizer().choose(repeated, Budget.words(100));
        assertThat(summary).hasSize(1);
    }

    @Test
    void whenTheSentencesThatReadWellRunOutTheOthersFillTheBudget() {
        long eligibleWords = input.story().sentences().stream().filter(Candidates::eligible)
                .mapToInt(AnalyzedSentence::words).sum();
        int asked = (int) eligibleWords + 25;
        List<AnalyzedSentence> summary = new ConceptCoverageSummarizer().choose(input, Budget.words(asked).cutByScorer());
        assertThat(summary.stream().map(AnalyzedSentence::text))
                .anyMatch(t -> t.startsWith("We have never seen"))
                .anyMatch(t -> t.startsWith("The city engineer"));
        // within a budget the scorer does not cut, only what fits
        List<AnalyzedSentence> within = new ConceptCoverageSummarizer().choose(input, Budget.words(asked));
        assertThat(within).anyMatch(s -> !Candidates.eligible(s));
        assertThat(words(within)).isLessThanOrEqualTo(asked);
    }

    @Test
    void whileSentencesThatReadWellAreLeftNoOtherIsTaken() {
        List<AnalyzedSentence> summary = new ConceptCoverageSummarizer().choose(input, Budget.words(25).cutByScorer());
        assertThat(summary).isNotEmpty().allMatch(Candidates::eligible);
    }

    @Test
    void bareFragmentsNeverCompleteASummary() {
        List<AnalyzedSentence> summary = new ConceptCoverageSummarizer().choose(input, Budget.words(1000).cutByScorer());
        assertThat(summary).allMatch(BudgetCompletion::fallback);
        assertThat(summary.stream().map(AnalyzedSentence::text))
                .anyMatch(t -> t.startsWith("We have never seen"))
                .anyMatch(t -> t.startsWith("The city engineer"))
                .noneMatch(t -> t.startsWith("Cracks again"));
    }

    @Test
    void aFragmentIsNoFallback() {
        StoryAnalysis story = StoryAnalysis.of(List.of(Articles.fromText(
                "The council closed the Harlow Bridge on Monday after inspectors found cracks. Cracks again.", "a.txt")));
        assertThat(story.sentences()).anyMatch(s -> s.text().equals("Cracks again."));
        assertThat(story.sentences().stream().filter(s -> s.text().equals("Cracks again.")))
                .noneMatch(BudgetCompletion::fallback);
    }
}
