package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastSpansTest {

    private static final LocalDate MONDAY = LocalDate.of(2012, 5, 14);

    private static Article article(String id, LocalDate published, String text) {
        return new Article(id, "Harbour " + id, null, "Ferry strike", published, text, id + ".txt");
    }

    private static AnalyzedSentence sentence(StoryAnalysis story, String prefix) {
        return story.sentences().stream().filter(s -> s.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void aPastEventOfAnEarlierSpanIsNoNewsOfItsArticlesDay() {
        assertThat(PastSpans.toldOfEarlierSpan("The strike reached the northern ferries last week.")).isTrue();
        assertThat(PastSpans.toldOfEarlierSpan("The union balloted its members earlier this month.")).isTrue();
        assertThat(PastSpans.toldOfEarlierSpan("Fares have risen sharply over the past week.")).isFalse();
        assertThat(PastSpans.toldOfEarlierSpan("After last week's walkout, the ferry company is hiring crews.")).isFalse();
        assertThat(PastSpans.toldOfEarlierSpan("\"It was chaos last week,\" the harbour master says.")).isFalse();
        assertThat(PastSpans.toldOfEarlierSpan("The ferry company will meet the union next week.")).isFalse();
    }

    @Test
    void suchSentencesAndHistoryRetoldAreNoCandidatesForTheirArticlesDay() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", MONDAY.minusDays(60), "Ferry crews walked out over pay on Friday. The harbour was shut."),
                article("b", MONDAY, "The strike reached the northern ferries last week, stranding islanders. "
                        + "In the days after the crews walked out on " + MONDAY.minusDays(63).getMonth().getDisplayName(
                                java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                        + MONDAY.minusDays(63).getDayOfMonth() + ", the company hired agency staff. "
                        + "The ferry company and the union are talking again.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        assertThat(dating.namesOtherTime(sentence(story, "The strike reached"))).isTrue();
        assertThat(dating.namesOtherTime(sentence(story, "In the days after"))).isTrue();
        assertThat(dating.mentioned(sentence(story, "In the days after"))).isNull();
        assertThat(dating.namesOtherTime(sentence(story, "The ferry company and"))).isFalse();
    }

    @Test
    void aSeasonOrYearsBackAreEarlierSpansToo() {
        assertThat(PastSpans.toldOfEarlierSpan("The port's biggest ferry company decided it faced a choice a decade ago: "
                + "grow or be sold.")).isTrue();
        assertThat(PastSpans.toldOfEarlierSpan("When the union leader visited the capital earlier this summer, he "
                + "argued with the minister.")).isTrue();
        assertThat(PastSpans.toldOfEarlierSpan("Two years ago the harbour master closed the quay for repairs.")).isTrue();
        assertThat(PastSpans.toldOfEarlierSpan("The quay, built two years ago, has cracked.")).as("a state now").isFalse();
        assertThat(PastSpans.toldOfEarlierSpan("Fares have doubled since the strike began a decade ago."))
                .as("present perfect up to now").isFalse();
        assertThat(PastSpans.toldOfEarlierSpan("After earlier this summer's walkout, the company is hiring crews."))
                .isFalse();
    }

    @Test
    void recentlyARecentSpeechAndTheYearsSinceAreEarlierSpansToo() {
        assertThat(PastSpans.toldOfEarlierSpan("The minister said in a recent speech that the ferries would be sold."))
                .isTrue();
        assertThat(PastSpans.toldOfEarlierSpan("The ferry company recently lowered its winter fares.")).isTrue();
        assertThat(PastSpans.toldOfEarlierSpan("In the years since the two sailed together, he had become "
                + "a critic of the company.")).isTrue();
        assertThat(PastSpans.toldOfEarlierSpan("The recently appointed harbour master inspected the pier."))
                .as("recently as part of a noun's phrase").isFalse();
        assertThat(PastSpans.toldOfEarlierSpan("The harbour has recently reopened to ferries.")).isFalse();
        assertThat(PastSpans.toldOfEarlierSpan("The harbour master had a meeting with the union.")).isFalse();
    }
}
