package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChronologyTest {

    private static final LocalDate SECOND_OF_MAY = LocalDate.of(2005, 5, 2);

    private static Article article(String id, LocalDate published, String text) {
        return new Article(id, "Harbour " + id, null, "Lifeboat losses", published, text, id + ".txt");
    }

    private static LocalDate dayOf(StoryAnalysis story, Map<Integer, LocalDate> days, String opening) {
        return story.sentences().stream().filter(s -> s.text().startsWith(opening)).findFirst()
                .map(s -> days.get(s.id())).orElseThrow();
    }

    @Test
    void aListOfPastEventsCarriesItsYearBackFromTheArticle() {
        StoryAnalysis story = StoryAnalysis.of(List.of(article("a", SECOND_OF_MAY,
                "The loss of the pilot boat takes the number of crew lost since the service began to twelve. "
                        + "Here is the full list. "
                        + "March 21: Two crew of the Alder lifeboat drowned off the northern headland. "
                        + "March 30: A coxswain died of his injuries in hospital. "
                        + "November 6: A mechanic was killed in an engine fire at the boathouse. "
                        + "January 7: A volunteer died after a fall from the slipway. "
                        + "February 12: A crewman was crushed between the boat and the quay. "
                        + "June 28: A helmsman was lost when the inshore boat capsized. "
                        + "June 19: A crewman was washed overboard in a storm. "
                        + "August 4: A trainee drowned during a night exercise. "
                        + "April 30: The pilot boat sank with two crew aboard.")));
        Map<Integer, LocalDate> days = Chronology.itemDays(story);
        assertThat(dayOf(story, days, "March 21")).isEqualTo(LocalDate.of(2003, 3, 21));
        assertThat(dayOf(story, days, "November 6")).isEqualTo(LocalDate.of(2003, 11, 6));
        assertThat(dayOf(story, days, "January 7")).isEqualTo(LocalDate.of(2004, 1, 7));
        assertThat(dayOf(story, days, "June 28")).as("not this June, after the article")
                .isEqualTo(LocalDate.of(2004, 6, 28));
        assertThat(dayOf(story, days, "June 19")).as("a day going back within a month keeps the year")
                .isEqualTo(LocalDate.of(2004, 6, 19));
        assertThat(dayOf(story, days, "April 30")).isEqualTo(LocalDate.of(2005, 4, 30));
    }

    @Test
    void aListWrittenNewestFirstIsReadTheOtherWay() {
        StoryAnalysis story = StoryAnalysis.of(List.of(article("a", SECOND_OF_MAY,
                "April 30: The pilot boat sank with two crew aboard. "
                        + "February 2: A volunteer died after a fall from the slipway. "
                        + "December 12: A mechanic was killed in an engine fire at the boathouse.")));
        Map<Integer, LocalDate> days = Chronology.itemDays(story);
        assertThat(dayOf(story, days, "April 30")).isEqualTo(LocalDate.of(2005, 4, 30));
        assertThat(dayOf(story, days, "December 12")).isEqualTo(LocalDate.of(2004, 12, 12));
    }

    @Test
    void aScheduleOrAFewDatedSentencesAreNoChronology() {
        StoryAnalysis schedule = StoryAnalysis.of(List.of(article("a", SECOND_OF_MAY,
                "May 9: The new lifeboat will be named at the harbour. "
                        + "June 1: Sea trials will start off the headland. "
                        + "July 4: The crew will take the boat on its first rescue exercise.")));
        assertThat(Chronology.itemDays(schedule)).isEmpty();
        StoryAnalysis two = StoryAnalysis.of(List.of(article("b", SECOND_OF_MAY,
                "June 28: A helmsman was lost when the inshore boat capsized. "
                        + "June 19: A crewman was washed overboard in a storm.")));
        assertThat(Chronology.itemDays(two)).isEmpty();
        assertThat(Chronology.label("March 21, 2003: Two crew drowned.")).as("an item with its year needs none")
                .isNull();
        assertThat(Chronology.label("21 March: Two crew drowned.")).isEqualTo(MonthDay.of(3, 21));
    }

    @Test
    void anItemIsDatedByItsListsYearNotByTheNearestDay() {
        LocalDate published = SECOND_OF_MAY;
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", published, "March 21: Two crew of the Alder lifeboat drowned off the northern headland. "
                        + "June 2: A coxswain died of his injuries in hospital. "
                        + "September 9: A mechanic was killed in an engine fire at the boathouse. "
                        + "January 7: A volunteer died after a fall from the slipway. "
                        + "June 28: A helmsman was lost when the inshore boat capsized. "
                        + "April 30: The pilot boat sank with two crew aboard."),
                article("b", LocalDate.of(2004, 6, 1), "The lifeboat station opened its new boathouse on Tuesday."),
                article("c", LocalDate.of(2005, 7, 1), "The pilot boat was raised from the harbour bed.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        var june = story.sentences().stream().filter(s -> s.text().startsWith("June 28")).findFirst().orElseThrow();
        assertThat(dating.mentioned(june)).isEqualTo(LocalDate.of(2004, 6, 28));
    }
}
