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
                        + "The levy had first been proposed by the port authority."),
                article("b", TUESDAY.plusDays(2), "The council agreed a smaller harbour levy.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        LocalDate monday = TUESDAY.minusDays(1);
        assertThat(dating.mentioned(opening(story, "The council voted"))).isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "Councillors"))).isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "After the vote"))).isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "The levy had first"))).as("the pluperfect tells of before")
                .isNull();
    }

    @Test
    void aStateOrASentenceWithItsOwnTimeIsNotCarriedAndAStateDoesNotEndTheStory() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", TUESDAY, "The council voted down the harbour levy yesterday. "
                        + "The harbour is losing money on every ferry. "
                        + "Councillors vowed to return to the table."),
                article("b", TUESDAY, "The council voted down the harbour levy yesterday. "
                        + "The levy had been proposed three years ago by the port authority.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        assertThat(dating.mentioned(opening(story, "The harbour is losing"))).isNull();
        assertThat(dating.mentioned(opening(story, "Councillors vowed"))).as("the story's day goes on past the state")
                .isEqualTo(TUESDAY.minusDays(1));
        assertThat(dating.mentioned(opening(story, "The levy had been"))).isNull();
        assertThat(LeadDay.reportsFinishedEvent("Councillors vowed to return to the table.")).isTrue();
        assertThat(LeadDay.reportsFinishedEvent("\"We will be back,\" said the harbour master.")).isTrue();
        assertThat(LeadDay.reportsFinishedEvent("Will the council think again?")).isFalse();
        assertThat(LeadDay.reportsFinishedEvent("The levy had been proposed before.")).isFalse();
    }

    @Test
    void theMainClausesTenseIsReadAroundARelativeClauseSetOffByCommas() {
        assertThat(LeadDay.reportsFinishedEvent("The whale, which has strayed far from its pod, came up the river."))
                .isTrue();
        assertThat(LeadDay.reportsFinishedEvent("Mr Saar, the ferryman who has sailed the route for years, began by "
                + "thanking the crew.")).isTrue();
        assertThat(LeadDay.reportsFinishedEvent("The ferryman, who was rescued by the crew, is still in hospital."))
                .isFalse();
        assertThat(LeadDay.reportsFinishedEvent("The whale that has strayed from its pod came up the river."))
                .as("a restrictive clause without commas is left to the first-verb reading").isFalse();
    }

    @Test
    void aLeadAfterANoteAndTheQuotationItsSpeakerGoesOnWithCarryItsDay() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", TUESDAY, "An earlier version of this story gave the wrong name for the port's chief. "
                        + "The harbour master warned yesterday against cutting the ferry subsidy. "
                        + "\"In hard times, some councillors want to save money,\" the harbour master told the board. "
                        + "\"That would be a grave mistake. "
                        + "The islands depend on the ferries every day of the year.\" "
                        + "The board is due to vote on the subsidy in the spring."),
                article("b", TUESDAY.plusDays(2), "The council kept the ferry subsidy.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        LocalDate monday = TUESDAY.minusDays(1);
        assertThat(dating.mentioned(opening(story, "The harbour master warned"))).isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "\"In hard times"))).isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "\"That would be"))).as("the quotation goes on").isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "The islands depend"))).as("up to its closing mark")
                .isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "An earlier version"))).isNull();
        assertThat(dating.mentioned(opening(story, "The board is due"))).isNull();
    }

    @Test
    void aLeadDeeperInTheArticleCarriesNothingAndTheNearestDayOfTheStoryIsCarried() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", TUESDAY, "The harbour has lost money for three years. The ferries are old. "
                        + "Ticket sales are falling. The council voted down the levy yesterday. "
                        + "Councillors vowed to return to the table."),
                article("b", TUESDAY, "Ferry fares rose on Sunday. The council voted down the levy yesterday. "
                        + "The harbour master tried to reassure the operators.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        assertThat(dating.mentioned(opening(story, "Councillors vowed"))).as("no lead of the week before").isNull();
        assertThat(dating.mentioned(opening(story, "The harbour master tried"))).as("the nearest day before it")
                .isEqualTo(TUESDAY.minusDays(1));
    }

    @Test
    void theStorysDayGoesOnToLaterSentencesThatPlainlyTellAFinishedEvent() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", TUESDAY, "The harbour board was questioned by the council yesterday over the ferry losses. "
                        + "The chairman said the losses were smaller than feared. "
                        + "When he took the post in 2005, the harbour made money. "
                        + "The ferries are old and slow. "
                        + "If the board failed, the islands could lose their ferries. "
                        + "\"We did what we could,\" the chairman said. "
                        + "The plan approved by the board might not start for a year. "
                        + "A councillor asked whether the chairman was wrong to sell the old quay that has stood empty. "
                        + "The board meets again today. "
                        + "The chairman left by the back door."),
                article("b", TUESDAY.plusDays(2), "The council cut the ferry subsidy.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        LocalDate monday = TUESDAY.minusDays(1);
        assertThat(dating.mentioned(opening(story, "A councillor asked"))).as("past the history and the state")
                .isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "If the board"))).as("a condition").isNull();
        assertThat(dating.mentioned(opening(story, "\"We did"))).as("a quotation is carried only from its lead")
                .isNull();
        assertThat(dating.mentioned(opening(story, "The plan approved"))).as("a participle, the main verb to come")
                .isNull();
        assertThat(dating.mentioned(opening(story, "The chairman left"))).as("today's sentence ends the run")
                .isNull();
        assertThat(LeadDay.plainlyPast("Waxman asked whether the chairman was wrong to oppose rules that have failed."))
                .isTrue();
        assertThat(LeadDay.plainlyPast("Developing countries want to be included in meetings where the crisis began."))
                .isFalse();
        assertThat(LeadDay.plainlyPast("Here's why: the plan developed by the Treasury might not start for a month."))
                .isFalse();
    }

    @Test
    void aClauseReadOnceSaysWhetherItHasAFiniteVerbAndWhetherItReportsAFinishedEvent() {
        assertThat(LeadDay.finishedEventIfFinite("  the harbour master")).isNull();
        assertThat(LeadDay.finishedEventIfFinite("the council voted ")).isTrue();
        assertThat(LeadDay.finishedEventIfFinite("the council says")).isFalse();
        assertThat(LeadDay.finishedEventIfFinite("the council had voted")).isFalse();
        assertThat(LeadDay.finishedEventIfFinite("who voted?")).isFalse();
        for (String clause : List.of("the council voted", "the council says", "who voted?", "it ended at 10:30")) {
            Boolean finished = LeadDay.finishedEventIfFinite(clause);
            if (finished != null) {
                assertThat(finished).isEqualTo(LeadDay.reportsFinishedEvent(clause));
            }
        }
    }

    @Test
    void aSpeakerNamedByAPronounGoesOnWithTheInterviewOfTheSentenceBefore() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", TUESDAY, "The harbour levy will be debated again next month. "
                        + "Ferry operators met the port authority last week. "
                        + "The authority has published its accounts for the year. "
                        + "Mayor Ana Reyes said in an interview yesterday that the town was feeling the pinch. "
                        + "Ferry operators hit by the levy, she said, were scaling back their winter timetables. "
                        + "The levy raised two million last year. "
                        + "Harbour pilots, she said, were leaving for other ports."),
                article("b", TUESDAY.plusDays(2), "The council agreed a smaller harbour levy.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        LocalDate monday = TUESDAY.minusDays(1);
        assertThat(dating.mentioned(opening(story, "Mayor Ana Reyes"))).isEqualTo(monday);
        assertThat(dating.mentioned(opening(story, "Ferry operators hit"))).isEqualTo(monday);
        // the sentence before it tells of no saying: the pronoun's speech has no day to take
        assertThat(dating.mentioned(opening(story, "Harbour pilots"))).isNull();
    }
}
