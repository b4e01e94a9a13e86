package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure given in one frame (the clause around it saying the same) is one fact told with two values, however
 * the sentences' other clauses differ; a frame with another name, figure or time in it, or with more than one
 * other word, is another statement.
 */
class ValueFramesTest {

    private static final List<SlotDifference> SHARE = List.of(new SlotDifference("number", "percent", "72 percent", "65 percent"));
    private static final List<SlotDifference> MARGIN = List.of(new SlotDifference("number", "vote", "340 votes", "430 votes"));

    @Test
    void aClauseThatSaysTheSameBesideItsFigureIsOneFrame() {
        assertThat(ValueFrames.oneFrame("Attendance was 72 percent, a record for the league.",
                "Attendance was 65 percent, lower than last season.", SHARE)).isTrue();
        // the one extra common word is a title before a name both give
        assertThat(ValueFrames.oneFrame("The council vote went ahead on Friday, which Lisa Marne won by 340 votes.",
                "Councillor Lisa Marne won by 430 votes, the returning office said.", MARGIN)).isTrue();
    }

    @Test
    void anotherNameFigureOrTimeOrTwoMoreWordsMakeAnotherFrame() {
        assertThat(ValueFrames.oneFrame("Attendance was 72 percent in Dorsby.", "Attendance was 65 percent in Kelm.", SHARE))
                .isFalse();
        assertThat(ValueFrames.oneFrame("Attendance was 72 percent.", "Attendance was 65 percent in 2019.", SHARE)).isFalse();
        assertThat(ValueFrames.oneFrame("Attendance was 72 percent.", "Attendance at the away games was 65 percent.", SHARE))
                .isFalse();
        // too little said beside the figure to be one statement
        assertThat(ValueFrames.oneFrame("It was 72 percent.", "It was 65 percent.", SHARE)).isFalse();
        // a value the sentence does not write has no frame
        assertThat(ValueFrames.frame("Attendance was high.", "72 percent")).isNull();
    }

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2026, 5, 4), text, id + ".txt");
    }

    @Test
    void twoOutletsGivingOneFigureInOneFrameDisputeIt() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("gazette", "Dorsby Gazette", """
                        Voters in Dorsby elected a new council on Sunday after a long campaign.
                        Attendance was 72 percent, a record for the town.
                        The harbour plan was the main issue of the campaign.
                        """),
                article("post", "Kelm Post", """
                        Dorsby chose its new council on Sunday.
                        Attendance was 65 percent, lower than at the last election.
                        The new council meets for the first time next month.
                        """),
                article("wire", "North Wire", """
                        Dorsby's new council will meet for the first time next month.
                        The harbour plan divided the town during the campaign.
                        """)));
        Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
        AnalyzedSentence gazette = story.sentencesOf(0).get(1);
        AnalyzedSentence post = story.sentencesOf(1).get(1);
        assertThat(facts.relation(gazette, post)).isEqualTo(Facts.Relation.DISPUTED);
        assertThat(facts.disputes(gazette)).singleElement().satisfies(d ->
                assertThat(d.differences()).extracting(SlotDifference::otherValue).containsExactly("65 percent"));
        assertThat(facts.reportsElsewhere(gazette)).isEmpty(); // never cited for the other figure
    }
}
