package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Entity;
import io.storyline.model.Fact;
import io.storyline.model.Quote;
import io.storyline.model.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML of a comparison: a matrix of facts by outlet (a filled cell where the outlet reports
 * the fact, its sentence in the cell's tooltip), the conflicts with both statements, the quotes
 * and the entities with a bar for their centrality. Every piece of article text is escaped.
 */
final class ComparisonHtml {

    private static final int TINTS = 8;
    private static final int MAX_ROW_TEXT = 160;
    private static final int MAX_ENTITIES = 30;

    private ComparisonHtml() {
    }

    static String render(Comparison comparison, RenderOptions options) {
        String heading = options.heading();
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Storyline\">\n")
                .append("<title>").append(SummaryHtml.escape(heading)).append("</title>\n")
                .append("<style>\n").append(SummaryHtml.style()).append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<p class=\"kicker\">Storyline comparison</p>\n<h1>")
                .append(SummaryHtml.escape(heading)).append("</h1>\n<p class=\"meta\">")
                .append(comparison.sources().size()).append(comparison.sources().size() == 1 ? " source · " : " sources · ")
                .append(comparison.outletCount()).append(comparison.outletCount() == 1 ? " outlet" : " outlets")
                .append("</p>\n</header>\n");
        append(html, comparison);
        SummaryHtml.appendSources(html, comparison.sources());
        html.append("<footer>Facts are groups of sentences from different articles that report the same thing; ")
                .append("hover over a filled cell to read the outlet's sentence.</footer>\n")
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static void append(StringBuilder html, Comparison comparison) {
        append(html, comparison, true);
    }

    /**
     * @param withHeading false where the page already heads the section (a digest's story), which
     *                    also keeps one page free of repeated element ids
     */
    static void append(StringBuilder html, Comparison comparison, boolean withHeading) {
        Map<String, Integer> tints = new LinkedHashMap<>();
        for (Source source : comparison.sources()) {
            tints.putIfAbsent(outlet(source.outlet()), tints.size() % TINTS);
        }
        Map<Integer, String> outletOf = new LinkedHashMap<>();
        comparison.sources().forEach(s -> outletOf.put(s.number(), outlet(s.outlet())));
        List<String> outlets = new ArrayList<>(tints.keySet());

        html.append(withHeading
                        ? "<section class=\"compare\" aria-labelledby=\"compare-heading\">\n"
                                + "<h2 id=\"compare-heading\">Across outlets</h2>\n"
                        : "<section class=\"compare\">\n")
                .append("<p class=\"meta\">")
                .append(comparison.facts().size()).append(" facts · ")
                .append(comparison.carriedByAll().size()).append(" carried by every outlet · ")
                .append(comparison.carriedByOne().size()).append(" by one outlet only · ")
                .append(comparison.conflicts().size()).append(comparison.conflicts().size() == 1 ? " conflict" : " conflicts")
                .append("</p>\n");
        if (comparison.facts().isEmpty()) {
            html.append("<p class=\"empty\">No facts to compare.</p>\n");
        } else {
            html.append("<div class=\"matrix-wrap\"><table class=\"matrix\">\n<caption>Facts by outlet</caption>\n<thead><tr><th scope=\"col\">Fact</th>");
            for (String outlet : outlets) {
                html.append("<th scope=\"col\" class=\"t").append(tints.get(outlet)).append("\">")
                        .append(SummaryHtml.escape(outlet)).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (Fact fact : comparison.facts()) {
                html.append("<tr><th scope=\"row\">").append(SummaryHtml.escape(shorten(Copy.oneLine(fact.text()))))
                        .append("</th>");
                for (String outlet : outlets) {
                    Citation report = null;
                    for (Citation c : fact.reports()) {
                        if (outlet.equals(outletOf.get(c.source()))) {
                            report = c;
                            break;
                        }
                    }
                    if (report == null) {
                        html.append("<td class=\"no\" aria-label=\"not reported\"></td>");
                    } else {
                        String tip = outlet + " [" + report.source() + "]: \u201C" + Copy.oneLine(report.sentence()) + "\u201D";
                        html.append("<td class=\"yes t").append(tints.get(outlet)).append("\" title=\"")
                                .append(SummaryHtml.escape(tip)).append("\">\u25CF</td>");
                    }
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }
        html.append("<h3>Conflicts</h3>\n");
        if (comparison.conflicts().isEmpty()) {
            html.append("<p class=\"empty\">No outlet contradicts another on a number, day, date, name or place.</p>\n");
        } else {
            html.append("<ul class=\"conflicts\">\n");
            for (Conflict conflict : comparison.conflicts()) {
                html.append("<li><span class=\"kind\">").append(SummaryHtml.escape(Copy.oneLine(conflict.label())))
                        .append("</span> <b>")
                        .append(SummaryHtml.escape(Copy.oneLine(conflict.value()))).append("</b> against <b>")
                        .append(SummaryHtml.escape(Copy.oneLine(conflict.otherValue()))).append("</b>\n<blockquote>");
                statement(html, conflict.statement(), outletOf, tints);
                html.append("</blockquote>\n<blockquote>");
                statement(html, conflict.otherStatement(), outletOf, tints);
                html.append("</blockquote></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h3>Quotes</h3>\n");
        if (comparison.quotes().isEmpty()) {
            html.append("<p class=\"empty\">No quotes with a speaker.</p>\n");
        } else {
            html.append("<ul class=\"quotes\">\n");
            for (Quote quote : comparison.quotes()) {
                String outlet = outletOf.getOrDefault(quote.source(), "Source " + quote.source());
                html.append("<li><span class=\"speaker\">").append(SummaryHtml.escape(Copy.oneLine(quote.speaker())))
                        .append("</span> ").append(quote.direct() ? "\u201C" : "")
                        .append(SummaryHtml.escape(Copy.oneLine(quote.text()))).append(quote.direct() ? "\u201D" : "")
                        .append(" <a class=\"cite t").append(tints.getOrDefault(outlet, 0)).append("\" href=\"#source-")
                        .append(quote.source()).append("\" aria-label=\"Source ").append(quote.source()).append(", ")
                        .append(SummaryHtml.escape(outlet)).append("\">").append(quote.source()).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h3>People, places and organisations</h3>\n");
        if (comparison.entities().isEmpty()) {
            html.append("<p class=\"empty\">No names found.</p>\n");
        } else {
            html.append("<ul class=\"entities\">\n");
            for (Entity entity : comparison.entities().subList(0, Math.min(MAX_ENTITIES, comparison.entities().size()))) {
                int width = (int) Math.round(60 * entity.centrality());
                html.append("<li><svg class=\"bar\" width=\"60\" height=\"8\" role=\"img\" aria-label=\"centrality ")
                        .append(String.format(Locale.ROOT, "%.2f", entity.centrality()))
                        .append("\"><rect width=\"60\" height=\"8\" rx=\"2\" fill=\"#c7cdd4\"/><rect width=\"")
                        .append(width).append("\" height=\"8\" rx=\"2\" fill=\"#4f86e8\"/></svg> <span class=\"name\">")
                        .append(SummaryHtml.escape(Copy.oneLine(entity.name()))).append("</span> <span class=\"type\">")
                        .append(entity.type().label()).append("</span>");
                if (!entity.aliases().isEmpty()) {
                    html.append(" <span class=\"aliases\">also ")
                            .append(SummaryHtml.escape(Copy.oneLine(String.join(", ", entity.aliases())))).append("</span>");
                }
                html.append(" <span class=\"count\">").append(entity.mentions()).append("×</span></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void statement(StringBuilder html, Citation citation, Map<Integer, String> outletOf,
                                  Map<String, Integer> tints) {
        String outlet = outletOf.getOrDefault(citation.source(), "Source " + citation.source());
        html.append(SummaryHtml.escape(Copy.oneLine(citation.sentence())))
                .append(" <a class=\"cite t").append(tints.getOrDefault(outlet, 0)).append("\" href=\"#source-")
                .append(citation.source()).append("\" aria-label=\"Source ").append(citation.source()).append(", ")
                .append(SummaryHtml.escape(outlet)).append("\">").append(citation.source()).append("</a>");
    }

    private static String outlet(String outlet) {
        String name = Copy.oneLine(outlet);
        return name.isEmpty() ? "Unknown outlet" : name;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ROW_TEXT ? text : text.substring(0, MAX_ROW_TEXT - 1) + "\u2026";
    }

    static final String STYLE = """
            .compare h2 { margin: 2.5rem 0 .5rem; font: 700 .8rem/1.2 var(--sans); letter-spacing: .12em;
                          text-transform: uppercase; color: var(--muted); }
            .compare h3 { margin: 1.75rem 0 .5rem; font: 700 1rem/1.3 var(--sans); }
            .compare .meta, .compare .empty { font: .9rem/1.5 var(--sans); color: var(--muted); }
            .matrix-wrap { overflow-x: auto; }
            .matrix { border-collapse: collapse; width: 100%; font: .85rem/1.4 var(--sans); }
            .matrix caption { text-align: left; color: var(--muted); padding-bottom: .35rem; }
            .matrix th, .matrix td { border-bottom: 1px solid var(--rule); padding: .35rem .5rem; vertical-align: top; }
            .matrix thead th { text-align: center; background: var(--tint, transparent); color: #1d2125; }
            .matrix thead th:first-child { text-align: left; background: none; color: inherit; }
            .matrix tbody th { text-align: left; font-weight: 400; }
            .matrix td { text-align: center; width: 4.5rem; }
            .matrix td.yes { background: var(--tint); color: var(--edge); font-size: 1.1rem; }
            .conflicts, .quotes, .entities { list-style: none; margin: 0; padding: 0; font: .95rem/1.5 var(--sans); }
            .conflicts li, .quotes li { margin-bottom: .75rem; }
            .conflicts blockquote { margin: .25rem 0 0 1rem; font-family: var(--serif); }
            .kind, .type, .count, .aliases { color: var(--muted); font-size: .85rem; }
            .speaker, .name { font-weight: 700; }
            .entities li { margin-bottom: .2rem; }
            .bar { vertical-align: middle; }
            """;
}
