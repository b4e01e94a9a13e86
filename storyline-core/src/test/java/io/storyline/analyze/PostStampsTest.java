package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines a page stamps with the time of their post are two posts, not one fact nor a disagreement. */
class PostStampsTest {

    @Test
    void aTimeClosedByABarIsAStamp() {
        assertThat(PostStamps.stamped("March 3, 2026 06:33 pm at 6:33 pm | Ferry service resumes on the bay.", "6:33 pm")).isTrue();
        assertThat(PostStamps.stamped("March 3, 2026 at 11:44 am | Report abuse | Comments welcome.", "11:44 am")).isTrue();
        assertThat(PostStamps.stamped("The ferry left at 6:33 pm and docked an hour later.", "6:33 pm")).isFalse();
    }

    @Test
    void twoLinesPostingTheSameWordsAfterTheirStampsSayTheSame() {
        assertThat(PostStamps.sameBesideStamps(
                "March 3, 2026 06:33 pm at 6:33 pm | Ferry service on the bay resumes - harbour office.",
                "March 3, 2026 11:51 am at 11:51 am | March 3, 2026 12:03 pm at 12:03 pm | Ferry service on the bay  resumes - harbour office."))
                .isTrue();
        assertThat(PostStamps.sameBesideStamps(
                "March 3, 2026 06:33 pm at 6:33 pm | Ferry service on the bay resumes - harbour office.",
                "March 3, 2026 11:51 am at 11:51 am | Ferry service on the bay is suspended - harbour office.")).isFalse();
        // without a stamp's bar there is nothing to read past
        assertThat(PostStamps.sameBesideStamps("The ferry left at 6:33 pm.", "The ferry left at 6:33 pm.")).isFalse();
    }

    private static Article article(String id, String text) {
        return new Article(id, id, null, null, LocalDate.of(2026, 3, 3), text, id + ".txt");
    }

    @Test
    void oneItemPostedTwiceIsOneFact() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("blog-a", """
                        March 3, 2026 06:33 pm at 6:33 pm | Ferry service on the bay resumes after the storm - harbour office.
                        """),
                article("blog-b", """
                        March 3, 2026 11:51 am at 11:51 am | March 3, 2026 12:03 pm at 12:03 pm | Ferry service on the bay resumes after the storm - harbour office.
                        """),
                article("blog-c", """
                        March 3, 2026 09:10 am at 9:10 am | Ferry service on the bay suspended during the storm - harbour office.
                        """)));
        Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
        assertThat(facts.relation(story.sentencesOf(0).get(0), story.sentencesOf(1).get(0))).isEqualTo(Facts.Relation.SAME);
        assertThat(facts.relation(story.sentencesOf(0).get(0), story.sentencesOf(2).get(0))).isEqualTo(Facts.Relation.OTHER);
    }

    @Test
    void twoPostsStampedApartAreNeitherOneFactNorADispute() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("blog-a", """
                        March 3, 2026 06:33 pm at 6:33 pm | Ferry service on the bay resumes after the storm - harbour office.
                        The first ferry left the Vellby pier at 6:30 pm carrying forty passengers.
                        """),
                article("blog-b", """
                        March 3, 2026 11:51 am at 11:51 am | Ferry service on the bay resumes after the storm, the harbour office says.
                        The first ferry left the Vellby pier at 9:30 pm carrying forty passengers.
                        """)));
        Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
        AnalyzedSentence stampA = story.sentencesOf(0).get(0);
        AnalyzedSentence stampB = story.sentencesOf(1).get(0);
        assertThat(facts.relation(stampA, stampB)).isEqualTo(Facts.Relation.OTHER);
        // a time the statement itself gives still disagrees
        assertThat(facts.relation(story.sentencesOf(0).get(1), story.sentencesOf(1).get(1)))
                .isEqualTo(Facts.Relation.DISPUTED);
    }
}
