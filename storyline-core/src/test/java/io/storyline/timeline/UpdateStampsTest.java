package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateStampsTest {

    /** A Monday: the day the live page was started. */
    private static final LocalDate FILED = LocalDate.of(2011, 1, 31);

    private static Article article(String id, LocalDate published, String text) {
        return new Article(id, "Harbour " + id, null, "Port strike", published, text, id + ".txt");
    }

    @Test
    void aStampsWeekdayIsReadForwardFromTheFilesDateAndTheEarlierOfItsTwoDaysIsTheEvents() {
        String stamp = "(Update 3:09 a.m. Wednesday in Cairo, 8:09 p.m. ET Tuesday)";
        assertThat(UpdateStamps.stampEnd(stamp + " Dockers marched on the port offices.")).isEqualTo(stamp.length());
        assertThat(UpdateStamps.stampDay(stamp, FILED)).isEqualTo(LocalDate.of(2011, 2, 1));
        assertThat(UpdateStamps.stampDay("(Update 4:08 a.m. Tuesday in Cairo, 9:08 p.m. ET Monday)", FILED))
                .isEqualTo(FILED);
        assertThat(UpdateStamps.stampDay("(Update 11:47 p.m. Cairo, 4:47 p.m. ET)", FILED)).isNull();
        assertThat(UpdateStamps.stampEnd("Dockers marched on the port offices (update to follow).")).isEqualTo(-1);
    }

    @Test
    void theStampsDayIsTheNowOfItsUpdateAndOfTheUpdatesUnderIt() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("blog", FILED, "Dockers have stopped work at the port for a seventh day. "
                        + "-LRB- Update 12:05 a.m. Wednesday in Cairo, 5:05 p.m. ET Tuesday -RRB- Chants continue "
                        + "from thousands of dockers outside the port offices. "
                        + "Police fired tear gas at the gates on Tuesday afternoon, witnesses said. "
                        + "-LRB- Update 2:53 a.m. Wednesday in Cairo, 7:53 p.m. ET Tuesday -RRB- Video of the march: "
                        + "-LRB- Update 1:50 a.m. Wednesday in Cairo, 6:50 p.m. ET Tuesday -RRB- The union leader "
                        + "spoke with the port authority after the march. "
                        + "-LRB- Update 11:47 p.m. Cairo, 4:47 p.m. ET -RRB- The port authority said talks with "
                        + "the union would resume."),
                article("next", LocalDate.of(2011, 2, 3), "The port reopened after the strike ended.")));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        LocalDate tuesday = LocalDate.of(2011, 2, 1);
        assertThat(dating.mentioned(opening(story, "-LRB- Update 12:05"))).as("dated by its stamp").isEqualTo(tuesday);
        assertThat(dating.mentioned(opening(story, "Police fired")))
                .as("Tuesday read from the stamp's day, not a week before the file's").isEqualTo(tuesday);
        assertThat(dating.mentioned(opening(story, "-LRB- Update 2:53"))).as("a second stamp dates nothing itself")
                .isEqualTo(tuesday);
        assertThat(dating.mentioned(opening(story, "-LRB- Update 11:47"))).as("the clock carries on").isEqualTo(tuesday);
        assertThat(dating.mentioned(opening(story, "Dockers have"))).as("above the first stamp").isNull();
    }

    private static AnalyzedSentence opening(StoryAnalysis story, String prefix) {
        return story.sentences().stream().filter(s -> s.text().startsWith(prefix)).findFirst().orElseThrow();
    }
}
