package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Deeply nested markup, as some page builders and hostile pages produce it, reads as shallow markup does. */
class HtmlExtractorDepthTest {

    private static final String STORY = "<p>The harbour board voted on Tuesday to close the old pier to traffic from "
            + "next spring, after engineers found rust in most of its supporting beams.</p>"
            + "<p>Fishing crews who moor there said they had not been asked, and would take the matter to the "
            + "council at its next sitting in March.</p>";
    private static final String LINKS = "<ul class=\"x\"><li><a href=\"/a\">Ferry timetable changes</a></li>"
            + "<li><a href=\"/b\">Council meets in March</a></li></ul>";

    private static String nested(int depth, String inside) {
        return "<html><body>" + "<div>".repeat(depth) + inside + "</div>".repeat(depth) + "</body></html>";
    }

    @Test
    void deepNestingKeepsTheParagraphTextAndDropsTheLinkList() {
        String shallow = HtmlExtractor.extract(nested(1, STORY + LINKS), null).text();
        String deep = HtmlExtractor.extract(nested(20_000, STORY + LINKS), null).text();
        assertThat(deep).isEqualTo(shallow)
                .startsWith("The harbour board voted on Tuesday")
                .contains("Fishing crews who moor there")
                .doesNotContain("Ferry timetable");
    }

    @Test
    void aLinkListNestedDeepInsideAnotherGoesWithItAndTheStoryStays() {
        String links = "<div>" + "<div>".repeat(5_000) + LINKS + "</div>".repeat(5_000) + "</div>";
        String text = HtmlExtractor.extract(nested(3, STORY + links + STORY), null).text();
        assertThat(text).doesNotContain("Ferry timetable").contains("supporting beams");
    }

    @Test
    void linesWithoutParagraphsAndBlocksNamedAsFurnitureReadTheSameDeepAsShallow() {
        String lines = STORY.replace("</p><p>", "<br><br>").replace("<p>", "").replace("</p>", "") + LINKS;
        String shallow = HtmlExtractor.extract(nested(1, lines), null).text();
        String deep = HtmlExtractor.extract(nested(20_000, "<section class=\"story--ads\">" + "<div>".repeat(20_000)
                + lines + "</div>".repeat(20_000) + "</section>"), null).text();
        assertThat(deep).isEqualTo(shallow).contains("supporting beams", "Fishing crews")
                .doesNotContain("Ferry timetable");
    }

    @Test
    void aShortBlockOfProseWithALinkIsNotALinkList() {
        String text = HtmlExtractor.extract(nested(2, STORY
                + "<div><p>Read the board's <a href=\"/r\">report</a> on the pier's beams and their rust.</p></div>"), null)
                .text();
        assertThat(text).contains("Read the board's report on the pier's beams");
    }

    @Test
    void deepFurnitureIsStillRemoved() {
        String furniture = "<aside>" + "<div>".repeat(5_000) + "<p>Subscribe to our newsletter for the latest news "
                + "from the harbour and the coast.</p>" + "</div>".repeat(5_000) + "</aside>";
        String text = HtmlExtractor.extract(nested(2, STORY + STORY + furniture), null).text();
        assertThat(text).contains("supporting beams").doesNotContain("Subscribe");
    }
}
