package io.storyline.render;

import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;

/**
 * The Timeline17 gold format, which timeline scorers (tilse) read: for each date a line
 * {@code YYYY-MM-DD}, the day's sentences one a line, then 32 dashes. Plain sentences, no citations.
 */
final class TimelineTls {

    static final String SEPARATOR = "-".repeat(32);

    private TimelineTls() {
    }

    static String render(Timeline timeline) {
        StringBuilder out = new StringBuilder();
        for (TimelineEntry entry : timeline.entries()) {
            out.append(entry.date()).append('\n');
            for (SummarySentence sentence : entry.sentences()) {
                String line = Copy.oneLine(sentence.text());
                if (!line.isEmpty() && !line.matches("-{5,}")) {
                    out.append(line).append('\n');
                }
            }
            out.append(SEPARATOR).append('\n');
        }
        return out.toString();
    }
}
