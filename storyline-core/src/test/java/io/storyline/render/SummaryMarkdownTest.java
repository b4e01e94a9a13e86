package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryMarkdownTest {

    private final SummaryRendering renderer = SummaryRendering.of(OutputFormats.MD);

    @Test
    void rendersHeadingSentencesWithCitationsAndSources() {
        String md = renderer.render(SummaryFixtures.pierStory());

        assertThat(md).isEqualTo("""
                # Summary

                The north pier at Gull Bay collapsed on Monday morning.[1]
                Two deckhands were taken to hospital with minor injuries.[2][1][3]
                Ferries will use the south quay until June.[2]

                ## Sources

                - [1] Tideline Post — "Ferry service suspended after pier collapse", 2026-04-14, <https://www.tideline.example/news/2026/04/pier>
                - [2] Gull Bay Gazette — 2026-04-15, `stories/gazette.txt`
                - [3] Tideline Post — "Pier inquiry opens", `ftp://archive.example/pier.txt`
                """);
    }

    @Test
    void sentenceCitedByThreeSourcesGetsOneMarkerPerSourceInCitationOrder() {
        String line = lineStartingWith(renderer.render(SummaryFixtures.pierStory()), "Two deckhands");

        assertThat(line).endsWith("injuries.[2][1][3]");
    }

    @Test
    void repeatedCitationsOfOneSourceShowOneMarker() {
        String line = lineStartingWith(renderer.render(SummaryFixtures.pierStory()), "Ferries");

        assertThat(line).endsWith("June.[2]");
    }

    @Test
    void titleOptionReplacesTheGenericHeading() {
        String md = SummaryRendering.of(OutputFormats.MD, RenderOptions.defaults().withTitle("Pier\ncollapse at Gull Bay"))
                .render(SummaryFixtures.pierStory());

        assertThat(md).startsWith("# Pier collapse at Gull Bay\n\n");
    }

    @Test
    void emptySummaryStillListsSources() {
        String md = renderer.render(SummaryFixtures.empty());

        assertThat(md).startsWith("# Summary\n\n_No sentences were selected for this summary._\n\n## Sources\n")
                .doesNotContain("][");
        assertThat(md.lines().filter(l -> l.startsWith("- ["))).hasSize(3);
    }

    @Test
    void sourcesNeitherCitedNorDisputingAreCountedNotListed() {
        Summary summary = new Summary("lead", List.of(sentence("Quiet day.", 1)),
                List.of(new Source(1, "a", "Harbor Wire", null, null, null, null),
                        new Source(2, "b", "Quay Post", null, null, null, null)));

        assertThat(renderer.render(summary)).endsWith("## Sources\n\n- [1] Harbor Wire\n\n"
                + "_Also read, and not cited: 1 article._\n");
    }

    @Test
    void sourceWithOnlyAnOutletIsJustTheOutlet() {
        Summary summary = new Summary("lead", List.of(sentence("Quiet day.", 4)),
                List.of(new Source(4, "a", "Harbor Wire", " ", null, null, null)));

        assertThat(renderer.render(summary)).endsWith("## Sources\n\n- [4] Harbor Wire\n");
    }

    @Test
    void articleTextCannotBecomeMarkdownStructure() {
        Summary summary = new Summary("lead", List.of(
                sentence("# Not a heading, *not* bold, [not](http://a.example) a link.", 1),
                sentence("1. Not a list & not &amp; an entity <b>tag</b>", 1),
                sentence("- nor a bullet\n## nor a heading on a new line", 1)),
                List.of(new Source(1, "a", "Outlet_One", "A `code` title", "javascript:alert(1)", null, "a.txt")));

        String md = renderer.render(summary);

        assertThat(md).contains("\\# Not a heading, \\*not\\* bold, \\[not\\](http://a.example) a link.[1]\n")
                .contains("1\\. Not a list & not \\&amp; an entity \\<b\\>tag\\</b\\>[1]\n")
                .contains("\\- nor a bullet ## nor a heading on a new line[1]\n")
                .contains("- [1] Outlet\\_One — \"A \\`code\\` title\", `javascript:alert(1)`\n")
                .doesNotContain("<javascript:");
    }

    @Test
    void codeSpanOutlastsBackticksInside() {
        assertThat(Markdown.codeSpan("a``b")).isEqualTo("``` a``b ```");
        assertThat(Markdown.codeSpan("plain/path.txt")).isEqualTo("`plain/path.txt`");
    }

    private static SummarySentence sentence(String text, int source) {
        return new SummarySentence(text, List.of(new Citation(source, 0, text)));
    }

    private static String lineStartingWith(String text, String prefix) {
        return Arrays.stream(text.split("\n")).filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }
}
