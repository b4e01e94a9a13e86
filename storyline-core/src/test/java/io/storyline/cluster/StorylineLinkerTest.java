package io.storyline.cluster;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the linker reads an event's time: an event counts as dated only when most of its articles are
 * ({@link StorylineLinker#MIN_DATED_SHARE}).
 */
class StorylineLinkerTest {

    private static final int DAY = (int) LocalDate.of(2024, 3, 4).toEpochDay();

    /** A storyline's event: terms 1 to 5. */
    private static final int[] FLOOD = {1, 2, 3, 4, 5};
    /** Another subject sharing one term in five with it (cosine 0.2, above the link threshold 0.15). */
    private static final int[] FERRY = {1, 6, 7, 8, 9};

    private int sequence;

    private ArticleProfile profile(int[] terms, int day) {
        double[] weights = new double[terms.length];
        java.util.Arrays.fill(weights, 1 / Math.sqrt(terms.length));
        String id = "a" + sequence;
        Article article = new Article(id, "Herald", null, null,
                day == ArticleProfile.UNDATED ? null : LocalDate.ofEpochDay(day), "text", id);
        return new ArticleProfile(sequence++, article, day, terms, weights, terms);
    }

    private OpenStory event(int number, int[] terms, int... days) {
        OpenStory event = new OpenStory(number);
        for (int day : days) {
            event.add(profile(terms, day));
        }
        return event;
    }

    private static List<List<OpenStory>> link(OpenStory... events) {
        return new StorylineLinker(StorylineSettings.defaults(), term -> 3.0).link(List.of(events));
    }

    @Test
    void anEventOfMostlyUndatedArticlesTakesNoDateFromItsOneDatedArticle() {
        int undated = ArticleProfile.UNDATED;
        OpenStory mostlyUndated = event(0, FERRY, undated, undated, undated, DAY);
        assertThat(StorylineLinker.mostlyDated(mostlyUndated)).isFalse();
        assertThat(StorylineLinker.firstDay(mostlyUndated)).isEqualTo(undated);
        assertThat(StorylineLinker.lastDay(mostlyUndated)).isEqualTo(undated);
        OpenStory halfDated = event(1, FERRY, undated, DAY, DAY + 2);
        assertThat(StorylineLinker.mostlyDated(halfDated)).isTrue();
        assertThat(StorylineLinker.firstDay(halfDated)).isEqualTo(DAY);
        assertThat(StorylineLinker.lastDay(halfDated)).isEqualTo(DAY + 2);
    }

    @Test
    void aWeakMatchJoinsADatedStorylineOnTheSameDaysButNotWhenMostlyUndated() {
        // dated on the storyline's own day, the weak match (0.2) joins it: time speaks for it
        assertThat(link(event(0, FLOOD, DAY), event(1, FERRY, DAY, DAY + 1))).hasSize(1);
        // the same event, but three of its four articles undated: it joins by content alone, at the undated
        // share of its similarity (0.35 x 0.2 = 0.07), which is too little: a storyline of its own
        int undated = ArticleProfile.UNDATED;
        List<List<OpenStory>> lines = link(event(2, FLOOD, DAY), event(3, FERRY, undated, undated, undated, DAY));
        assertThat(lines).hasSize(2);
    }
}
