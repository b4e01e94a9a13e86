package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two lines that share only names (a wire's credit line) are not one fact; one that shares what happened is. */
class NamesOnlyTest {

    private static Article article(String id, String text) {
        return new Article(id, id, null, null, LocalDate.of(2026, 3, 2), text, id + ".txt");
    }

    private final StoryAnalysis story = StoryAnalysis.of(List.of(
            article("a", "Voters in Denver rejected the stadium tax on Tuesday.\n\n"
                    + "For Use By Clients of the Mountain Post News Service"),
            article("b", "The stadium tax was rejected by voters in Denver on Tuesday, officials said.\n\n"
                    + "The Mountain Post News Service"),
            article("c", "the stadium tax was rejected by voters in denver on tuesday, officials said.")));
    private final Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));

    @Test
    void creditLinesThatShareOnlyAServicesNameAreNotOneFact() {
        AnalyzedSentence creditA = story.sentencesOf(0).get(1);
        AnalyzedSentence creditB = story.sentencesOf(1).get(1);
        assertThat(facts.sharesOnlyNames(creditA, creditB)).isTrue();
        assertThat(facts.same(creditA, creditB)).isFalse();
    }

    @Test
    void aReportOfWhatHappenedStillIsOneFactAndLowerCasedTextIsNeverNamesOnly() {
        AnalyzedSentence vote = story.sentencesOf(0).get(0);
        assertThat(facts.sharesOnlyNames(vote, story.sentencesOf(1).get(0))).isFalse();
        assertThat(facts.same(vote, story.sentencesOf(1).get(0))).isTrue();
        assertThat(facts.sharesOnlyNames(story.sentencesOf(1).get(0), story.sentencesOf(2).get(0))).isFalse();
    }
}
