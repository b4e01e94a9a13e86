package io.storyline.render;

import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;
import io.storyline.model.SummarySentence;

/**
 * A summary in CommonMark: a heading, the summary as one paragraph with one sentence per source line
 * (so it reads well both raw in a terminal and rendered), each sentence followed by its citations
 * such as {@code [1][3]}, then a {@code ## Sources} list. Shows no comparison.
 */
final class SummaryMarkdown {

    private SummaryMarkdown() {
    }

    static String render(SummaryReport report, RenderOptions options) {
        return render(report.summary(), options);
    }

    static String render(Summary summary, RenderOptions options) {
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
        if (!summary.sources().isEmpty()) {
            out.append("\n## Sources\n\n");
            for (Source source : summary.sources()) {
                out.append("- ").append(Markdown.sourceLine(source)).append('\n');
            }
        }
        return out.toString();
    }
}
