package io.storyline.render;

import io.storyline.model.Story;

import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The picture of a digest: an inline SVG with one row per story, a bar from its first to its last
 * day and a disc at its end whose area grows with its article count; each row links to the story.
 * Undated stories get a disc in a column of their own. Built with jsoup, which escapes the labels.
 */
final class StoryMap {

    static final int MAX_ROWS = 40;
    private static final int ROW = 22;
    private static final int LEFT = 250;
    private static final int WIDTH = 720;
    private static final int TOP = 28;

    private StoryMap() {
    }

    /** Appends the picture of the stories, in display order (at most {@value #MAX_ROWS} are drawn). */
    static void append(Element parent, List<Story> stories) {
        List<Story> shown = stories.subList(0, Math.min(MAX_ROWS, stories.size()));
        LocalDate from = null;
        LocalDate to = null;
        int biggest = 1;
        for (Story story : shown) {
            biggest = Math.max(biggest, story.size());
            if (story.first() != null) {
                from = from == null || story.first().isBefore(from) ? story.first() : from;
                to = to == null || story.last().isAfter(to) ? story.last() : to;
            }
        }
        long days = from == null ? 0 : Math.max(1, ChronoUnit.DAYS.between(from, to));
        int plot = WIDTH - LEFT - 40;
        int height = TOP + ROW * shown.size() + 10;
        Element svg = Html.line(parent, "svg").addClass("story-map").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + height).attr("role", "img")
                .attr("aria-label", "Stories over time, sized by number of articles");
        svg.appendText("\n");
        Html.line(svg, "text").attr("x", String.valueOf(LEFT)).attr("y", "16").addClass("axis")
                .text(from == null ? "undated stories" : from.toString());
        if (from != null) {
            Html.line(svg, "text").attr("x", String.valueOf(WIDTH - 10)).attr("y", "16").addClass("axis")
                    .attr("text-anchor", "end").text(to.toString());
        }
        for (int i = 0; i < shown.size(); i++) {
            Story story = shown.get(i);
            int y = TOP + ROW * i + ROW / 2;
            double radius = 3 + 7 * Math.sqrt(story.size() / (double) biggest);
            String label = Copy.oneLine(story.label());
            if (label.length() > 38) {
                label = label.substring(0, 37) + "\u2026";
            }
            Element row = Html.line(svg, "a").attr("href", "#" + story.id()).appendElement("g").addClass("row");
            Html.line(row, "title").text(Copy.oneLine(story.label()) + " \u2014 " + story.size() + " article"
                    + (story.size() == 1 ? "" : "s"));
            Html.line(row, "text").attr("x", String.valueOf(LEFT - 8)).attr("y", String.valueOf(y + 4))
                    .attr("text-anchor", "end").text(label);
            double end;
            if (story.first() == null || from == null) {
                end = LEFT + 12;
            } else {
                double start = LEFT + plot * ChronoUnit.DAYS.between(from, story.first()) / (double) days;
                end = LEFT + plot * ChronoUnit.DAYS.between(from, story.last()) / (double) days;
                Html.line(row, "line").attr("x1", fmt(start)).attr("y1", String.valueOf(y)).attr("x2", fmt(end))
                        .attr("y2", String.valueOf(y));
            }
            row.appendElement("circle").attr("cx", fmt(end)).attr("cy", String.valueOf(y)).attr("r", fmt(radius));
        }
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
