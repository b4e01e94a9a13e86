package io.storyline.ingest;

import static io.storyline.ingest.PierPage.STORY;
import static io.storyline.ingest.PierPage.page;
import static io.storyline.ingest.PierPage.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A paywall's prompt inside the story's blocks ends the story or goes alone; a story about subscriptions stays. */
class PaywallPromptTest {

    private static String text(String body) {
        return HtmlExtractor.extract(page("<article>" + body + "</article>"), null).text();
    }

    @Test
    void aPromptThatCutsTheStoryEndsItAndTheOfferAfterItGoes() {
        String text = text(paragraphs(0, 3) + "<p>To view the full story, please subscribe to Harbour Wire. You can "
                + "choose an annual subscription or a weekly pass.</p><p>When you join, you get unlimited access to "
                + "our journalism about the coast and its people, every day of the week.</p>"
                + "<p>If you are seeing this message but you are already a subscriber, you can log in.</p>");

        assertThat(text).startsWith(STORY[0]).endsWith(STORY[2]).doesNotContain("subscri", "unlimited access");
    }

    @Test
    void aPromptOpeningTheTextGoesAloneAndTheStoryAfterItStays() {
        String text = text("<p>Subscribe to continue reading this story on Harbour Wire.</p>" + paragraphs(0, 4));

        assertThat(text).startsWith(STORY[0]).endsWith(STORY[3]).doesNotContain("Subscribe");
    }

    @Test
    void anAlreadySubscribedLineGoesAloneWhereverItIs() {
        String text = text(paragraphs(0, 2) + "<p>Already a subscriber? Log in here.</p>" + paragraphs(2, 4));

        assertThat(text).startsWith(STORY[0]).endsWith(STORY[3]).doesNotContain("Already");
    }

    @Test
    void aStoryParagraphAboutSubscriptionsStays() {
        String about = "Readers who subscribe to the port's newsletter will get the full story of the works each month, "
                + "the board said, along with the ferry timetables, the tide tables and the dates of every council "
                + "meeting where the pier, the pontoon or the harbour dues will be discussed over the coming year.";
        String text = text(paragraphs(0, 2) + "<p>" + about + "</p>" + paragraphs(2, 4));

        assertThat(text).contains(about).endsWith(STORY[3]);
    }
}
