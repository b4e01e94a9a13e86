package io.storyline.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.DayCoverage;
import io.storyline.model.InferredDate;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;

/**
 * A timeline as JSON with the stable schema {@value #SCHEMA} (docs/FORMATS.md), built by hand like
 * every Storyline document so that the published schema never follows a record's renaming.
 */
final class TimelineJson {

    static final String SCHEMA = "storyline.timeline/1";

    private TimelineJson() {
    }

    static String render(Timeline timeline, RenderOptions options) {
        return Json.pretty(tree(timeline, options));
    }

    static ObjectNode tree(Timeline timeline, RenderOptions options) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("title", options.hasTitle() ? options.heading() : null);
        ArrayNode dates = root.putArray("dates");
        for (TimelineEntry entry : timeline.entries()) {
            ObjectNode date = dates.addObject();
            date.put("date", entry.date().toString());
            ArrayNode sentences = date.putArray("sentences");
            for (SummarySentence sentence : entry.sentences()) {
                Json.sentence(sentences.addObject(), sentence);
            }
        }
        Json.sources(root.putArray("sources"), timeline.sources());
        ArrayNode coverage = root.putArray("coverage");
        for (DayCoverage day : timeline.coverage()) {
            ObjectNode d = coverage.addObject();
            d.put("date", day.date().toString());
            d.put("articles", day.articles());
            d.put("mentions", day.mentions());
        }
        ArrayNode undated = root.putArray("undated");
        timeline.undated().forEach(undated::add);
        if (!timeline.inferred().isEmpty()) {
            ArrayNode inferred = root.putArray("inferred");
            for (InferredDate d : timeline.inferred()) {
                ObjectNode o = inferred.addObject();
                o.put("origin", d.origin());
                o.put("date", d.date().toString());
                o.put("evidence", d.evidence());
            }
        }
        return root;
    }
}
