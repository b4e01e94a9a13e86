package io.storyline.render;

import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;

/**
 * The summary's sentences, one per line and nothing else: the form ROUGE scorers compare against
 * reference summaries. A sentence that contained line breaks is joined onto one line.
 */
final class PlainTextRenderer implements SummaryRenderer {

    @Override
    public String render(Summary summary) {
        StringBuilder out = new StringBuilder();
        for (SummarySentence sentence : summary.sentences()) {
            String line = Copy.oneLine(sentence.text());
            if (!line.isEmpty()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
