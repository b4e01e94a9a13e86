package io.storyline.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Entity;
import io.storyline.model.Fact;
import io.storyline.model.Quote;
import io.storyline.model.Source;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link Comparison} on its own, as {@code storyline compare} prints it: Markdown, JSON
 * ({@value #SCHEMA}, see docs/FORMATS.md), one self-contained HTML page with a matrix of facts by
 * outlet, or plain text.
 */
public final class ComparisonRenderer {

    static final String SCHEMA = "storyline.comparison/1";
    private static final int MAX_LISTED = 25;

    private final Format format;
    private final RenderOptions options;

    public ComparisonRenderer(Format format, RenderOptions options) {
        this.format = format;
        this.options = options == null ? RenderOptions.defaults() : options;
    }

    public String render(Comparison comparison) {
        return switch (format) {
            case JSON -> json(comparison);
            case HTML -> html(comparison);
            case MD -> markdown(comparison, true);
            case TEXT -> markdown(comparison, false);
        };
    }

    private String json(Comparison comparison) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", SCHEMA);
        root.put("title", options.hasTitle() ? options.heading() : null);
        ArrayNode sources = root.putArray("sources");
        JsonRenderer.sources(sources, comparison.sources());
        ComparisonJson.entities(root.putArray("entities"), comparison);
        ComparisonJson.quotes(root.putArray("quotes"), comparison);
        ComparisonJson.agreement(root, comparison);
        return JsonRenderer.write(root);
    }

    private String html(Comparison comparison) {
        String heading = options.heading();
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Storyline\">\n")
                .append("<title>").append(HtmlRenderer.escape(heading)).append("</title>\n")
                .append("<style>\n").append(HtmlRenderer.style()).append(ComparisonHtml.STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<p class=\"kicker\">Storyline comparison</p>\n<h1>")
                .append(HtmlRenderer.escape(heading)).append("</h1>\n<p class=\"meta\">")
                .append(comparison.sources().size()).append(comparison.sources().size() == 1 ? " source · " : " sources · ")
                .append(comparison.outletCount()).append(comparison.outletCount() == 1 ? " outlet" : " outlets")
                .append("</p>\n</header>\n");
        ComparisonHtml.append(html, comparison);
        HtmlRenderer.appendSources(html, comparison.sources());
        html.append("<footer>Facts are groups of sentences from different articles that report the same thing; ")
                .append("hover over a filled cell to read the outlet's sentence.</footer>\n")
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private String markdown(Comparison comparison, boolean markdown) {
        StringBuilder out = new StringBuilder();
        String h1 = markdown ? "# " : "";
        String h2 = markdown ? "## " : "";
        out.append(h1).append(md(options.hasTitle() ? options.heading() : "Comparison", markdown)).append("\n\n");
        int outlets = comparison.outletCount();
        out.append(h2).append("Carried by every outlet\n\n");
        list(out, outlets > 1 ? comparison.carriedByAll() : List.of(), markdown,
                outlets > 1 ? "No fact is reported by every outlet." : "Only one outlet: nothing to compare.");
        out.append(h2).append("Reported by one outlet only\n\n");
        List<Fact> alone = comparison.carriedByOne();
        list(out, alone.subList(0, Math.min(alone.size(), MAX_LISTED)), markdown, "None.");
        if (alone.size() > MAX_LISTED) {
            out.append("(and ").append(alone.size() - MAX_LISTED).append(" more)\n\n");
        }
        out.append(h2).append("Conflicts\n\n");
        if (comparison.conflicts().isEmpty()) {
            out.append("No outlet contradicts another on a number, day, date, name or place.\n\n");
        }
        for (Conflict conflict : comparison.conflicts()) {
            out.append("- ").append(md(conflict.label(), markdown)).append(": ")
                    .append(md(conflict.value(), markdown)).append(" [").append(conflict.statement().source())
                    .append("] against ").append(md(conflict.otherValue(), markdown)).append(" [")
                    .append(conflict.otherStatement().source()).append("]\n");
            quoteLine(out, conflict.statement(), markdown);
            quoteLine(out, conflict.otherStatement(), markdown);
        }
        if (!comparison.conflicts().isEmpty()) {
            out.append('\n');
        }
        out.append(h2).append("Quotes\n\n");
        if (comparison.quotes().isEmpty()) {
            out.append("None.\n\n");
        }
        for (Quote quote : comparison.quotes()) {
            out.append("- ").append(md(quote.speaker(), markdown)).append(": ")
                    .append(quote.direct() ? "\u201C" : "").append(md(Copy.oneLine(quote.text()), markdown))
                    .append(quote.direct() ? "\u201D" : "").append(" [").append(quote.source()).append("]\n");
        }
        if (!comparison.quotes().isEmpty()) {
            out.append('\n');
        }
        out.append(h2).append("People, places and organisations\n\n");
        List<Entity> entities = comparison.entities();
        for (Entity entity : entities.subList(0, Math.min(entities.size(), MAX_LISTED))) {
            out.append("- ").append(md(entity.name(), markdown)).append(" (").append(entity.type().label())
                    .append(", ").append(entity.mentions()).append(entity.mentions() == 1 ? " mention" : " mentions");
            if (!entity.aliases().isEmpty()) {
                out.append("; also ").append(md(String.join(", ", entity.aliases()), markdown));
            }
            out.append(")\n");
        }
        if (entities.isEmpty()) {
            out.append("None.\n");
        }
        out.append('\n').append(h2).append("Sources\n\n");
        for (Source source : comparison.sources()) {
            out.append("- [").append(source.number()).append("] ").append(md(source.outlet(), markdown));
            if (source.title() != null && !source.title().isBlank()) {
                out.append(" \u2014 \"").append(md(source.title(), markdown)).append('"');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void list(StringBuilder out, List<Fact> facts, boolean markdown, String none) {
        if (facts.isEmpty()) {
            out.append(none).append("\n\n");
            return;
        }
        for (Fact fact : facts) {
            Set<Integer> cited = new LinkedHashSet<>();
            fact.reports().forEach(c -> cited.add(c.source()));
            out.append("- ").append(md(Copy.oneLine(fact.text()), markdown));
            cited.forEach(n -> out.append('[').append(n).append(']'));
            out.append('\n');
        }
        out.append('\n');
    }

    private static void quoteLine(StringBuilder out, Citation citation, boolean markdown) {
        out.append("  ").append(markdown ? "> " : "").append(md(Copy.oneLine(citation.sentence()), markdown))
                .append(" [").append(citation.source()).append("]\n");
    }

    private static String md(String text, boolean markdown) {
        String line = Copy.oneLine(text);
        return markdown ? MarkdownRenderer.escape(line) : line;
    }
}
