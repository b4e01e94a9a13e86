package io.storyline.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.compare.OutletComparison;
import io.storyline.model.Comparison;
import io.storyline.model.StoryDigest;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A digest's "Across outlets" view of each story: entities, quotes, the matrix of facts by outlet
 * and the conflicts, numbered like the story's summary sources. Stories told by one outlet have
 * nothing to compare and get no section.
 */
public final class ComparisonSection implements StorySection {

    /** One comparison per story, though each format asks for it once per story. */
    private final Map<StoryDigest, Comparison> comparisons = new IdentityHashMap<>();

    @Override
    public String heading() {
        return "Across outlets";
    }

    @Override
    public Optional<String> markdown(StoryDigest story) {
        return comparison(story).map(c -> {
            String full = new ComparisonRenderer(Format.MD, RenderOptions.defaults()).render(c);
            // drop the page title and nest the comparison's headings under the story's
            String body = full.substring(full.indexOf('\n') + 1).strip();
            return body.replaceAll("(?m)^## ", "#### ") + "\n";
        });
    }

    @Override
    public Optional<String> html(StoryDigest story) {
        return comparison(story).map(c -> {
            StringBuilder html = new StringBuilder();
            ComparisonHtml.append(html, c, false);
            return html.toString();
        });
    }

    @Override
    public String style() {
        return ComparisonHtml.STYLE;
    }

    @Override
    public Optional<Object> json(StoryDigest story) {
        return comparison(story).map(c -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            ComparisonJson.entities(node.putArray("entities"), c);
            ComparisonJson.quotes(node.putArray("quotes"), c);
            ComparisonJson.agreement(node, c);
            return node;
        });
    }

    private synchronized Optional<Comparison> comparison(StoryDigest story) {
        Comparison comparison = comparisons.computeIfAbsent(story,
                s -> OutletComparison.compare(s.articles(), s.summary().sources()));
        return comparison.outletCount() > 1 ? Optional.of(comparison) : Optional.empty();
    }
}
