package io.storyline.render;

import io.storyline.model.DayCoverage;
import io.storyline.model.Source;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A timeline as one self-contained page in the look of the summary's {@link SummaryHtml} (same
 * style sheet, citation badges and source list), headed by an inline SVG picture: the days on an
 * axis, a bar per day for the coverage (articles published that day, and references to it from
 * other days stacked on top), the chosen dates marked. No script, no external asset; every piece
 * of source text is escaped.
 */
final class TimelineHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final int WIDTH = 720;
    private static final int HEIGHT = 180;
    private static final int MARGIN = 24;
    /** About half the width of a date label ("12 Mar 2026") in the picture's units. */
    private static final int LABEL_HALF_WIDTH = 36;
    private static final int AXIS_Y = 140;

    private TimelineHtml() {
    }

    static String render(Timeline timeline, RenderOptions options) {
        String heading = options.hasTitle() ? options.heading() : "Timeline";
        Map<Integer, Source> sourcesByNumber = new HashMap<>();
        timeline.sources().forEach(s -> sourcesByNumber.putIfAbsent(s.number(), s));
        Map<String, Integer> tints = SummaryHtml.outletTints(timeline.sources());
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Storyline\">\n")
                .append("<title>").append(SummaryHtml.escape(heading)).append("</title>\n")
                .append("<style>\n").append(SummaryHtml.STYLE).append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<header>\n<p class=\"kicker\">Storyline timeline</p>\n<h1>").append(SummaryHtml.escape(heading))
                .append("</h1>\n<p class=\"meta\">").append(count(timeline.entries().size(), "date")).append(" · ")
                .append(count(timeline.sentenceCount(), "sentence")).append(" · ")
                .append(count(timeline.sources().size(), "source")).append("</p>\n</header>\n");
        appendBody(html, timeline, sourcesByNumber, tints);
        if (!timeline.sources().isEmpty()) {
            html.append("<section class=\"sources\" aria-labelledby=\"sources-heading\">\n")
                    .append("<h2 id=\"sources-heading\">Sources</h2>\n<ul>\n");
            for (Source source : timeline.sources()) {
                SummaryHtml.appendSource(html, source, tints);
            }
            html.append("</ul>\n</section>\n");
        }
        if (!timeline.undated().isEmpty()) {
            html.append("<section class=\"sources\" aria-labelledby=\"undated-heading\">\n")
                    .append("<h2 id=\"undated-heading\">Undated articles</h2>\n<p class=\"meta\">")
                    .append("Used for content only; they cannot date an event.</p>\n<ul>\n");
            for (String origin : timeline.undated()) {
                html.append("<li><code class=\"origin\">").append(SummaryHtml.escape(Copy.oneLine(origin)))
                        .append("</code></li>\n");
            }
            html.append("</ul>\n</section>\n");
        }
        html.append("<footer>Extractive timeline: each sentence is quoted word for word from the first source ")
                .append("it cites. Dates are chosen by how much the coverage says about them: articles published ")
                .append("that day and references to it from other days.</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The picture and the dated entries: what a digest shows of a story's timeline. */
    static String fragment(Timeline timeline) {
        Map<Integer, Source> sourcesByNumber = new HashMap<>();
        timeline.sources().forEach(s -> sourcesByNumber.putIfAbsent(s.number(), s));
        StringBuilder html = new StringBuilder(8192);
        appendBody(html, timeline, sourcesByNumber, SummaryHtml.outletTints(timeline.sources()));
        return html.toString();
    }

    static String style() {
        return STYLE;
    }

    private static void appendBody(StringBuilder html, Timeline timeline, Map<Integer, Source> sourcesByNumber,
                                   Map<String, Integer> tints) {
        appendPicture(html, timeline);
        html.append("<section class=\"timeline\" aria-label=\"Timeline\">\n");
        if (timeline.entries().isEmpty()) {
            html.append("<p class=\"empty\">No dates were selected for this timeline.</p>\n");
        }
        int position = 0;
        for (TimelineEntry entry : timeline.entries()) {
            html.append("<h2 id=\"date-").append(entry.date()).append("\"><time datetime=\"").append(entry.date())
                    .append("\">").append(DAY.format(entry.date())).append("</time></h2>\n<p>\n");
            for (var sentence : entry.sentences()) {
                SummaryHtml.appendSentence(html, ++position, sentence, sourcesByNumber, tints);
            }
            html.append("</p>\n");
        }
        html.append("</section>\n");
    }

    /** The coverage per day as bars on a date axis, chosen dates marked with a dot and a label. */
    private static void appendPicture(StringBuilder html, Timeline timeline) {
        List<DayCoverage> days = timeline.coverage();
        if (days.isEmpty()) {
            return;
        }
        LocalDate first = days.get(0).date();
        LocalDate last = days.get(days.size() - 1).date();
        for (TimelineEntry e : timeline.entries()) {
            first = e.date().isBefore(first) ? e.date() : first;
            last = e.date().isAfter(last) ? e.date() : last;
        }
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        int max = 1;
        for (DayCoverage d : days) {
            max = Math.max(max, d.articles() + d.mentions());
        }
        double plot = WIDTH - 2.0 * MARGIN;
        double barWidth = Math.max(1.5, Math.min(8, plot / (span + 1) * 0.8));
        double barSpace = AXIS_Y - 30.0;
        html.append("<figure class=\"coverage\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"coverage-title\">\n")
                .append("<title id=\"coverage-title\">Coverage per day from ").append(first).append(" to ")
                .append(last).append(", chosen dates marked</title>\n");
        html.append("<line class=\"axis\" x1=\"").append(MARGIN).append("\" y1=\"").append(AXIS_Y).append("\" x2=\"")
                .append(WIDTH - MARGIN).append("\" y2=\"").append(AXIS_Y).append("\"/>\n");
        Set<LocalDate> chosen = new HashSet<>();
        timeline.entries().forEach(e -> chosen.add(e.date()));
        for (DayCoverage d : days) {
            double x = x(d.date(), first, span, plot) - barWidth / 2;
            double published = barSpace * d.articles() / max;
            double referred = barSpace * d.mentions() / max;
            String cls = chosen.contains(d.date()) ? " chosen" : "";
            html.append("<g class=\"day").append(cls).append("\"><title>").append(d.date()).append(": ")
                    .append(count(d.articles(), "article")).append(", ").append(count(d.mentions(), "reference"))
                    .append(" from other days</title>");
            html.append(rect("pub", x, AXIS_Y - published, barWidth, published));
            html.append(rect("ref", x, AXIS_Y - published - referred, barWidth, referred));
            html.append("</g>\n");
        }
        int label = 0;
        for (TimelineEntry e : timeline.entries()) {
            double x = x(e.date(), first, span, plot);
            html.append("<a href=\"#date-").append(e.date()).append("\"><circle class=\"mark\" cx=\"")
                    .append(fmt(x)).append("\" cy=\"").append(AXIS_Y).append("\" r=\"4\"><title>")
                    .append(DAY.format(e.date())).append("</title></circle></a>\n");
            if (timeline.entries().size() <= 12 || label % 3 == 0) {
                // labels at the ends of the axis grow inwards, so the picture's edge does not cut them
                String anchor = x < MARGIN + LABEL_HALF_WIDTH ? "start"
                        : x > WIDTH - MARGIN - LABEL_HALF_WIDTH ? "end" : "middle";
                html.append("<text class=\"label\" x=\"").append(fmt(x)).append("\" y=\"")
                        .append(AXIS_Y + 16 + (label % 2) * 12).append("\" text-anchor=\"").append(anchor).append("\">")
                        .append(SHORT.format(e.date())).append("</text>\n");
            }
            label++;
        }
        html.append("</svg>\n<figcaption>Coverage per day: <span class=\"key pub\"></span> articles published, ")
                .append("<span class=\"key ref\"></span> references from other days; ")
                .append("<span class=\"key mark\"></span> dates in the timeline.</figcaption>\n</figure>\n");
    }

    private static double x(LocalDate date, LocalDate first, long span, double plot) {
        return MARGIN + plot * (date.toEpochDay() - first.toEpochDay()) / span;
    }

    private static String rect(String cls, double x, double y, double w, double h) {
        if (h <= 0) {
            return "";
        }
        return "<rect class=\"" + cls + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(w)
                + "\" height=\"" + fmt(h) + "\"/>";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static final String STYLE = """
            .coverage { margin: 0 0 2rem; }
            .coverage svg { width: 100%; height: auto; display: block; }
            .coverage .axis { stroke: var(--muted); stroke-width: 1; }
            .coverage .pub { fill: #4f86e8; opacity: .55; }
            .coverage .ref { fill: #cf9a10; opacity: .55; }
            .coverage .chosen .pub, .coverage .chosen .ref { opacity: 1; }
            .coverage .mark { fill: var(--accent); stroke: var(--paper); stroke-width: 1.5; }
            .coverage .label { font: 10px var(--sans); fill: var(--muted); }
            .coverage figcaption { font: .8rem/1.4 var(--sans); color: var(--muted); margin-top: .4rem; }
            .key { display: inline-block; width: .8em; height: .8em; vertical-align: -.05em; border-radius: 2px; }
            .key.pub { background: #4f86e8; } .key.ref { background: #cf9a10; }
            .key.mark { background: var(--accent); border-radius: 50%; }
            .timeline h2 { margin: 1.75rem 0 .4rem; font: 700 .95rem/1.3 var(--sans); color: var(--accent); }
            .timeline p { margin: 0 0 1rem; }
            """;
}
