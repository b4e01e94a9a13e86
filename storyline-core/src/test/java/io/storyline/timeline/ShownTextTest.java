package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.InventedStory;
import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented pages about a ferry inquiry, with a caption or picture credits run in front of a sentence. */
class ShownTextTest {

    private static final LocalDate INQUIRY_DAY = LocalDate.of(2024, 3, 14);
    private static final String STORY_TEXT = "Divers searched the wreck again. The divers found the hull intact. "
            + "Two divers gave evidence. The divers were praised by the inquiry. Police divers and navy divers "
            + "joined the search, and the divers worked for a week.";

    private static SentenceDating dating(StoryAnalysis story) {
        return SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
    }

    @Test
    void aCaptionsDayFusedInFrontOfALeadDatesNothingOfTheLead() {
        List<Article> articles = InventedStory.articles("Outlet", INQUIRY_DAY,
                "The ferry sank on 2 March 2024 Divers told the inquiry into the ferry's sinking that the hull was "
                        + "cracked. " + STORY_TEXT);
        StoryAnalysis story = InventedStory.analysis(articles);
        AnalyzedSentence lead = InventedStory.sentence(story, "The ferry sank");
        FusedLines fused = FusedLines.of(articles);
        assertThat(ShownText.of(story, lead, fused)).startsWith("Divers told the inquiry");
        assertThat(ShownText.shownStart(story, lead, fused)).isEqualTo(lead.text().indexOf("Divers told"));
        assertThat(dating(story).mentioned(lead)).as("the caption's day is not the lead's").isNull();
    }

    @Test
    void aDayInTheSentenceItselfStillDatesIt() {
        List<Article> articles = InventedStory.articles("Outlet", INQUIRY_DAY,
                "The ferry sank on 2 March 2024 Divers told the inquiry on Tuesday that the hull was cracked. "
                        + STORY_TEXT);
        StoryAnalysis story = InventedStory.analysis(articles);
        assertThat(dating(story).mentioned(InventedStory.sentence(story, "The ferry sank")))
                .isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void aDatelineAfterAPicturesCreditsIsNoDayOfTheEventItsSentenceTells() {
        List<Article> articles = InventedStory.articles("Outlet", INQUIRY_DAY,
                "(Jane Doe - AP) KELBY, March 14 -- The ferry's owners admitted on Wednesday that the hull had "
                        + "cracked. " + STORY_TEXT);
        StoryAnalysis story = InventedStory.analysis(articles);
        AnalyzedSentence lead = InventedStory.sentence(story, "(Jane Doe");
        assertThat(ShownText.of(story, lead, FusedLines.of(articles))).startsWith("The ferry's owners admitted");
        assertThat(dating(story).mentioned(lead)).isEqualTo(LocalDate.of(2024, 3, 13));
    }

    @Test
    void aChronologysDateLabelStillDatesItsItem() {
        List<Article> articles = InventedStory.articles("Outlet", INQUIRY_DAY,
                "March 2 - The ferry sank off Kelby with forty passengers on board. " + STORY_TEXT);
        StoryAnalysis story = InventedStory.analysis(articles);
        assertThat(dating(story).mentioned(InventedStory.sentence(story, "March 2 -")))
                .isEqualTo(LocalDate.of(2024, 3, 2));
    }

    @Test
    void aPagesTimeStampDatesNothingOfTheSentenceAfterIt() {
        List<Article> articles = InventedStory.articles("Outlet", INQUIRY_DAY,
                "Thursday 14 March 2024 00.37 GMT The harbour master yesterday resigned over the ferry's sinking. "
                        + STORY_TEXT);
        StoryAnalysis story = InventedStory.analysis(articles);
        assertThat(EntryText.pageStampEnd(story.sentences().get(0).text()))
                .isEqualTo("Thursday 14 March 2024 00.37 GMT ".length());
        assertThat(dating(story).mentioned(InventedStory.sentence(story, "Thursday 14 March")))
                .isEqualTo(LocalDate.of(2024, 3, 13));
    }

    @Test
    void aBareDateRightBeforeTheSentenceIsItsChronologysLabel() {
        List<Article> articles = InventedStory.articles("Outlet", INQUIRY_DAY,
                "2 March 2024 The ferry sank off Kelby with forty passengers on board. "
                        + "Footage of the wreck 9 March 2024 Divers told the inquiry that the hull of the ferry was "
                        + "cracked. " + STORY_TEXT);
        StoryAnalysis story = InventedStory.analysis(articles);
        AnalyzedSentence item = InventedStory.sentence(story, "Footage of the wreck");
        assertThat(ShownText.of(story, item, FusedLines.of(articles))).startsWith("Divers told the inquiry");
        assertThat(dating(story).mentioned(item)).isEqualTo(LocalDate.of(2024, 3, 9));
    }

    @Test
    void aBacktickOpeningAQuotationPrintsAsAQuotationMark() {
        assertThat(ShownText.quotesMarked("Ferry crew left ` shaken and bewildered' by the crash."))
                .isEqualTo("Ferry crew left  'shaken and bewildered' by the crash.")
                .hasSameSizeAs("Ferry crew left ` shaken and bewildered' by the crash.");
        assertThat(ShownText.quotesMarked("The mayor said: `We will rebuild.'")).isEqualTo("The mayor said: 'We will rebuild.'");
        assertThat(ShownText.quotesMarked("He said \"` Nine ferries\" twice")).isEqualTo("He said \" 'Nine ferries\" twice");
        List<Article> articles = InventedStory.articles("Outlet", INQUIRY_DAY,
                "Ferry crew left ` shaken and bewildered' by the sinking of the ferry off Kelby, the union said. "
                        + STORY_TEXT);
        StoryAnalysis story = InventedStory.analysis(articles);
        assertThat(ShownText.display(story, InventedStory.sentence(story, "Ferry crew"), FusedLines.of(articles)))
                .isEqualTo("Ferry crew left 'shaken and bewildered' by the sinking of the ferry off Kelby, the union said.");
    }
}
