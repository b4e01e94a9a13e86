package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Entity;
import io.storyline.model.Fact;
import io.storyline.model.Quote;
import io.storyline.model.Source;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML of a comparison: a matrix of facts by outlet (a filled cell where the outlet reports
 * the fact, its sentence in the cell's tooltip), the conflicts with both statements, the quotes
 * and the entities with a bar for their centrality; built with jsoup, which escapes every piece of
 * article text.
 */
final class ComparisonHtml {

    private static final int TINTS = 8;
    private static final int MAX_ROW_TEXT = 160;
    private static final int MAX_ENTITIES = 30;

    private ComparisonHtml() {
    }

    /** The comparison alone, as one page: the section and the sources. */
    static String render(Comparison comparison, RenderOptions options) {
        String heading = options.heading();
        Document page = Html.page(heading, SummaryHtml.style() + STYLE);
        Element main = Html.main(page);
        Html.header(main, "Storyline comparison", heading, Html.count(comparison.sources().size(), "source") + " · "
                + Html.count(comparison.outletCount(), "outlet"));
        append(main, comparison, true);
        SummaryHtml.appendSources(main, comparison.sources());
        Html.line(main, "footer").text("Facts are groups of sentences from different articles that report the same "
                + "thing; hover over a filled cell to read the outlet's sentence (\u25CC: a related sentence that does not hold the"
                + " whole fact, not cited).");
        return Html.write(page);
    }

    /**
     * Appends the comparison's section.
     *
     * @param withHeading false where the page already heads the section (a digest's story), which
     *                    also keeps one page free of repeated element ids
     */
    static void append(Element parent, Comparison comparison, boolean withHeading) {
        Map<String, Integer> tints = new LinkedHashMap<>();
        for (Source source : comparison.sources()) {
            tints.putIfAbsent(outlet(source.outletLabel()), tints.size() % TINTS);
        }
        Map<Integer, String> outletOf = new LinkedHashMap<>();
        comparison.sources().forEach(s -> outletOf.put(s.number(), outlet(s.outletLabel())));
        List<String> outlets = new ArrayList<>(tints.keySet());

        Element section = Html.line(parent, "section").addClass("compare");
        section.appendText("\n");
        if (withHeading) {
            section.attr("aria-labelledby", "compare-heading");
            Html.line(section, "h2").attr("id", "compare-heading").text("Across outlets");
        }
        Html.line(section, "p").addClass("meta").text(comparison.facts().size() + " facts · "
                + comparison.carriedByAll().size() + " carried by every outlet · "
                + comparison.carriedBySome().size() + " by some · "
                + comparison.carriedByOne().size() + " by one outlet only · "
                + comparison.disagreements().size() + (comparison.disagreements().size() == 1 ? " conflict" : " conflicts")
                + (comparison.updates().isEmpty() ? "" : " · " + comparison.updates().size()
                + (comparison.updates().size() == 1 ? " update" : " updates")));
        if (comparison.facts().isEmpty()) {
            empty(section, "No facts to compare.");
        } else {
            matrix(section, comparison, outlets, outletOf, tints);
        }
        if (!comparison.unlisted().isEmpty()) {
            // shown folded, not dropped: every sentence of the story stands somewhere on the page
            Element more = Html.line(section, "details").addClass("unlisted");
            more.appendElement("summary").text(Copy.unlistedNote(comparison.unlisted().size()));
            Element list = list(more, "unlisted");
            for (Citation c : comparison.unlisted()) {
                statement(Html.line(list, "li"), c, outletOf, tints);
            }
        }
        Html.line(section, "h3").text("Conflicts");
        if (comparison.disagreements().isEmpty()) {
            empty(section, "No outlet contradicts another on a number, day, date, name or place.");
        } else {
            conflictList(section, comparison.disagreements(), " against ", outletOf, tints);
        }
        if (!comparison.updates().isEmpty()) {
            // the story moving on (another day's count) or an outlet's revised copy: no outlet contradicts another
            Html.line(section, "h3").text("Updates");
            conflictList(section, comparison.updates(), " / ", outletOf, tints);
        }
        Html.line(section, "h3").text("Quotes");
        if (comparison.quotes().isEmpty()) {
            empty(section, "No quotes with a speaker.");
        } else {
            Element list = list(section, "quotes");
            for (Quote quote : comparison.quotes()) {
                String outlet = outletOf.getOrDefault(quote.source(), "Source " + quote.source());
                Element item = Html.line(list, "li");
                item.appendElement("span").addClass("speaker").text(Copy.oneLine(quote.speaker()));
                String words = Copy.oneLine(quote.text());
                item.appendText(" " + (quote.direct() ? "\u201C" + words + "\u201D" : words) + " ");
                badge(item, quote.source(), outlet, tints);
            }
        }
        Html.line(section, "h3").text("People, places and organisations");
        if (comparison.entities().isEmpty()) {
            empty(section, "No names found.");
        } else {
            Element list = list(section, "entities");
            for (Entity entity : comparison.entities().subList(0, Math.min(MAX_ENTITIES, comparison.entities().size()))) {
                Element item = Html.line(list, "li");
                centrality(item, entity.centrality());
                item.appendText(" ").appendElement("span").addClass("name").text(Copy.oneLine(entity.name()));
                item.appendText(" ").appendElement("span").addClass("type").text(entity.type().label());
                if (!entity.aliases().isEmpty()) {
                    item.appendText(" ").appendElement("span").addClass("aliases")
                            .text("also " + Copy.oneLine(String.join(", ", entity.aliases())));
                }
                item.appendText(" ").appendElement("span").addClass("count").text(entity.mentions() + "\u00D7");
            }
        }
    }

    /** The table of facts (rows) by outlet (columns), a filled cell where the outlet reports the fact. */
    private static void matrix(Element section, Comparison comparison, List<String> outlets,
                               Map<Integer, String> outletOf, Map<String, Integer> tints) {
        Element table = Html.line(section, "div").addClass("matrix-wrap").appendElement("table").addClass("matrix");
        table.appendText("\n");
        Html.line(table, "caption").text("Facts by outlet");
        Element head = Html.line(table, "thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Fact");
        for (String outlet : outlets) {
            head.appendElement("th").attr("scope", "col").attr("class", "t" + tints.get(outlet)).text(outlet);
        }
        Element body = Html.line(table, "tbody");
        body.appendText("\n");
        for (Fact fact : comparison.facts()) {
            Element row = Html.line(body, "tr");
            Element factCell = row.appendElement("th").attr("scope", "row").text(shorten(Copy.oneLine(fact.text())));
            String disputes = Copy.disputeNote(fact.disputedBy());
            if (!disputes.isEmpty()) {
                factCell.appendElement("span").addClass("disputed").text(" (" + disputes + ")");
            }
            for (String outlet : outlets) {
                Citation report = null;
                for (Citation c : fact.reports()) {
                    if (outlet.equals(outletOf.get(c.source()))) {
                        report = c;
                        break;
                    }
                }
                Citation related = report != null ? null : fact.related().stream()
                        .filter(c -> outlet.equals(outletOf.get(c.source()))).findFirst().orElse(null);
                if (related != null) {
                    // the outlet tells of it in a sentence that does not hold the whole of the fact: not cited
                    String tip = cited(outlet, related.source()) + ", related: \u201C" + Copy.oneLine(related.sentence())
                            + "\u201D";
                    row.appendElement("td").attr("class", "related t" + tints.get(outlet)).attr("title", tip)
                            .attr("aria-label", "related report").text("\u25CC");
                } else if (report == null) {
                    row.appendElement("td").addClass("no").attr("aria-label", "not reported");
                } else {
                    String tip = cited(outlet, report.source()) + ": \u201C" + Copy.oneLine(report.sentence()) + "\u201D";
                    row.appendElement("td").attr("class", "yes t" + tints.get(outlet)).attr("title", tip).text("\u25CF");
                }
            }
        }
    }

    /** A bar whose filled part is the entity's centrality, in (0, 1]. */
    private static void centrality(Element item, double centrality) {
        Element bar = item.appendElement("svg").addClass("bar").attr("width", "60").attr("height", "8")
                .attr("role", "img").attr("aria-label", "centrality " + String.format(Locale.ROOT, "%.2f", centrality));
        bar.appendElement("rect").attr("width", "60").attr("height", "8").attr("rx", "2").attr("fill", "#c7cdd4");
        bar.appendElement("rect").attr("width", String.valueOf((int) Math.round(60 * centrality))).attr("height", "8")
                .attr("rx", "2").attr("fill", "#4f86e8");
    }

    private static void empty(Element section, String message) {
        Html.line(section, "p").addClass("empty").text(message);
    }

    /** The conflicts as a list: what differs, both values, both statements quoted with their outlets. */
    private static void conflictList(Element section, List<Conflict> conflicts, String between,
                                     Map<Integer, String> outletOf, Map<String, Integer> tints) {
        Element list = list(section, "conflicts");
        for (Conflict conflict : conflicts) {
            Element item = Html.line(list, "li");
            if (conflict.update()) {
                item.addClass("is-update");
            }
            item.appendElement("span").addClass("kind").text(Copy.oneLine(conflict.label()));
            item.appendText(" ").appendElement("b").text(Copy.oneLine(conflict.value()));
            item.appendText(between).appendElement("b").text(Copy.oneLine(conflict.otherValue()));
            item.appendText("\n");
            statement(item.appendElement("blockquote"), conflict.statement(), outletOf, tints);
            item.appendText("\n");
            statement(item.appendElement("blockquote"), conflict.otherStatement(), outletOf, tints);
        }
    }

    private static Element list(Element section, String kind) {
        Element list = Html.line(section, "ul").addClass(kind);
        list.appendText("\n");
        return list;
    }

    private static void statement(Element quote, Citation citation, Map<Integer, String> outletOf,
                                  Map<String, Integer> tints) {
        String outlet = outletOf.getOrDefault(citation.source(), "Source " + citation.source());
        quote.appendText(Copy.oneLine(citation.sentence()) + " ");
        badge(quote, citation.source(), outlet, tints);
    }

    /** The citation badge linking to a source in the page's list. */
    private static void badge(Element parent, int source, String outlet, Map<String, Integer> tints) {
        parent.appendElement("a").attr("class", "cite t" + tints.getOrDefault(outlet, 0)).attr("href", "#source-" + source)
                .attr("aria-label", "Source " + source + ", " + outlet).text(String.valueOf(source));
    }

    /**
     * "Tideline Post [2]": an outlet with the source it is cited by. An unknown outlet's label already
     * carries its number ({@link Source#outletLabel()}), which is not written twice.
     */
    private static String cited(String outlet, int source) {
        String number = "[" + source + "]";
        return outlet.endsWith(" " + number) ? outlet : outlet + " " + number;
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
            .matrix td.related { color: var(--edge); font-size: 1.1rem; }
            .conflicts, .quotes, .entities { list-style: none; margin: 0; padding: 0; font: .95rem/1.5 var(--sans); }
            .conflicts li, .quotes li { margin-bottom: .75rem; }
            .conflicts blockquote { margin: .25rem 0 0 1rem; font-family: var(--serif); }
            .kind, .type, .count, .aliases { color: var(--muted); font-size: .85rem; }
            .speaker, .name { font-weight: 700; }
            .entities li { margin-bottom: .2rem; }
            .bar { vertical-align: middle; }
            """;
}
