package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which blocks of a page the extractor keeps as the article: the rules that find the body. */
class HtmlExtractorBlockTest {

    private static final String[] STORY = {
        "The harbour board voted on Tuesday to close the old pier to traffic from next spring, after engineers "
                + "found rust in most of its supporting beams.",
        "Fishing crews who moor there said they had not been asked, and would take the matter to the council at "
                + "its next sitting in March.",
        "The board said a new pontoon would be built beside the ferry terminal within two years, paid for by "
                + "the port's own reserves.",
        "Work on the pontoon is to begin in the autumn, once the summer ferries have stopped running to the "
                + "islands."};

    private static String page(String body) {
        return "<!DOCTYPE html><html><head><title>Pier</title></head><body>" + body + "</body></html>";
    }

    @Test
    void aSectionWhoseClassOnlyModifiesItWithAFurnitureWordStaysInTheStory() {
        StringBuilder body = new StringBuilder("<article class=\"report\">");
        for (int i = 0; i < STORY.length; i++) {
            // "report__section--ads": a section of the report that also holds an ad slot
            body.append("<section class=\"report__section").append(i == 0 ? "" : " report__section--ads")
                    .append("\"><p>").append(STORY[i]).append("</p>")
                    .append(i == 0 ? "" : "<div class=\"ad-slot\">Advertisement</div>").append("</section>");
        }
        body.append("</article>");

        String text = HtmlExtractor.extract(page(body.toString()), null).text();

        assertThat(text).contains(STORY[0], STORY[1], STORY[2], STORY[3]).doesNotContain("Advertisement");
        assertThat(HtmlExtractor.withoutModifiers("report__section report__section--ads is-wide"))
                .isEqualTo("report__section report__section is-wide");
        assertThat(HtmlExtractor.withoutModifiers("sidebar--left")).isEqualTo("sidebar");
    }

    @Test
    void aLayoutBlockNamedLikeFurnitureThatHoldsTheMainContentStays() {
        StringBuilder body = new StringBuilder("<div class=\"layout has-sidebar\"><main>");
        for (String paragraph : STORY) {
            body.append("<p>").append(paragraph).append("</p>");
        }
        body.append("</main></div><div class=\"site-info\">");
        for (int i = 0; i < 60; i++) {
            body.append("<p>Opening hours 9 to 5</p>"); // many short lines: more paragraph text than the story
        }
        body.append("</div>");

        String text = HtmlExtractor.extract(page(body.toString()), null).text();

        assertThat(text).contains(STORY[0], STORY[3]).doesNotContain("Opening hours");
    }
}
