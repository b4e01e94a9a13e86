package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text an element's inline style hides is no text of the article: a browser never shows it. */
class StyledHiddenTest {

    private static final String STORY = "<p>The harbour board voted on Tuesday to close the old pier to traffic from "
            + "next spring, after engineers found rust in most of its supporting beams.</p>"
            + "<p>Fishing crews who moor there said they had not been asked, and would take the matter to the "
            + "council at its next sitting in March.</p>";
    private static final String COPY = "The ferry company said its timetable would not change before the summer season.";

    private static String text(String hiddenPart) {
        String html = "<!DOCTYPE html><html><head><title>Pier</title></head><body><article>" + STORY
                + hiddenPart + "<p>The board said a new pontoon would be built beside the ferry terminal within two years.</p>"
                + "</article></body></html>";
        return HtmlExtractor.extract(html, null).text();
    }

    @Test
    void displayNoneAndVisibilityHiddenGoInAnySpellingOfTheDeclaration() {
        for (String style : new String[] {"display:none", "display: none;", "color: red; DISPLAY : None",
                "visibility: hidden", "margin:0;visibility:hidden;", "display:none !important"}) {
            String text = text("<div style=\"" + style + "\"><p>" + COPY + "</p></div>");
            assertThat(text).as(style).doesNotContain("ferry company").contains("new pontoon", "rust in most");
        }
    }

    @Test
    void aStyleThatShowsTheTextKeepsIt() {
        for (String style : new String[] {"display: block", "max-height: none", "visibility: visible",
                "font-family: display-none-sans", "display: inline; --was: none"}) {
            assertThat(text("<div style=\"" + style + "\"><p>" + COPY + "</p></div>")).as(style).contains("ferry company");
        }
    }
}
