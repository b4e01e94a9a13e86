package io.storyline.cluster;

import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.Storyline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story and storyline spans take in the days a reading ({@link InferredDays}) gives undated articles, within the
 * storyline's fences, in one place ({@link StorySpan}) for the stream and its callers.
 */
class StorySpanTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    /** Three reports of one quake: two dated 4 and 5 March, one undated (its day to be read from its text). */
    private static List<Article> quake() {
        return List.of(Newsroom.quake("q1", "Herald", "2024-03-04", "Orvel"),
                Newsroom.quake("q2", "Courier", "2024-03-05", "Orvel"),
                Newsroom.quake("q3", "Gazette", null, "Orvel"));
    }

    @Test
    void aSpanRunsOverPublicationDatesAndTheDaysGivenToUndatedArticles() {
        StorySpan span = StorySpan.of(quake(), story -> List.of(DAY.plusDays(3)));
        assertThat(span.first()).isEqualTo(DAY);
        assertThat(span.last()).isEqualTo(DAY.plusDays(3));
        assertThat(StorySpan.of(quake(), InferredDays.NONE).last()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void aStoryWithNothingToReadBesideOrNothingToDateIsNotRead() {
        List<List<Article>> asked = new ArrayList<>();
        InferredDays reading = story -> {
            asked.add(story);
            return List.of(DAY.minusDays(100));
        };
        List<Article> allDated = quake().subList(0, 2);
        List<Article> noneDated = quake().subList(2, 3);
        assertThat(StorySpan.of(allDated, reading).first()).isEqualTo(DAY);
        assertThat(StorySpan.of(noneDated, reading).first()).isNull();
        assertThat(asked).isEmpty();
    }

    @Test
    void theStreamSpansItsStoriesAndStorylinesWithTheDaysItsReadingGives() {
        List<List<String>> read = new ArrayList<>();
        InferredDays reading = story -> {
            read.add(story.stream().map(Article::id).toList());
            return List.of(DAY.plusDays(2));
        };
        StoryStream stream = new StoryStream(ClusterSettings.defaults(), StorylineSettings.defaults(), reading);
        quake().forEach(stream::add);
        Clustering clustering = stream.finish();
        assertThat(clustering.stories()).hasSize(1);
        Story story = clustering.stories().get(0);
        assertThat(story.first()).isEqualTo(DAY);
        assertThat(story.last()).isEqualTo(DAY.plusDays(2));
        Storyline line = clustering.storylines().get(0);
        assertThat(line.last()).isEqualTo(DAY.plusDays(2));
        assertThat(line.undated()).as("the article still carries no date of its own").isEqualTo(1);
        assertThat(read).containsExactly(List.of("q1", "q2", "q3"));

        stream.snapshot();
        assertThat(read).as("an unchanged story is not read again by the next snapshot").hasSize(1);
        stream.add(Newsroom.quake("q4", "Post", null, "Orvel"));
        stream.snapshot();
        assertThat(read).as("a story that grew is read again").hasSize(2);
        assertThat(read.get(1)).contains("q4");
    }

    @Test
    void aDayGivenFarOutsideTheStorylinesFencesDoesNotStretchItsSpanNorCountAsADatedArticleLeftOut() {
        long day = DAY.toEpochDay();
        StorylineSpan span = StorylineSpan.of(new long[] {day, day + 3}, new long[] {day + 5, day - 30 * 365});
        assertThat(span.first()).isEqualTo(DAY);
        assertThat(span.last()).isEqualTo(DAY.plusDays(5));
        assertThat(span.outsideSpan()).isZero();
    }
}
