package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Entity;
import io.storyline.model.Fact;
import io.storyline.model.Quote;
import io.storyline.model.Source;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A comparison in CommonMark, as {@code storyline compare} prints it: the facts every outlet
 * carries, those some outlets carry (more than one, not all), those one outlet carries alone, conflicts, quotes, entities and sources; or the same as
 * plain text, without the Markdown marks and escapes.
 */
final class ComparisonMarkdown {

    private static final int MAX_LISTED = 25;

    private ComparisonMarkdown() {
    }

    static String markdown(Comparison comparison, RenderOptions options) {
        return render(comparison, options, true);
    }

    static String text(Comparison comparison, RenderOptions options) {
        return render(comparison, options, false);
    }

    /** The comparison's sections with their headings nested under a digest story's. */
    static String section(Comparison comparison) {
        String full = markdown(comparison, RenderOptions.defaults());
        // drop the page title and nest the comparison's headings under the story's
        String body = full.substring(full.indexOf('\n') + 1).strip();
        return body.replaceAll("(?m)^## ", "#### ") + "\n";
    }

    /** Each conflict as a line, "- number (people): 20 [1] against 25 [2]", with both statements quoted. */
    private static void conflictLines(StringBuilder out, List<Conflict> conflicts, String between, boolean markdown) {
        for (Conflict conflict : conflicts) {
            out.append("- ").append(md(conflict.label(), markdown)).append(": ")
                    .append(md(conflict.value(), markdown)).append(" [").append(conflict.statement().source())
                    .append("]").append(between).append(md(conflict.otherValue(), markdown)).append(" [")
                    .append(conflict.otherStatement().source()).append("]\n");
            quoteLine(out, conflict.statement(), markdown);
            quoteLine(out, conflict.otherStatement(), markdown);
        }
        if (!conflicts.isEmpty()) {
            out.append('\n');
        }
    }

    /** The first {@link #MAX_LISTED} facts, then how many more there are. */
    private static void cappedList(StringBuilder out, List<Fact> facts, boolean markdown, String none) {
        list(out, facts.subList(0, Math.min(facts.size(), MAX_LISTED)), markdown, none);
        if (facts.size() > MAX_LISTED) {
            out.append("(and ").append(facts.size() - MAX_LISTED)
                    .append(" more: `--format html` or `--format json` lists every fact)\n\n");
        }
    }

    private static String render(Comparison comparison, RenderOptions options, boolean markdown) {
        StringBuilder out = new StringBuilder();
        String h1 = markdown ? "# " : "";
        String h2 = markdown ? "## " : "";
        out.append(h1).append(md(options.hasTitle() ? options.heading() : "Comparison", markdown)).append("\n\n");
        int outlets = comparison.outletCount();
        out.append(h2).append("Carried by every outlet\n\n");
        list(out, outlets > 1 ? comparison.carriedByAll() : List.of(), markdown,
                outlets > 1 ? "No fact is reported by every outlet." : "Only one outlet: nothing to compare.");
        out.append(h2).append("Reported by some outlets\n\n");
        cappedList(out, comparison.carriedBySome(), markdown,
                outlets > 2 ? "No fact is reported by more than one outlet but not all." : "None.");
        out.append(h2).append("Reported by one outlet only\n\n");
        cappedList(out, comparison.carriedByOne(), markdown, "None.");
        if (!comparison.unlisted().isEmpty()) {
            out.append('(').append(md(Copy.unlistedNote(comparison.unlisted().size()), markdown))
                    .append(": `--format html` shows them, `--format json` lists them as `unlisted`)\n\n");
        }
        out.append(h2).append("Conflicts\n\n");
        List<Conflict> disagreements = comparison.disagreements();
        if (disagreements.isEmpty()) {
            out.append("No outlet contradicts another on a number, day, date, name or place.\n\n");
        }
        conflictLines(out, disagreements, " against ", markdown);
        if (!comparison.updates().isEmpty()) {
            // the story moving on (another day's count) or an outlet's revised copy: no outlet contradicts another
            out.append(h2).append("Updates\n\n");
            conflictLines(out, comparison.updates(), " / ", markdown);
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
            Set<Integer> cited = new TreeSet<>();
            fact.reports().forEach(c -> cited.add(c.source()));
            out.append("- ").append(md(Copy.oneLine(fact.text()), markdown));
            cited.forEach(n -> out.append('[').append(n).append(']'));
            String disputes = Copy.disputeNote(fact.disputedBy());
            if (!disputes.isEmpty()) {
                out.append(" (").append(md(disputes, markdown)).append(')');
            }
            Set<Integer> related = new TreeSet<>();
            fact.related().forEach(c -> related.add(c.source()));
            if (!related.isEmpty()) {
                out.append(related.size() == 1 ? " (related report: " : " (related reports: ");
                related.forEach(n -> out.append('[').append(n).append(']'));
                out.append(')');
            }
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
        return markdown ? Markdown.escape(line) : line;
    }
}
