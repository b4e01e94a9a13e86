package io.storyline;

import io.storyline.cluster.Clustering;
import io.storyline.model.Article;
import io.storyline.model.Digest;
import io.storyline.model.InferredDate;
import io.storyline.model.Source;
import io.storyline.model.Story;
import io.storyline.model.StoryDigest;
import io.storyline.summarize.Budget;
import io.storyline.timeline.TimelineBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story's span in {@code cluster} and {@code digest} takes in the days its undated articles are dated from
 * their text, as the digest's timeline of the story does: the example's Coastline Herald follow-up carries no
 * date and says "Friday", beside articles of 11 and 12 March.
 */
class InferredStorySpanTest {

    @Test
    void aStorysSpanTakesInTheDaysItsTimelineGivesItsUndatedArticles() {
        List<Article> articles = Storyline.read(Path.of("../examples/harbour-bridge")).articles();
        List<InferredDate> inferred = TimelineBuilder.inferredDates(articles);
        assertThat(inferred).extracting(InferredDate::date).contains(LocalDate.of(2026, 3, 13));

        Clustering clustering = Storyline.cluster(articles);
        assertThat(clustering.stories()).hasSize(1);
        Story story = clustering.stories().get(0);
        assertThat(story.first()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(story.last()).as("the follow-up's Friday").isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(clustering.storylines().get(0).last()).as("its storyline's span too").isEqualTo(story.last());

        Digest digest = Storyline.digest(articles, Budget.words(100));
        StoryDigest only = digest.digests().get(0);
        assertThat(only.story().last()).isEqualTo(story.last());
        // the timeline's sources carry the days it gave them: the span runs from the first to the last
        assertThat(only.timeline().sources()).extracting(Source::published)
                .allMatch(d -> !d.isBefore(story.first()) && !d.isAfter(story.last()))
                .contains(story.first(), story.last());
    }
}
