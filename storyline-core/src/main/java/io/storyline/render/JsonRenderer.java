package io.storyline.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Citation;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;

import java.io.UncheckedIOException;

/**
 * JSON with the stable schema {@value #SCHEMA} described in docs/FORMATS.md. The tree is built
 * by hand rather than by binding the model records, so that renaming a record component can never
 * silently change the published schema. Every key is always present; unknown values are
 * {@code null}. Text is passed through as it stands in the summary (JSON escaping makes it safe).
 */
final class JsonRenderer implements SummaryRenderer {

    static final String SCHEMA = "storyline.summary/1";

    private static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

    private final RenderOptions options;

    JsonRenderer(RenderOptions options) {
        this.options = options;
    }

    @Override
    public String render(Summary summary) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("schema", SCHEMA);
        root.put("title", options.hasTitle() ? options.heading() : null);
        root.put("method", summary.method());
        root.put("wordCount", summary.wordCount());
        ArrayNode sentences = root.putArray("sentences");
        for (int i = 0; i < summary.sentences().size(); i++) {
            SummarySentence sentence = summary.sentences().get(i);
            ObjectNode entry = sentences.addObject();
            entry.put("index", i);
            sentence(entry, sentence);
        }
        ArrayNode sources = root.putArray("sources");
        JsonRenderer.sources(sources, summary.sources());
        if (options.comparison() != null) {
            ComparisonJson.entities(root.putArray("entities"), options.comparison());
            ComparisonJson.quotes(root.putArray("quotes"), options.comparison());
            ComparisonJson.agreement(root.putObject("comparison"), options.comparison());
        }
        return write(root);
    }

    /** Serializes a tree in the published layout. */
    /** A cited sentence as every Storyline JSON document writes it: its text, sources and citations. */
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
    }

    /** The source list every Storyline JSON document shares: one object per numbered source. */
    static void sources(ArrayNode array, java.util.List<Source> sources) {
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

    static String write(ObjectNode root) {
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serializes; this would be a Jackson bug
            throw new UncheckedIOException(e);
        }
    }

    /** Two-space indentation, {@code "key": value}, one array element per line, {@code []}. */
    private static DefaultPrettyPrinter prettyPrinter() {
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
