package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.InventedStory;
import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaptionsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    private static StoryAnalysis story(String... texts) {
        return InventedStory.analysis(InventedStory.titled("Courier", "Flood", DAY, texts));
    }

    private static AnalyzedSentence sentence(StoryAnalysis story, String start) {
        return InventedStory.sentence(story, start);
    }

    @Test
    void theSentenceBeforeACreditLineIsACaption() {
        StoryAnalysis story = story("Army engineers opened a temporary bridge at Pulford on Friday. "
                + "A soldier stands guard beside the flooded quay at dusk. "
                + "Photograph: Jane Doe/Agency The bridge will carry lorries of bottled water into the town.");
        assertThat(Captions.isCaption(story, sentence(story, "A soldier stands guard"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "Army engineers opened"))).isFalse();
        assertThat(Captions.isCaption(story, sentence(story, "Photograph: Jane Doe"))).isFalse();
    }

    @Test
    void theFirstSentenceOfATwoSentenceCaptionIsACaptionToo() {
        StoryAnalysis story = story("Volunteers clean a heron covered in mud from the flooded quay. "
                + "The town has been cut off for a week Photograph: Jane Doe/Agency The council has opened a "
                + "temporary bridge into the town. Lorries of bottled water crossed it on Friday.");
        assertThat(Captions.isCaption(story, sentence(story, "Volunteers clean a heron"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "The town has been cut off"))).isFalse();
        assertThat(Captions.isCaption(story, sentence(story, "Lorries of bottled water"))).isFalse();
    }

    @Test
    void aCreditInParenthesesAlsoEndsACaptionButAWireTagDoesNot() {
        StoryAnalysis story = story("Pedestrians walk past a share-price board in Tokyo on Thursday. "
                + "(AP Photo/Jane Doe) Japan's main index fell ten percent in early trade on Thursday. "
                + "Traders sold shares across the board as the yen rose against the dollar. "
                + "(AP) -- The central bank said it stood ready to act.");
        assertThat(Captions.isCaption(story, sentence(story, "Pedestrians walk past"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "Traders sold shares"))).isFalse();
    }

    @Test
    void aWireCaptionEndsOnItsPlaceAndFullDateWithNoWordBetween() {
        StoryAnalysis story = story("A volunteer fills sandbags beside the quay in Pulford, Chestershire May 8, 2024. "
                + "A ferryman waits at the landing stage in Kelby May 9, 2024. "
                + "The river last burst its banks on May 8, 2019. "
                + "The bridge has been closed since March 1, 2024. "
                + "The council said the quay would stay shut until June 1, 2024.");
        assertThat(Captions.isCaption(story, sentence(story, "A volunteer fills"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "A ferryman waits"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "The river last burst"))).isFalse();
        assertThat(Captions.isCaption(story, sentence(story, "The bridge has been"))).isFalse();
        assertThat(Captions.isCaption(story, sentence(story, "The council said"))).isFalse();
    }

    @Test
    void aCreditOpeningTheNextArticleDoesNotMakeACaption() {
        StoryAnalysis story = story("Army engineers opened a temporary bridge at Pulford on Friday.",
                "Photo: Agency The bridge will carry lorries of bottled water into the town.");
        assertThat(Captions.isCaption(story, sentence(story, "Army engineers opened"))).isFalse();
    }

    @Test
    void aWordLikeCreditInsideASentenceIsNotALabel() {
        StoryAnalysis story = story("Army engineers opened a temporary bridge at Pulford on Friday. "
                + "Photographs of the bridge were shared widely on Saturday.");
        assertThat(Captions.isCaption(story, sentence(story, "Army engineers opened"))).isFalse();
    }

    @Test
    void aSentenceEndingInAnAgencysCreditOrTellingItsPhotoIsACaption() {
        StoryAnalysis story = story("The freighter that had listed for two days sank on Thursday, officials said "
                + "(Reuters). In this March 1, 2024 file photo, tugs pull at the freighter off Kelby. "
                + "The port said (in a statement) that ferries would sail on Friday. "
                + "Officials said the photos of the wreck were taken by divers.");
        assertThat(Captions.isCaption(story, sentence(story, "The freighter that had"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "In this March 1"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "The port said"))).isFalse();
        assertThat(Captions.isCaption(story, sentence(story, "Officials said the photos"))).isFalse();
    }

    @Test
    void aCaptionIsNoTimelineCandidate() {
        StoryAnalysis story = story("Army engineers opened a temporary bridge at Pulford for the families. "
                + "A soldier stands guard beside the flooded quay of Pulford at dusk. "
                + "Photograph: Jane Doe/Agency The bridge will carry lorries of water into Pulford for the families.");
        ReaderComments comments = ReaderComments.of(story);
        SentenceDating dating = SentenceDating.of(story, new io.storyline.analyze.time.TimeExpressions(), comments);
        assertThat(TimelineBuilder.candidates(story, dating, comments).get(DAY)).extracting(AnalyzedSentence::text)
                .anyMatch(t -> t.startsWith("Army engineers")).noneMatch(t -> t.startsWith("A soldier stands"));
    }

    @Test
    void aWireCaptionEndsOnThePicturesFullDateAndAGalleryLabelBeforeACreditMarksOne() {
        StoryAnalysis story = story("The mayor, centre, speaks to flood wardens on the quay at Pulford, Thursday, "
                + "May 9, 2024, in Chester. The mayor promised new flood walls on Thursday.",
                "May 9: Sandbags are seen piled along the quay after the river burst its banks. "
                        + "AP PULFORD -- The river burst its banks on Thursday. "
                        + "May 8: Wardens closed the quay. Officials opened a shelter in the school.");
        assertThat(Captions.isCaption(story, sentence(story, "The mayor, centre, speaks"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "The mayor promised"))).isFalse();
        assertThat(Captions.isCaption(story, sentence(story, "May 9: Sandbags"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "May 8: Wardens"))).as("a chronology's item").isFalse();
        StoryAnalysis gallery = story("Reuters May 7: Flood water is seen in the square of Pulford. "
                + "The mayor stands in the square in Pulford Tuesday, May 7, 2024. "
                + "Wardens opened the shelter on Tuesday.");
        assertThat(Captions.isCaption(gallery, sentence(gallery, "Reuters May 7"))).isTrue();
        assertThat(Captions.isCaption(gallery, sentence(gallery, "The mayor stands"))).isTrue();
        assertThat(Captions.isCaption(gallery, sentence(gallery, "Wardens opened"))).isFalse();
        StoryAnalysis fused = story("How the flood would look over the city centre Photograph: courier. "
                + "The river rose two metres on Thursday.");
        assertThat(Captions.isCaption(fused, sentence(fused, "How the flood"))).isTrue();
        assertThat(Captions.isCaption(fused, sentence(fused, "The river rose"))).isFalse();
    }

    @Test
    void aCaptionBelowItsCreditIsACaptionButAStoryOpeningBelowOneIsNot() {
        assertThat(Captions.underItsCredit("(Jane Doe - AP) Volunteers carry sandbags along the river bank in Pulford."))
                .isTrue();
        assertThat(Captions.underItsCredit("(Harbour Pictures via Getty Images) A fisherman and his son mend nets "
                + "beside the closed quay.")).isTrue();
        assertThat(Captions.underItsCredit("(Jane Doe - AP) PULFORD, May 9 -- The river burst its banks on Thursday, "
                + "flooding the quay.")).as("a dateline opens the story").isFalse();
        assertThat(Captions.underItsCredit("(Jane Doe - AP) The council voted to close the quay for a month."))
                .as("a finished event").isFalse();
        assertThat(Captions.underItsCredit("Volunteers carry sandbags along the river bank in Pulford.")).isFalse();
        StoryAnalysis story = story("(Jane Doe - AP) Volunteers carry sandbags along the river bank in Pulford. "
                + "The river burst its banks on Thursday.");
        assertThat(Captions.isCaption(story, sentence(story, "(Jane Doe"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "The river burst"))).isFalse();
    }

    @Test
    void aDateLabelledCaptionAboveTheStorysDatelineIsACaption() {
        StoryAnalysis story = story("May 1: Birds fly past the oil booms along the quay. "
                + "PULFORD, England -- The harbour master said on Sunday that the booms would hold.");
        assertThat(Captions.isCaption(story, sentence(story, "May 1: Birds"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "PULFORD"))).isFalse();
    }

    @Test
    void aCaptionSaysWhereItsPeopleStandInThePicture() {
        StoryAnalysis story = story("The mayor's daughters Ann (l), Eve (c) and Mia opened the new flood wall at Pulford. "
                + "Warden Tom Ash (left) watches the river rise beside the quay. "
                + "The council agreed three things: (a) new walls, (b) pumps and (c) a warden in every street. "
                + "Senator Jo Reed (R) voted for the flood bill on Thursday.");
        assertThat(Captions.isCaption(story, sentence(story, "The mayor's daughters"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "Warden Tom Ash"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "The council agreed"))).as("an enumeration").isFalse();
        assertThat(Captions.isCaption(story, sentence(story, "Senator Jo Reed"))).as("a party").isFalse();
    }

    @Test
    void aFrameGrabIsACaption() {
        StoryAnalysis story = story("A frame grab from the harbour's live camera shows tugs beside the wreck on March 2. "
                + "The harbour master grabbed a rope and pulled two divers from the water.");
        assertThat(Captions.isCaption(story, sentence(story, "A frame grab"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "The harbour master grabbed"))).isFalse();
    }

    @Test
    void aWireCaptionMayEndOnAThingAndItsDay() {
        StoryAnalysis story = story("Response vessels work beside the flooded wellhead May 8, 2024. "
                + "Families wait to cross near the border May 9, 2024. "
                + "The record is 24 inches set May 6, 1886. "
                + "The index closed at its highest May 8, 2023. "
                + "The levee was breached May 8, 2024. "
                + "The quay has been shut since May 1, 2024.");
        assertThat(Captions.isCaption(story, sentence(story, "Response vessels work"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "Families wait"))).isTrue();
        assertThat(Captions.isCaption(story, sentence(story, "The record is"))).isFalse();
        assertThat(Captions.isCaption(story, sentence(story, "The index closed"))).isFalse();
        assertThat(Captions.isCaption(story, sentence(story, "The levee was"))).isFalse();
        assertThat(Captions.isCaption(story, sentence(story, "The quay has"))).isFalse();
    }
}
