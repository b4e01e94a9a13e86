package io.storyline.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.DayCoverage;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.io.UncheckedIOException;

/**
 * JSON with the stable schema {@value #SCHEMA} (docs/FORMATS.md), built by hand like
 * {@link JsonRenderer} so that the published schema never follows a record's renaming.
 */
final class TimelineJson {

    static final String SCHEMA = "storyline.timeline/1";

    private TimelineJson() {
    }

    static String render(Timeline timeline, RenderOptions options) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", SCHEMA);
        root.put("title", options.hasTitle() ? options.heading() : null);
        ArrayNode dates = root.putArray("dates");
        for (TimelineEntry entry : timeline.entries()) {
            ObjectNode date = dates.addObject();
            date.put("date", entry.date().toString());
            ArrayNode sentences = date.putArray("sentences");
            for (SummarySentence sentence : entry.sentences()) {
                JsonRenderer.sentence(sentences.addObject(), sentence);
            }
        }
        ArrayNode sources = root.putArray("sources");
        JsonRenderer.sources(sources, timeline.sources());
        ArrayNode coverage = root.putArray("coverage");
        for (DayCoverage day : timeline.coverage()) {
            ObjectNode d = coverage.addObject();
            d.put("date", day.date().toString());
            d.put("articles", day.articles());
            d.put("mentions", day.mentions());
        }
        ArrayNode undated = root.putArray("undated");
        timeline.undated().forEach(undated::add);
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
