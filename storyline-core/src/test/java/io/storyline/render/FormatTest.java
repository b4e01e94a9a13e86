package io.storyline.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatTest {

    @ParameterizedTest
    @CsvSource({"md, MD", "MD, MD", "markdown, MD", "json, JSON", " Html , HTML", "text, TEXT", "txt, TEXT"})
    void findsFormatByCliName(String name, Format expected) {
        assertThat(Format.fromName(name)).isEqualTo(expected);
    }

    @Test
    void unknownNameListsTheChoices() {
        assertThatThrownBy(() -> Format.fromName("pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pdf'")
                .hasMessageContaining("md, json, html, text");
        assertThatThrownBy(() -> Format.fromName(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markdownIsTheDefault() {
        assertThat(Format.defaultFormat()).isEqualTo(Format.MD);
        assertThat(Format.cliNames()).containsExactly("md", "json", "html", "text");
    }

    @Test
    void eachFormatHasItsOwnRenderer() {
        var story = SummaryFixtures.pierStory();

        assertThat(Format.MD.renderer().render(story)).startsWith("# Summary\n");
        assertThat(Format.JSON.renderer().render(story)).startsWith("{").contains("\"schema\": \"storyline.summary/1\"");
        assertThat(Format.HTML.renderer().render(story)).startsWith("<!DOCTYPE html>");
        assertThat(Format.TEXT.renderer().render(story)).startsWith("The north pier");
        assertThat(Format.TEXT.fileExtension()).isEqualTo("txt");
        assertThat(Format.HTML.mediaType()).isEqualTo("text/html");
    }

    @Test
    void nullOptionsMeanDefaults() {
        assertThat(Format.MD.renderer(null).render(SummaryFixtures.empty())).startsWith("# Summary\n");
    }

    @Test
    void renderToAppendsTheSameDocument() throws Exception {
        StringBuilder out = new StringBuilder("prefix:");
        Format.MD.renderer().renderTo(SummaryFixtures.pierStory(), out);

        assertThat(out.toString()).isEqualTo("prefix:" + Format.MD.renderer().render(SummaryFixtures.pierStory()));
    }
}
