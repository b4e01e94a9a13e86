package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts of people who were killed and of people who were wounded are two facts, not one figure disputed. */
class OutcomesTest {

    @Test
    void theOutcomeIsTheNearestOutcomeWord() {
        assertThat(Outcomes.of("Gunmen opened fire, killing 12 people.", "12 people")).isEqualTo("killed");
        assertThat(Outcomes.of("The blast killed five people and wounded 30 others.", "five people")).isEqualTo("killed");
        assertThat(Outcomes.of("The blast killed five people and wounded 30 others.", "30 others")).isEqualTo("hurt");
        assertThat(Outcomes.of("Twelve people were injured in the crash.", "Twelve people")).isEqualTo("hurt");
        assertThat(Outcomes.of("About 80 firefighters fought the blaze.", "About 80 firefighters")).isNull();
    }

    @Test
    void theSummaryDoesNotShowTheWoundedAsDisputingTheDead() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                new Article("a", "Northern Wire", null, null, LocalDate.of(2026, 3, 2),
                        "Gunmen opened fire on a crowded market in Baghdad on Monday, killing 12 people, police said.", "a.txt"),
                new Article("b", "Valley Courier", null, null, LocalDate.of(2026, 3, 2),
                        "Gunmen opened fire on a crowded market in Baghdad on Monday, wounding 30 people, police said.", "b.txt"),
                new Article("c", "Coast Wire", null, null, LocalDate.of(2026, 3, 2),
                        "Gunmen opened fire on a crowded market in Baghdad on Monday, killing 15 people, police said.", "c.txt")));
        Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
        AnalyzedSentence killed = story.sentencesOf(0).get(0);
        assertThat(facts.relation(killed, story.sentencesOf(1).get(0))).isEqualTo(Facts.Relation.OTHER);
        assertThat(facts.relation(killed, story.sentencesOf(2).get(0))).isEqualTo(Facts.Relation.DISPUTED);
    }
}
