package io.storyline.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Entity;
import io.storyline.model.Fact;
import io.storyline.model.Quote;

/**
 * A comparison as JSON with the stable schema {@value #SCHEMA} (docs/FORMATS.md), and its parts,
 * which {@code storyline.summary/1} and the digest also carry.
 */
final class ComparisonJson {

    static final String SCHEMA = "storyline.comparison/1";

    private ComparisonJson() {
    }

    static String render(Comparison comparison, RenderOptions options) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("title", options.hasTitle() ? options.heading() : null);
        Json.sources(root.putArray("sources"), comparison.sources());
        entities(root.putArray("entities"), comparison);
        quotes(root.putArray("quotes"), comparison);
        agreement(root, comparison);
        return Json.published(root);
    }

    /** The comparison without schema, title and sources: a digest story's section, numbered like its summary. */
    static ObjectNode section(Comparison comparison) {
        ObjectNode node = Json.object();
        entities(node.putArray("entities"), comparison);
        quotes(node.putArray("quotes"), comparison);
        agreement(node, comparison);
        return node;
    }

    static void entities(ArrayNode array, Comparison comparison) {
        for (Entity entity : comparison.entities()) {
            ObjectNode e = array.addObject();
            e.put("name", entity.name());
            e.put("type", entity.type().label());
            ArrayNode aliases = e.putArray("aliases");
            entity.aliases().forEach(aliases::add);
            e.put("mentions", entity.mentions());
            ArrayNode sources = e.putArray("sources");
            entity.sources().forEach(sources::add);
            e.put("centrality", entity.centrality());
        }
    }

    static void quotes(ArrayNode array, Comparison comparison) {
        for (Quote quote : comparison.quotes()) {
            ObjectNode q = array.addObject();
            q.put("text", quote.text());
            q.put("speaker", quote.speaker());
            q.put("direct", quote.direct());
            q.put("source", quote.source());
            q.put("sentenceIndex", quote.sentenceIndex());
        }
    }

    /** {@code outlets}, {@code facts}, {@code conflicts} and {@code unlisted}. */
    static void agreement(ObjectNode node, Comparison comparison) {
        ArrayNode outlets = node.putArray("outlets");
        comparison.sources().stream().map(s -> s.outletLabel()).distinct().forEach(outlets::add);
        int outletCount = comparison.outletCount();
        ArrayNode facts = node.putArray("facts");
        for (Fact fact : comparison.facts()) {
            ObjectNode f = facts.addObject();
            f.put("text", fact.text());
            ArrayNode factOutlets = f.putArray("outlets");
            fact.outlets().forEach(factOutlets::add);
            f.put("carriedBy", carriedBy(fact, outletCount));
            ArrayNode reports = f.putArray("reports");
            fact.reports().forEach(c -> citation(reports.addObject(), c));
            Json.disputes(f.putArray("disputedBy"), fact.disputedBy());
            ArrayNode related = f.putArray("related");
            fact.related().forEach(c -> citation(related.addObject(), c));
        }
        ArrayNode conflicts = node.putArray("conflicts");
        for (Conflict conflict : comparison.conflicts()) {
            ObjectNode c = conflicts.addObject();
            c.put("kind", conflict.kind());
            c.put("slot", conflict.slot());
            c.put("value", conflict.value());
            citation(c.putObject("statement"), conflict.statement());
            c.put("otherValue", conflict.otherValue());
            citation(c.putObject("otherStatement"), conflict.otherStatement());
            if (conflict.update()) {
                c.put("update", true); // the story moving on or an outlet's revised copy, not outlets disagreeing
            }
        }
        // every sentence no fact shows, cites or relates: the reader can always read what no list holds
        ArrayNode unlisted = node.putArray("unlisted");
        comparison.unlisted().forEach(c -> citation(unlisted.addObject(), c));
    }

    /** {@code all}, {@code one} or {@code some} of the story's outlets. */
    static String carriedBy(Fact fact, int outletCount) {
        if (outletCount > 1 && fact.outlets().size() == outletCount) {
            return "all";
        }
        return fact.outlets().size() == 1 ? "one" : "some";
    }

    private static void citation(ObjectNode node, Citation citation) {
        node.put("source", citation.source());
        node.put("sentenceIndex", citation.sentenceIndex());
        node.put("sentence", citation.sentence());
    }
}
