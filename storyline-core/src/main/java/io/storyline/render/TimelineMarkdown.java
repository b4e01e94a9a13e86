package io.storyline.render;

import io.storyline.model.InferredDate;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A timeline in CommonMark: a heading per date (oldest first), its sentences as a list with their
 * citations, then the sources it cites (with a count of the articles read and not cited) and the undated articles. Article text is escaped as in
 * {@link SummaryMarkdown}.
 */
final class TimelineMarkdown {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private TimelineMarkdown() {
    }

    static String render(Timeline timeline, RenderOptions options) {
        StringBuilder out = new StringBuilder();
        String heading = options.hasTitle() ? options.heading() : "Timeline";
        out.append("# ").append(Markdown.escape(heading)).append("\n\n");
        if (timeline.entries().isEmpty()) {
            out.append("_No dates were selected for this timeline._\n");
        }
        for (TimelineEntry entry : timeline.entries()) {
            out.append("## ").append(DAY.format(entry.date())).append("\n\n");
            for (SummarySentence sentence : entry.sentences()) {
                out.append("- ").append(Markdown.escape(sentence.text()));
                out.append(Markdown.citations(sentence));
                out.append('\n');
            }
            out.append('\n');
        }
        Markdown.appendCitedSources(out, timeline.entries().stream().flatMap(e -> e.sentences().stream()).toList(),
                timeline.sources());
        if (!timeline.inferred().isEmpty()) {
            out.append("\n## Dates inferred from the text\n\nThese articles carried no date; their sources show one "
                    + "read from their text:\n\n");
            for (InferredDate d : timeline.inferred()) {
                out.append("- ").append(Markdown.codeSpan(Copy.oneLine(d.origin()))).append(": ")
                        .append(DAY.format(d.date())).append(", from ").append(Markdown.escape(d.evidence()))
                        .append('\n');
            }
        }
        if (!timeline.undated().isEmpty()) {
            out.append("\n## Undated articles\n\nUsed for content only; they cannot date an event:\n\n");
            for (String origin : timeline.undated()) {
                out.append("- ").append(Markdown.codeSpan(Copy.oneLine(origin))).append('\n');
            }
        }
        return out.toString();
    }

    /** The dated entries and sources with their headings nested under a digest story's. */
    static String section(Timeline timeline) {
        String full = render(timeline, RenderOptions.defaults());
        String body = full.substring(full.indexOf('\n') + 1).strip();
        return body.replaceAll("(?m)^## ", "#### ") + "\n";
    }
}
