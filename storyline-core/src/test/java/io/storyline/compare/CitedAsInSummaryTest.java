package io.storyline.compare;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Facts;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Fact;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison cites an outlet for a fact only where a summary would cite it ({@link Facts#reportedBy}): a
 * group of sentences that share a name and an event class is no ground to cite. Shapes from the cold trial, in
 * made-up words: a quotation of someone else, a sentence of another time, another subject's deed. (A request
 * beside the act, "asked Reyes to issue a subpoena" / "Reyes issued a subpoena", is still one fact to both.)
 */
class CitedAsInSummaryTest {

    private static Article article(String id, String outlet, int day, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2026, 5, day), text, id + ".txt");
    }

    private static final List<Article> STORY = List.of(
            article("a", "Ridge Times", 3, "Senator Alma Reyes issued a subpoena on Friday to have the harbour chief testify "
                    + "before her committee.\n\nThe committee will meet again on Monday.\n\nThe country signed the "
                    + "harbour treaty in 1994.\n\nIn Portvale, Senator Tom Brandt met with the dock workers' families."),
            article("b", "Lake Journal", 1, "Dock workers asked Senator Alma Reyes to issue a subpoena requiring the "
                    + "harbour chief to testify before her committee.\n\nThe committee will meet again on Monday.\n\n"
                    + "\"We can learn a great deal from the treaty,\" said Ines Varga, a shipping lawyer in the country, "
                    + "on Saturday.\n\nInspectors from the ministry met with the dock workers' families on Sunday."),
            article("c", "Coast Courier", 3, "Senator Alma Reyes issued a subpoena on Friday to have the harbour chief "
                    + "testify before her committee.\n\nThe country signed the harbour treaty in 1994."));

    @Test
    void everyOutletCitedForAFactReportsItAsASummaryCitationMust() {
        Comparison comparison = OutletComparison.compare(STORY);
        StoryAnalysis story = StoryAnalysis.of(STORY);
        Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
        for (Fact fact : comparison.facts()) {
            AnalyzedSentence shown = sentence(story, fact.reports().get(0).sentence());
            for (Citation c : fact.reports().subList(1, fact.reports().size())) {
                assertThat(facts.reportedBy(shown, sentence(story, c.sentence())))
                        .as("[%d] %s cited for %s", c.source(), c.sentence(), fact.text()).isTrue();
            }
        }
    }

    @Test
    void aQuotationOfSomeoneElseIsNoReportOfTheFact() {
        Fact treaty = factShowing(OutletComparison.compare(STORY), "signed the harbour treaty");
        assertThat(treaty.reports()).extracting(Citation::source).containsExactly(1, 3);
    }

    @Test
    void anotherSubjectsDeedIsNoReportOfTheFact() {
        Fact visit = factShowing(OutletComparison.compare(STORY), "Senator Tom Brandt met");
        assertThat(visit.reports()).extracting(Citation::source).containsExactly(1);
    }

    @Test
    void aSentenceOfAnotherTimeIsNoReportOfTheFact() {
        List<Article> story = List.of(
                article("a", "Ridge Times", 9, "President-elect Vera Lind will be sworn in on May 7, the election "
                        + "commission chairman said on Sunday.\n\nTurnout was high in the north."),
                article("b", "Lake Journal", 2, "In the summer of 2016 Vera Lind ran the mayor's election campaign and "
                        + "sued the commission chairman, who was then in office.\n\nTurnout was high in the north."));
        Fact oath = factShowing(OutletComparison.compare(story), "sworn in on May 7");
        assertThat(oath.reports()).extracting(Citation::source).containsExactly(1);
    }

    private static Fact factShowing(Comparison comparison, String words) {
        return comparison.facts().stream().filter(f -> f.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact shows " + words + ": " + comparison.facts()));
    }

    private static AnalyzedSentence sentence(StoryAnalysis story, String text) {
        return story.sentences().stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow();
    }
}
