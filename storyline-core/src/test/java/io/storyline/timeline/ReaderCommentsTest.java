package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import io.storyline.model.DayCoverage;
import io.storyline.model.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented articles about a ferry strike, some with a readers' thread scraped below them. */
class ReaderCommentsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2024, 6, 14);

    private static Article article(String id, LocalDate published, String text) {
        return new Article(id, "Courier", null, "Ferry strike", published, text, id + ".txt");
    }

    private static List<String> comments(Article article) {
        StoryAnalysis story = StoryAnalysis.of(List.of(article));
        ReaderComments comments = ReaderComments.of(story);
        return story.sentences().stream().filter(comments::isComment).map(AnalyzedSentence::text).toList();
    }

    @Test
    void everythingFromTheFirstPostedByStampOnIsTheThread() {
        Article article = article("p1", FRIDAY,
                "Ferry crews walked out at Ardrossan on Friday morning. "
                        + "The operator cancelled every crossing to the islands until Sunday. "
                        + "Shameful treatment of islanders Posted by: kelpie | June 14, 2024 9:12 AM | Report abuse "
                        + "The crews are right to strike. "
                        + "Who pays for the lost weekend?");
        assertThat(comments(article)).hasSize(2).allSatisfy(text -> assertThat(text).doesNotContain("operator"));
        assertThat(comments(article).get(0)).contains("Posted by");
    }

    @Test
    void aStampedReplyLinkAndAModerationLinkBothOpenAThread() {
        assertThat(comments(article("r1", FRIDAY,
                "The ferry strike entered its second day on Saturday. "
                        + "June 15, 2024 at 5:20 pm | Reply Bring back the old timetable. "
                        + "Nobody listens to the islands.")))
                .hasSize(2);
        assertThat(comments(article("r2", FRIDAY,
                "Talks between the union and the operator resumed on Monday. "
                        + "June 17, 2024 at 8:02 am | Report abuse | About time too.")))
                .hasSize(1);
        assertThat(comments(article("r3", FRIDAY,
                "Islanders queued for the one relief boat on Sunday. "
                        + "June 16, 2024 at 9:41 am | June 16, 2024 at 9:44 am | Same again next summer.")))
                .hasSize(1);
    }

    @Test
    void aSignedRemarkIsACommentButNotTheRestOfTheArticle() {
        List<String> found = comments(article("s1", FRIDAY,
                "At 16:20 on 14 Jun, Morag wrote: the boats never run on time anyway. "
                        + "The union said the strike would go on into next week. "
                        + "Hauliers queued at the pier for a crossing that never came."));
        assertThat(found).singleElement().satisfies(text -> assertThat(text).contains("Morag wrote:"));
    }

    @Test
    void reportingWordsAloneAreNotAThread() {
        assertThat(comments(article("n1", FRIDAY,
                "The union posted pickets by the pier gates on Friday. "
                        + "Passengers reported abuse from a few drivers stuck in the queue. "
                        + "The operator replied that the timetable would be restored by 5:30 pm on Sunday.")))
                .isEmpty();
    }

    @Test
    void readersNeitherFillTheTimelineNorVoteForItsDays() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("a1", FRIDAY,
                "Ferry crews at Ardrossan walked out on Friday over the new rosters. "
                        + "The operator cancelled every sailing to the islands."));
        articles.add(article("a2", FRIDAY.plusDays(3),
                "The ferry strike that began on Friday left the islands without fresh milk. "
                        + "Shops on the islands rationed bread and milk to two loaves a family."));
        // the thread below a later article names Saturday, in every comment
        articles.add(article("a3", FRIDAY.plusDays(4),
                "Union leaders and the operator agreed to meet again on Wednesday. "
                        + "Great news Posted by: skerry | June 18, 2024 7:01 PM | Report abuse "
                        + "I was stranded on the pier on Saturday with three children. "
                        + "On Saturday the cafe at the pier ran out of everything. "
                        + "Saturday was the worst day of the strike for the islanders, believe me."));
        Timeline timeline = new TimelineBuilder(new TimelineOptions(3, 2, List.of())).build(articles);

        assertThat(timeline.entries()).flatExtracting(e -> e.sentences()).extracting(s -> s.text())
                .noneMatch(text -> text.contains("Saturday") || text.contains("Posted by"));
        assertThat(timeline.coverage()).filteredOn(d -> d.date().equals(FRIDAY.plusDays(1)))
                .extracting(DayCoverage::mentions).allMatch(m -> m == 0);
    }
}
