package io.storyline.render;

import io.storyline.model.SummaryReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputFormatsTest {

    @ParameterizedTest
    @CsvSource({"md, md", "MD, md", "markdown, md", "json, json", " Html , html", "text, text", "txt, text"})
    void findsAFormatByNameOrAlias(String name, String expected) {
        assertThat(OutputFormats.forName(name, RecordType.SUMMARY).name()).isEqualTo(expected);
    }

    @Test
    void eachRecordListsTheFormatsThatRenderIt() {
        assertThat(OutputFormats.names(RecordType.SUMMARY)).containsExactly("md", "json", "html", "text");
        assertThat(OutputFormats.names(RecordType.COMPARISON)).containsExactly("md", "json", "html", "text");
        assertThat(OutputFormats.names(RecordType.TIMELINE)).containsExactly("md", "json", "html", "tls");
        assertThat(OutputFormats.names(RecordType.STORIES)).containsExactly("md", "json", "html", "jsonl");
        assertThat(OutputFormats.names(RecordType.DIGEST)).containsExactly("md", "json", "html", "jsonl");
    }

    @Test
    void helpDescribesWhatEachFormatGivesForTheRecord() {
        assertThat(String.join(", ", OutputFormats.described(RecordType.SUMMARY)))
                .isEqualTo("md (citations and sources), json, html (self-contained page), text (sentences only)");
        assertThat(OutputFormats.described(RecordType.TIMELINE)).contains("tls (the Timeline17 gold format)");
    }

    @Test
    void unknownNameListsTheChoicesForTheRecord() {
        assertThatThrownBy(() -> OutputFormats.forName("pdf", RecordType.SUMMARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'pdf'; choose md, json, html or text");
        assertThatThrownBy(() -> OutputFormats.forName(null, RecordType.TIMELINE))
                .hasMessageContaining("md, json, html or tls");
    }

    @Test
    void aFormatThatDoesNotRenderTheRecordIsRefusedByName() {
        assertThatThrownBy(() -> OutputFormats.forName("text", RecordType.TIMELINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format 'text' is not available for a timeline; choose md, json, html or tls");
        assertThatThrownBy(() -> OutputFormats.forName("tls", RecordType.STORIES))
                .hasMessageContaining("not available for a story list");
        assertThatThrownBy(() -> OutputFormats.TLS.render(RecordType.DIGEST, null, null))
                .hasMessage("format 'tls' is not available for a digest; choose md, json, html or jsonl");
    }

    @Test
    void everyFormatHasOneNameExtensionAndMediaType() {
        assertThat(OutputFormats.all()).extracting(OutputFormat::name)
                .containsExactly("md", "json", "html", "text", "tls", "jsonl");
        assertThat(OutputFormats.TEXT.fileExtension()).isEqualTo("txt");
        assertThat(OutputFormats.HTML.mediaType()).isEqualTo("text/html");
        assertThat(OutputFormats.all()).filteredOn(OutputFormat::showsComparison)
                .containsExactly(OutputFormats.JSON, OutputFormats.HTML);
    }

    /** What a new format takes: one class saying which records it renders (and one line in the registry). */
    private static final class HeadlinesOnly extends OutputFormat {
        HeadlinesOnly() {
            super("headlines", "txt", "text/plain", "hl");
            renders(RecordType.STORIES, "one label a line", (list, options) -> String.join("\n",
                    list.stories().stream().map(io.storyline.model.Story::label).toList()) + "\n");
        }
    }

    @Test
    void aFormatRendersExactlyTheRecordsItRegisters() {
        OutputFormat headlines = new HeadlinesOnly();
        var stories = new io.storyline.model.StoryList(List.of(new io.storyline.model.Story("s1", "Flood", null, null,
                List.of("Herald"), List.of("a"))), java.util.Map.of());

        assertThat(headlines.render(RecordType.STORIES, stories, null)).isEqualTo("Flood\n");
        assertThat(headlines.renders(RecordType.STORIES)).isTrue();
        assertThat(headlines.renders(RecordType.SUMMARY)).isFalse();
        assertThat(headlines.describe(RecordType.STORIES)).isEqualTo("headlines (one label a line)");
        assertThatThrownBy(() -> headlines.render(RecordType.SUMMARY, SummaryReport.of(SummaryFixtures.empty()), null))
                .hasMessageStartingWith("format 'headlines' is not available for a summary");
    }

    @Test
    void nullOptionsMeanDefaults() {
        assertThat(OutputFormats.MD.render(RecordType.SUMMARY, SummaryReport.of(SummaryFixtures.empty()), null))
                .startsWith("# Summary\n");
    }

    @Test
    void eachFormatWritesTheSummaryItsOwnWay() {
        SummaryReport story = SummaryReport.of(SummaryFixtures.pierStory());
        assertThat(OutputFormats.MD.render(RecordType.SUMMARY, story, null)).startsWith("# Summary\n");
        assertThat(OutputFormats.JSON.render(RecordType.SUMMARY, story, null))
                .startsWith("{").contains("\"schema\": \"storyline.summary/1\"");
        assertThat(OutputFormats.HTML.render(RecordType.SUMMARY, story, null)).containsIgnoringCase("<!DOCTYPE html>");
        assertThat(OutputFormats.TEXT.render(RecordType.SUMMARY, story, null)).startsWith("The north pier");
    }
}
