package io.storyline.render;

import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;
import io.storyline.model.SummarySentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A summary in CommonMark: a heading, the summary as one paragraph with one sentence per source line
 * (so it reads well both raw in a terminal and rendered), each sentence followed by its citations
 * such as {@code [1][3]}, then a {@code ## Sources} list. Shows no comparison.
 */
final class SummaryMarkdown {

    private SummaryMarkdown() {
    }

    static String render(SummaryReport report, RenderOptions options) {
        return render(report.summary(), options, cited(report.summary()));
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

    /**
     * The sources the sentences cite or that dispute one of them: every number in the text resolves, and
     * no article the summary never cites is listed (an update's new article it took nothing from). A summary of
     * no sentence lists every article it read.
     */
    private static List<Source> cited(Summary summary) {
        if (summary.sentences().isEmpty()) {
            return summary.sources();
        }
        Set<Integer> numbers = new HashSet<>();
        for (SummarySentence sentence : summary.sentences()) {
            numbers.addAll(Copy.citedSources(sentence));
            sentence.disputedBy().forEach(d -> numbers.add(d.citation().source()));
        }
        return summary.sources().stream().filter(s -> numbers.contains(s.number())).toList();
    }
}
