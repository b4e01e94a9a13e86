package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadDayTest {

    private static final LocalDate TUESDAY = LocalDate.of(2008, 9, 30);

    private static Article article(String id, LocalDate published, String text) {
        return new Article(id, "Harbour " + id, null, "Harbour levy", published, text, id + ".txt");
    }

    private static AnalyzedSentence opening(StoryAnalysis story, String prefix) {
        return story.sentences().stream().filter(s -> s.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void theLeadsYesterdayDatesTheSentencesThatGoOnTellingItsEvent() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", TUESDAY, "The council voted down the harbour levy yesterday, sending ferry shares lower. "
                        + "Councillors of both parties vowed to return to the table, but no talks were arranged. "
                        + "After the vote, the harbour master tried to reassure the ferry operators. "
                        + "The levy was first proposed by the port authority."),
                article("b", TUESDAY.plusDays(2), "The council agreed a smaller harbour levy.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        LocalDate monday = TUESDAY.minusDays(1);
        assertThat(dating.mentioned(opening(story, "The council voted"))).isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "Councillors"))).isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "After the vote"))).isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "The levy was first"))).as("only the two sentences after the lead")
                .isNull();
    }

    @Test
    void aStateACommentOrASentenceWithItsOwnTimeStopsTheCarry() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", TUESDAY, "The council voted down the harbour levy yesterday. "
                        + "The harbour is losing money on every ferry. "
                        + "Councillors vowed to return to the table."),
                article("b", TUESDAY, "The council voted down the harbour levy yesterday. "
                        + "The levy had been proposed three years ago by the port authority.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        assertThat(dating.mentioned(opening(story, "The harbour is losing"))).isNull();
        assertThat(dating.mentioned(opening(story, "Councillors vowed"))).as("the carry stopped at the state")
                .isNull();
        assertThat(dating.mentioned(opening(story, "The levy had been"))).isNull();
        assertThat(LeadDay.reportsFinishedEvent("Councillors vowed to return to the table.")).isTrue();
        assertThat(LeadDay.reportsFinishedEvent("\"We will be back,\" said the harbour master.")).isTrue();
        assertThat(LeadDay.reportsFinishedEvent("Will the council think again?")).isFalse();
        assertThat(LeadDay.reportsFinishedEvent("The levy had been proposed before.")).isFalse();
    }
}
