package io.storyline.render;

import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;
import io.storyline.model.SummarySentence;

import java.util.List;

/**
 * A summary in CommonMark: a heading, the summary as one paragraph with one sentence per source line
 * (so it reads well both raw in a terminal and rendered), each sentence followed by its citations
 * such as {@code [1][3]}, then a {@code ## Sources} list. Shows no comparison.
 */
final class SummaryMarkdown {

    private SummaryMarkdown() {
    }

    /**
     * The summary listing the sources its sentences cite or that dispute one of them, and counting the
     * articles it read and does not cite (an update's new article it took nothing from, reports of the
     * same events it needs no citation of). A summary of no sentence lists every article it read.
     */
    static String render(SummaryReport report, RenderOptions options) {
        Summary summary = report.summary();
        StringBuilder out = new StringBuilder(render(summary, options, List.of()));
        if (!summary.sources().isEmpty()) {
            out.append('\n');
            Markdown.appendCitedSources(out, summary.sentences(), summary.sources());
        }
        return out.toString();
    }

    /**
     * The summary listing {@code listed} as its sources: a digest story lists every one, as its timeline and
     * comparison, which follow, cite by the same numbers.
     */
    static String render(Summary summary, RenderOptions options, List<Source> listed) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Markdown.escape(options.heading())).append("\n\n");
        if (summary.sentences().isEmpty()) {
            out.append("_No sentences were selected for this summary._\n");
        }
        for (SummarySentence sentence : summary.sentences()) {
            out.append(Markdown.escape(sentence.text()));
            out.append(Markdown.citations(sentence));
            out.append('\n');
        }
        if (!listed.isEmpty()) {
            out.append("\n## Sources\n\n");
            for (Source source : listed) {
                out.append("- ").append(Markdown.sourceLine(source)).append('\n');
            }
        }
        return out.toString();
    }
}
