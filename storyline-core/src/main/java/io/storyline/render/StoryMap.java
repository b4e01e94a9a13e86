package io.storyline.render;

import io.storyline.model.Story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The picture of a digest: an inline SVG with one row per story, a bar from its first to its last
 * day and a disc at its end whose area grows with its article count; each row links to the story.
 * Undated stories get a disc in a column of their own. Labels are entity-escaped.
 */
final class StoryMap {

    static final int MAX_ROWS = 40;
    private static final int ROW = 22;
    private static final int LEFT = 250;
    private static final int WIDTH = 720;
    private static final int TOP = 28;

    private StoryMap() {
    }

    /** Stories in display order (at most {@value #MAX_ROWS} are drawn). */
    static String svg(List<Story> stories) {
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
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"story-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"Stories over time, ")
                .append("sized by number of articles\">\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"16\" class=\"axis\">")
                .append(from == null ? "undated stories" : from.toString()).append("</text>\n");
        if (from != null) {
            svg.append("<text x=\"").append(WIDTH - 10).append("\" y=\"16\" class=\"axis\" text-anchor=\"end\">")
                    .append(to).append("</text>\n");
        }
        for (int i = 0; i < shown.size(); i++) {
            Story story = shown.get(i);
            int y = TOP + ROW * i + ROW / 2;
            double radius = 3 + 7 * Math.sqrt(story.size() / (double) biggest);
            String label = Copy.oneLine(story.label());
            if (label.length() > 38) {
                label = label.substring(0, 37) + "\u2026";
            }
            svg.append("<a href=\"#").append(story.id()).append("\"><g class=\"row\"><title>")
                    .append(SummaryHtml.escape(Copy.oneLine(story.label()))).append(" \u2014 ").append(story.size())
                    .append(" article").append(story.size() == 1 ? "" : "s").append("</title>\n")
                    .append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(SummaryHtml.escape(label)).append("</text>\n");
            double end;
            if (story.first() == null || from == null) {
                end = LEFT + 12;
            } else {
                double start = LEFT + plot * ChronoUnit.DAYS.between(from, story.first()) / (double) days;
                end = LEFT + plot * ChronoUnit.DAYS.between(from, story.last()) / (double) days;
                svg.append("<line x1=\"").append(fmt(start)).append("\" y1=\"").append(y).append("\" x2=\"")
                        .append(fmt(end)).append("\" y2=\"").append(y).append("\"/>\n");
            }
            svg.append("<circle cx=\"").append(fmt(end)).append("\" cy=\"").append(y).append("\" r=\"")
                    .append(fmt(radius)).append("\"/></g></a>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
