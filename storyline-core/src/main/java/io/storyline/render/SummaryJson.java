package io.storyline.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Comparison;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;

/**
 * A summary as JSON with the stable schema {@value #SCHEMA} described in docs/FORMATS.md, with the
 * comparison's keys after {@code sources} when the report carries one, and then {@code otherSources}: the
 * articles the comparison numbers that the summary does not cite. Every key is always present;
 * unknown values are {@code null}. Text is passed through as it stands (JSON escaping makes it safe).
 */
final class SummaryJson {

    static final String SCHEMA = "storyline.summary/1";

    private SummaryJson() {
    }

    static String render(SummaryReport report, RenderOptions options) {
        return Json.published(tree(report, options));
    }

    static ObjectNode tree(SummaryReport report, RenderOptions options) {
        Summary summary = report.summary();
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("title", options.hasTitle() ? options.heading() : null);
        root.put("method", summary.method());
        root.put("wordCount", summary.wordCount());
        ArrayNode sentences = root.putArray("sentences");
        for (int i = 0; i < summary.sentences().size(); i++) {
            ObjectNode entry = sentences.addObject();
            entry.put("index", i);
            Json.sentence(entry, summary.sentences().get(i));
        }
        Json.sources(root.putArray("sources"), summary.sources());
        Comparison comparison = report.comparison();
        if (comparison != null) {
            ComparisonJson.entities(root.putArray("entities"), comparison);
            ComparisonJson.quotes(root.putArray("quotes"), comparison);
            ComparisonJson.agreement(root.putObject("comparison"), comparison);
            // the comparison numbers the articles the summary does not cite after the summary's own (an
            // update's articles read before): listed here so every source number in the document resolves
            java.util.Set<Integer> cited = new java.util.HashSet<>();
            summary.sources().forEach(s -> cited.add(s.number()));
            Json.sources(root.putArray("otherSources"),
                    comparison.sources().stream().filter(s -> !cited.contains(s.number())).toList());
        }
        return root;
    }
}
