package io.storyline.render;

import io.storyline.model.DayCoverage;
import io.storyline.model.InferredDate;
import io.storyline.model.Source;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
 * other days stacked on top), the chosen dates marked. No script, no external asset; built with
 * jsoup, which escapes every piece of source text.
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
    /** Rows of date labels under the axis, their spacing, and the least room between two labels of a row. */
    static final int LABEL_ROWS = 3;
    private static final int LABEL_ROW = 16;
    private static final double LABEL_GAP = 6;

    private TimelineHtml() {
    }

    static String render(Timeline timeline, RenderOptions options) {
        String heading = options.hasTitle() ? options.heading() : "Timeline";
        Map<String, Integer> tints = SummaryHtml.outletTints(timeline.sources());
        Document page = Html.page(heading, SummaryHtml.style() + STYLE);
        Element main = Html.main(page);
        Html.header(main, "Storyline timeline", heading, Html.count(timeline.entries().size(), "date") + " · "
                + Html.count(timeline.sentenceCount(), "sentence") + " · "
                + Html.count(timeline.sources().size(), "source"));
        appendBody(main, timeline);
        if (!timeline.sources().isEmpty()) {
            Element list = SummaryHtml.sourceSection(main, "sources-heading", "Sources");
            for (Source source : timeline.sources()) {
                SummaryHtml.appendSource(list, source, tints);
            }
        }
        if (!timeline.inferred().isEmpty()) {
            Element section = Html.line(main, "section").addClass("sources").attr("aria-labelledby", "inferred-heading");
            section.appendText("\n");
            Html.line(section, "h2").attr("id", "inferred-heading").text("Dates inferred from the text");
            Html.line(section, "p").addClass("meta").text("These articles carried no date; their sources show one "
                    + "read from their text.");
            Element list = Html.line(section, "ul");
            list.appendText("\n");
            for (InferredDate d : timeline.inferred()) {
                Element item = Html.line(list, "li");
                item.appendElement("code").addClass("origin").text(Copy.oneLine(d.origin()));
                item.appendText(": " + d.date() + ", from " + d.evidence());
            }
        }
        if (!timeline.undated().isEmpty()) {
            Element section = Html.line(main, "section").addClass("sources").attr("aria-labelledby", "undated-heading");
            section.appendText("\n");
            Html.line(section, "h2").attr("id", "undated-heading").text("Undated articles");
            Html.line(section, "p").addClass("meta").text("Used for content only; they cannot date an event.");
            Element list = Html.line(section, "ul");
            list.appendText("\n");
            for (String origin : timeline.undated()) {
                Html.line(list, "li").appendElement("code").addClass("origin").text(Copy.oneLine(origin));
            }
        }
        Html.line(main, "footer").text("Extractive timeline: each sentence is quoted word for word from the first "
                + "source it cites. Dates are chosen by how much the coverage says about them: articles published "
                + "that day and references to it from other days.");
        return Html.write(page);
    }

    /** The picture and the dated entries, appended to {@code parent}: what a digest shows of a story's timeline. */
    static void appendBody(Element parent, Timeline timeline) {
        Map<Integer, Source> sourcesByNumber = new HashMap<>();
        timeline.sources().forEach(s -> sourcesByNumber.putIfAbsent(s.number(), s));
        Map<String, Integer> tints = SummaryHtml.outletTints(timeline.sources());
        appendPicture(parent, timeline);
        Element section = Html.line(parent, "section").addClass("timeline").attr("aria-label", "Timeline");
        section.appendText("\n");
        if (timeline.entries().isEmpty()) {
            Html.line(section, "p").addClass("empty").text("No dates were selected for this timeline.");
        }
        int position = 0;
        for (TimelineEntry entry : timeline.entries()) {
            Html.line(section, "h2").attr("id", "date-" + entry.date()).appendElement("time")
                    .attr("datetime", entry.date().toString()).text(DAY.format(entry.date()));
            Element paragraph = Html.line(section, "p");
            paragraph.appendText("\n");
            for (var sentence : entry.sentences()) {
                SummaryHtml.appendSentence(paragraph, ++position, sentence, sourcesByNumber, tints);
            }
        }
    }

    static String style() {
        return STYLE;
    }

    /** The coverage per day as bars on a date axis, chosen dates marked with a dot and a label. */
    private static void appendPicture(Element parent, Timeline timeline) {
        List<DayCoverage> days = timeline.coverage();
        if (days.isEmpty()) {
            return;
        }
        List<LocalDate> onAxis = new java.util.ArrayList<>();
        days.forEach(d -> onAxis.add(d.date()));
        timeline.entries().forEach(e -> onAxis.add(e.date()));
        DayAxis axis = DayAxis.of(onAxis);
        LocalDate first = onAxis.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = onAxis.stream().max(LocalDate::compareTo).orElseThrow();
        int max = 1;
        for (DayCoverage d : days) {
            max = Math.max(max, d.articles() + d.mentions());
        }
        double plot = WIDTH - 2.0 * MARGIN;
        double barWidth = Math.max(1.5, Math.min(8, plot * axis.dayWidth() * 0.8));
        double barSpace = AXIS_Y - 30.0;
        Element figure = Html.line(parent, "figure").addClass("coverage");
        figure.appendText("\n");
        Element svg = Html.line(figure, "svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT).attr("role", "img")
                .attr("aria-labelledby", "coverage-title");
        svg.appendText("\n");
        Html.line(svg, "title").attr("id", "coverage-title")
                .text("Coverage per day from " + first + " to " + last + ", chosen dates marked");
        Html.line(svg, "line").addClass("axis").attr("x1", String.valueOf(MARGIN)).attr("y1", String.valueOf(AXIS_Y))
                .attr("x2", String.valueOf(WIDTH - MARGIN)).attr("y2", String.valueOf(AXIS_Y));
        for (DayAxis.Break cut : axis.breaks()) {
            appendBreak(svg, MARGIN + plot * cut.middle(), cut.days());
        }
        Set<LocalDate> chosen = new HashSet<>();
        timeline.entries().forEach(e -> chosen.add(e.date()));
        for (DayCoverage d : days) {
            double x = MARGIN + plot * axis.at(d.date()) - barWidth / 2;
            double published = barSpace * d.articles() / max;
            double referred = barSpace * d.mentions() / max;
            Element day = Html.line(svg, "g").attr("class", chosen.contains(d.date()) ? "day chosen" : "day");
            day.appendElement("title").text(d.date() + ": " + Html.count(d.articles(), "article") + ", "
                    + Html.count(d.mentions(), "reference") + " from other days");
            rect(day, "pub", x, AXIS_Y - published, barWidth, published);
            rect(day, "ref", x, AXIS_Y - published - referred, barWidth, referred);
        }
        List<Double> rowEnds = new java.util.ArrayList<>();
        for (TimelineEntry e : timeline.entries()) {
            double x = MARGIN + plot * axis.at(e.date());
            Html.line(svg, "a").attr("href", "#date-" + e.date()).appendElement("circle").addClass("mark")
                    .attr("cx", fmt(x)).attr("cy", String.valueOf(AXIS_Y)).attr("r", "4")
                    .appendElement("title").text(DAY.format(e.date()));
            // labels at the ends of the axis grow inwards, so the picture's edge does not cut them
            String anchor = x < MARGIN + LABEL_HALF_WIDTH ? "start"
                    : x > WIDTH - MARGIN - LABEL_HALF_WIDTH ? "end" : "middle";
            double left = anchor.equals("start") ? x : anchor.equals("end") ? x - 2 * LABEL_HALF_WIDTH : x - LABEL_HALF_WIDTH;
            int row = labelRow(rowEnds, left);
            if (row < 0) {
                continue; // no room on any row: the mark keeps its date as a tooltip and links to it
            }
            rowEnds.set(row, left + 2 * LABEL_HALF_WIDTH);
            Html.line(svg, "text").addClass("label").attr("x", fmt(x))
                    .attr("y", String.valueOf(AXIS_Y + 16 + row * LABEL_ROW)).attr("text-anchor", anchor)
                    .text(SHORT.format(e.date()));
        }
        int height = HEIGHT + Math.max(0, rowEnds.size() - 2) * LABEL_ROW;
        svg.attr("viewBox", "0 0 " + WIDTH + " " + height);
        Element caption = Html.line(figure, "figcaption").appendText("Coverage per day: ");
        caption.appendElement("span").addClass("key").addClass("pub");
        caption.appendText(" articles published, ");
        caption.appendElement("span").addClass("key").addClass("ref");
        caption.appendText(" references from other days; ");
        caption.appendElement("span").addClass("key").addClass("mark");
        caption.appendText(" dates in the timeline.");
    }

    /**
     * The first row whose last label ends a gap before {@code left}, opening a row while there are
     * fewer than {@value #LABEL_ROWS}; -1 when none has room. Labels never overlap, however the dates
     * crowd (a story of two years with a busy week, or one of two days).
     */
    static int labelRow(List<Double> rowEnds, double left) {
        for (int row = 0; row < rowEnds.size(); row++) {
            if (rowEnds.get(row) + LABEL_GAP <= left) {
                return row;
            }
        }
        if (rowEnds.size() < LABEL_ROWS) {
            rowEnds.add(Double.NEGATIVE_INFINITY);
            return rowEnds.size() - 1;
        }
        return -1;
    }

    /** Two slanted strokes across the axis where a long stretch without coverage is cut short. */
    private static void appendBreak(Element svg, double x, long days) {
        Element cut = Html.line(svg, "g").addClass("break");
        cut.appendElement("title").text(days + " days not drawn to scale");
        cut.appendElement("rect").addClass("gap").attr("x", fmt(x - 6)).attr("y", String.valueOf(AXIS_Y - 3))
                .attr("width", "12").attr("height", "6");
        for (double dx : new double[] {-4, 2}) {
            cut.appendElement("line").attr("x1", fmt(x + dx)).attr("y1", String.valueOf(AXIS_Y + 6))
                    .attr("x2", fmt(x + dx + 4)).attr("y2", String.valueOf(AXIS_Y - 6));
        }
    }

    private static void rect(Element day, String cls, double x, double y, double w, double h) {
        if (h > 0) {
            day.appendElement("rect").addClass(cls).attr("x", fmt(x)).attr("y", fmt(y)).attr("width", fmt(w))
                    .attr("height", fmt(h));
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static final String STYLE = """
            /* drawn 720 units wide: below 600 px its 11-unit date labels would shrink under 9 px, so a narrow
               screen scrolls the picture sideways instead of shrinking it */
            .coverage { margin: 0 0 2rem; overflow-x: auto; }
            .coverage svg { width: 100%; min-width: 600px; height: auto; display: block; }
            .coverage .axis { stroke: var(--muted); stroke-width: 1; }
            .coverage .pub { fill: #4f86e8; opacity: .55; }
            .coverage .ref { fill: #cf9a10; opacity: .55; }
            .coverage .chosen .pub, .coverage .chosen .ref { opacity: 1; }
            .coverage .mark { fill: var(--accent); stroke: var(--paper); stroke-width: 1.5; }
            .coverage .break line { stroke: var(--muted); stroke-width: 1.2; }
            .coverage .break .gap { fill: var(--paper); }
            .coverage .label { font: 11px var(--sans); fill: var(--muted); }
            .coverage figcaption { font: .8rem/1.4 var(--sans); color: var(--muted); margin-top: .4rem; }
            .key { display: inline-block; width: .8em; height: .8em; vertical-align: -.05em; border-radius: 2px; }
            .key.pub { background: #4f86e8; } .key.ref { background: #cf9a10; }
            .key.mark { background: var(--accent); border-radius: 50%; }
            .timeline h2 { margin: 1.75rem 0 .4rem; font: 700 .95rem/1.3 var(--sans); color: var(--accent); }
            .timeline p { margin: 0 0 1rem; }
            """;
}
