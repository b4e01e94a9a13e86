package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports that give other values without disputing each other: live-page updates of two moments, a page's
 * line about its own print edition, a day of saying, a supposed value and another main happening; beside each,
 * a disagreement that must stay one. Also "does not" beside "refuses to": one denial, one fact.
 */
class FactsUnstatedDisputesTest {

    private static Article article(String id, String text) {
        return new Article(id, id, null, null, null, text, id + ".txt");
    }

    private static final List<Article> ARTICLES = List.of(
            article("live-a", """
                    (Update 9:08 p.m. Vellby, 2:08 p.m. ET) More than 500 passengers have been evacuated from the ferry terminal aboard five buses, the harbour office said.
                    A version appeared on p2 of the Main section of the Vellby Courier on Friday 30 April 2026.
                    The mayor said in her Tuesday night address that she would meet the ferry board to set aside money for the stranded passengers.
                    So if the council moves the ferry vote to Friday, the line will cancel the winter timetable for the island.
                    The harbour office says there are more than 5,000 ferry passengers in Vellby this week.
                    The storm sank three fishing boats in the Vellby marina overnight, the coast guard said.
                    The harbour board does not recognize the ferry union's claim to the northern pier.
                    """),
            article("live-b", """
                    (Update 10:37 p.m. Vellby, 3:37 p.m. ET) About 1,600 passengers have been evacuated from the ferry terminal aboard buses, the harbour office said.
                    A version appeared on p1 of the Main section of the Vellby Courier on Saturday 1 May 2026.
                    She said she would meet the ferry board later on Wednesday to set aside money for the stranded passengers.
                    The council moved the ferry vote to Thursday, and the line will cancel the winter timetable for the island.
                    The harbour office says 219 ferry passengers have left Vellby this week.
                    The storm sank five fishing boats in the Vellby marina overnight, the coast guard said.
                    The harbour board refuses to recognize the ferry union's claim to the northern pier as lawful.
                    """));

    private final StoryAnalysis story = StoryAnalysis.of(ARTICLES);
    private final Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));

    private Facts.Relation relation(int line) {
        return facts.relation(story.sentencesOf(0).get(line), story.sentencesOf(1).get(line));
    }

    @Test
    void updatesOfALivePageAtTwoMomentsAreTheStoryMovingOn() {
        assertThat(PostStamps.postedApart(story.sentencesOf(0).get(0).text(), story.sentencesOf(1).get(0).text())).isTrue();
        assertThat(relation(0)).isEqualTo(Facts.Relation.OTHER);
    }

    @Test
    void aPagesLineAboutItsPrintEditionDisputesNothing() {
        assertThat(relation(1)).isEqualTo(Facts.Relation.OTHER);
    }

    @Test
    void theDayOfAnAddressIsNotTheDayOfTheMeeting() {
        assertThat(relation(2)).isNotEqualTo(Facts.Relation.DISPUTED);
    }

    @Test
    void aSupposedDayDisputesNoStatedOne() {
        assertThat(relation(3)).isNotEqualTo(Facts.Relation.DISPUTED);
    }

    @Test
    void countsOfTwoHappeningsAreNoDispute() {
        assertThat(relation(4)).isNotEqualTo(Facts.Relation.DISPUTED);
    }

    @Test
    void oneHappeningToldWithTwoCountsIsStillDisputed() {
        assertThat(relation(5)).isEqualTo(Facts.Relation.DISPUTED);
    }

    @Test
    void doesNotAndRefusesToDenyOneThing() {
        assertThat(relation(6)).isEqualTo(Facts.Relation.SAME);
    }
}
