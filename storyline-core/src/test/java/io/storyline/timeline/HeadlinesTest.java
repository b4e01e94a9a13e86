package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented pages about a harbour closure, with their headlines scraped in as sentences. */
class HeadlinesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private static StoryAnalysis story(String... texts) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(new Article("a" + i, "Courier", null, null, DAY, texts[i], "a" + i + ".txt"));
        }
        return StoryAnalysis.of(articles);
    }

    private static AnalyzedSentence sentence(StoryAnalysis story, String start) {
        return story.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aQuestionOpeningAPageIsItsHeadline() {
        StoryAnalysis story = story("Is the harbour closure also a political crisis?\n"
                + "The closure of Kelby harbour is a widening economic crisis for the town. "
                + "Who will pay for the dredging of the channel?");
        assertThat(Headlines.isHeadline(story, sentence(story, "Is the harbour"))).isTrue();
        assertThat(Headlines.isHeadline(story, sentence(story, "The closure of Kelby"))).isFalse();
        assertThat(Headlines.isHeadline(story, sentence(story, "Who will pay"))).isFalse();
    }

    @Test
    void aLineCutInsideANameWithFullStopsIsAFragment() {
        StoryAnalysis story = story("Harbour band to play the Kelby reopening concert Will. I. Am said the band "
                + "owed the town a great deal. The concert will be held on the quay on Saturday.");
        assertThat(Headlines.isHeadline(story, sentence(story, "Harbour band"))).isTrue();
        assertThat(Headlines.isHeadline(story, sentence(story, "The concert will"))).isFalse();
    }

    @Test
    void headlinesAreNoTimelineCandidates() {
        StoryAnalysis story = story("Is the harbour closure of Kelby also a political crisis for the town?\n"
                + "The closure of Kelby harbour is a widening economic crisis for the town.");
        ReaderComments comments = ReaderComments.of(story);
        SentenceDating dating = SentenceDating.of(story, new io.storyline.analyze.time.TimeExpressions(), comments);
        assertThat(TimelineBuilder.candidates(story, dating, comments).get(DAY)).extracting(AnalyzedSentence::text)
                .anyMatch(t -> t.startsWith("The closure")).noneMatch(t -> t.startsWith("Is the harbour"));
    }
}
