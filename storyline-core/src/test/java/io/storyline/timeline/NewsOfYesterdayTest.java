package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsOfYesterdayTest {

    @Test
    void aReportOfAFinishedEventMayBeYesterdays() {
        assertThat(NewsOfYesterday.may("Rebels seized the airport after a night of heavy fighting.")).isTrue();
        assertThat(NewsOfYesterday.may("The central bank cut its main rate to 2 per cent.")).isTrue();
        assertThat(NewsOfYesterday.may("Three ministers resigned from the cabinet.")).isTrue();
        assertThat(NewsOfYesterday.may("Divers found the second recorder near the wreck.")).isTrue();
    }

    @Test
    void aStateACommentAPlanOrAQuestionIsOfItsOwnDay() {
        assertThat(NewsOfYesterday.may("The city is still without running water.")).isFalse();
        assertThat(NewsOfYesterday.may("It is time the banks paid for the crisis they caused.")).isFalse();
        assertThat(NewsOfYesterday.may("The bank will cut its main rate again in the spring.")).isFalse();
        assertThat(NewsOfYesterday.may("Who pays for the clean-up of the coast?")).isFalse();
        assertThat(NewsOfYesterday.may("Aid agencies say the need for shelter remains acute.")).isFalse();
    }

    @Test
    void theTenseIsReadOutsideQuotationMarks() {
        assertThat(NewsOfYesterday.may("\"We are not leaving,\" the protesters shouted from the square.")).isTrue();
        assertThat(NewsOfYesterday.may("The minister's words, \"we acted fast\", are disputed by the unions.")).isFalse();
    }

    @Test
    void wordsInEdThatAreNotVerbsDoNotDecide() {
        assertThat(NewsOfYesterday.may("A hundred families are sleeping in the school hall.")).isFalse();
        assertThat(NewsOfYesterday.may("The alleged leader of the gang is in custody.")).isFalse();
    }

    @Test
    void aLeadInThePresentIsACandidateOfItsArticlesDayOnly() {
        LocalDate day = LocalDate.of(2024, 5, 10);
        Article commentary = new Article("c1", "Courier", null, "Relief", day,
                "The flooded town of Pulford is still without clean drinking water for its families. "
                        + "Volunteers are handing out bottled water from the village hall every morning.",
                "c1.txt");
        Article report = new Article("r1", "Gazette", null, "Relief", day,
                "Army engineers opened a temporary bridge across the river at Pulford for the families. "
                        + "Lorries carried bottled water into the town over the new bridge.",
                "r1.txt");
        StoryAnalysis story = StoryAnalysis.of(List.of(commentary, report));
        ReaderComments comments = ReaderComments.of(story);
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), comments);
        Map<LocalDate, List<AnalyzedSentence>> candidates = TimelineBuilder.candidates(story, dating, comments);

        assertThat(candidates.get(day)).extracting(AnalyzedSentence::text)
                .anyMatch(t -> t.contains("is still without")).anyMatch(t -> t.contains("opened a temporary bridge"));
        assertThat(candidates.get(day.minusDays(1))).extracting(AnalyzedSentence::text)
                .anyMatch(t -> t.contains("opened a temporary bridge"))
                .noneMatch(t -> t.contains("is still without") || t.contains("are handing out"));
    }
}
