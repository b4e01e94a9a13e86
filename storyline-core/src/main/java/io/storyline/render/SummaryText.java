package io.storyline.render;

import io.storyline.model.SummaryReport;
import io.storyline.model.SummarySentence;

/**
 * The summary's sentences, one per line and nothing else: the form ROUGE scorers compare against
 * reference summaries. A sentence that contained line breaks is joined onto one line.
 */
final class SummaryText {

    private SummaryText() {
    }

    static String render(SummaryReport report, RenderOptions options) {
        StringBuilder out = new StringBuilder();
        for (SummarySentence sentence : report.summary().sentences()) {
            String line = Copy.oneLine(sentence.text());
            if (!line.isEmpty()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
