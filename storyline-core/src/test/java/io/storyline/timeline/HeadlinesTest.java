package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.InventedStory;
import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Invented pages about a harbour closure, with their headlines scraped in as sentences. */
class HeadlinesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private static StoryAnalysis story(String... texts) {
        return InventedStory.analysis(InventedStory.titled("Courier", null, DAY, texts));
    }

    private static AnalyzedSentence sentence(StoryAnalysis story, String start) {
        return InventedStory.sentence(story, start);
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
    void aTitleCaseHeadlineWithItsVerbsCapitalizedIsAHeadline() {
        assertThat(Headlines.titledHeadline("A Public Hand In the Harbour Is as Old as the Town.")).isTrue();
        assertThat(Headlines.titledHeadline("Ivo Saar, Anna Mets and Mari Tamm met in Kelby.")).as("names").isFalse();
        assertThat(Headlines.titledHeadline("The Kelby Harbour Authority said the quay is old.")).isFalse();
        StoryAnalysis story = story("A Public Hand In the Harbour Is as Old as the Town.\n"
                + "The closure of Kelby harbour is a widening economic crisis for the town.");
        assertThat(Headlines.isHeadline(story, sentence(story, "A Public Hand"))).isTrue();
        assertThat(Headlines.isHeadline(story, sentence(story, "The closure of Kelby"))).isFalse();
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
