package io.storyline.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Citation;
import io.storyline.model.Dispute;
import io.storyline.model.Source;
import io.storyline.model.SummarySentence;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON shared by the JSON writers. Trees are built by hand rather than by binding the model
 * records, so that renaming a record component can never silently change a published schema.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The layout of {@code storyline.summary/1} and {@code storyline.comparison/1}. */
    private static final ObjectWriter PUBLISHED = MAPPER.writer(publishedLayout());
    /** Jackson's default layout, which the timeline, story list and digest documents use. */
    private static final ObjectWriter DEFAULT = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * A cited sentence as every Storyline JSON document writes it: its text, sources, citations, and the
     * sources that dispute it ({@code disputedBy}: each with the slot and the value it gives instead).
     */
    static void sentence(ObjectNode entry, SummarySentence sentence) {
        entry.put("text", sentence.text());
        ArrayNode cited = entry.putArray("sources");
        Copy.citedSources(sentence).forEach(cited::add);
        ArrayNode citations = entry.putArray("citations");
        for (Citation citation : sentence.citations()) {
            ObjectNode c = citations.addObject();
            c.put("source", citation.source());
            c.put("sentenceIndex", citation.sentenceIndex());
            c.put("sentence", citation.sentence());
        }
        disputes(entry.putArray("disputedBy"), sentence.disputedBy());
    }

    /** The sources that dispute a sentence or fact: each with its sentence, the slot and both values. */
    static void disputes(ArrayNode array, List<Dispute> disputedBy) {
        ArrayNode disputes = array;
        for (Dispute dispute : disputedBy) {
            ObjectNode d = disputes.addObject();
            d.put("source", dispute.citation().source());
            d.put("sentenceIndex", dispute.citation().sentenceIndex());
            d.put("sentence", dispute.citation().sentence());
            d.put("kind", dispute.kind());
            d.put("slot", dispute.slot());
            d.put("shownValue", dispute.shownValue());
            d.put("value", dispute.value());
        }
    }

    /** The source list every Storyline JSON document shares: one object per numbered source. */
    static void sources(ArrayNode array, List<Source> sources) {
        for (Source source : sources) {
            ObjectNode s = array.addObject();
            s.put("number", source.number());
            s.put("articleId", source.articleId());
            s.put("outlet", source.outlet());
            s.put("title", source.title());
            s.put("url", source.url());
            s.put("published", source.published() == null ? null : source.published().toString());
            s.put("origin", source.origin());
        }
    }

    /** The tree in the published layout of the summary and comparison schemas, with a final line break. */
    static String published(JsonNode root) {
        return write(PUBLISHED, root) + "\n";
    }

    /** The tree in Jackson's default pretty layout, with a final line break. */
    static String pretty(JsonNode root) {
        return write(DEFAULT, root) + "\n";
    }

    /** The tree on one line, as JSON Lines need it. */
    static String line(JsonNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectWriter writer, JsonNode root) {
        try {
            return writer.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serializes; this would be a Jackson bug
            throw new UncheckedIOException(e);
        }
    }

    /** Two-space indentation, {@code "key": value}, one array element per line, {@code []}. */
    private static DefaultPrettyPrinter publishedLayout() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
