package io.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org facts a page states in its JSON-LD blocks, wherever nested ({@code @graph}, arrays,
 * {@code mainEntity}); the first value found wins. Any field may be null.
 */
record LinkedData(String headline, String datePublished, String publisher, String author, String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static LinkedData of(Document doc) {
        Collector found = new Collector();
        for (Element script : doc.select(HtmlExtractor.evaluator("script[type=application/ld+json]"))) {
            try {
                found.visit(JSON.readTree(script.data()), 0);
            } catch (Exception malformed) {
                // a broken JSON-LD block is common and simply gives no metadata
            }
        }
        return new LinkedData(found.headline, found.datePublished, found.publisher,
                found.authors.isEmpty() ? null : String.join(", ", found.authors), found.articleBody);
    }

    private static final class Collector {
        String headline;
        String datePublished;
        String publisher;
        String articleBody;
        final List<String> authors = new ArrayList<>();

        void visit(JsonNode node, int depth) {
            if (node == null || depth > 20) {
                return;
            }
            if (node.isArray()) {
                node.forEach(child -> visit(child, depth + 1));
                return;
            }
            if (!node.isObject()) {
                return;
            }
            headline = headline != null ? headline : text(node.get("headline"));
            datePublished = datePublished != null ? datePublished : text(node.get("datePublished"));
            articleBody = articleBody != null ? articleBody : text(node.get("articleBody"));
            JsonNode p = node.get("publisher");
            if (publisher == null && p != null) {
                publisher = p.isObject() ? text(p.get("name")) : text(p);
            }
            JsonNode author = node.get("author");
            if (authors.isEmpty() && author != null) {
                for (JsonNode a : author.isArray() ? author : List.of(author)) {
                    String name = a.isObject() ? text(a.get("name")) : text(a);
                    if (name != null && !name.startsWith("http") && !authors.contains(name)) {
                        authors.add(name);
                    }
                }
            }
            node.forEach(child -> visit(child, depth + 1));
        }

        private static String text(JsonNode value) {
            return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
        }
    }
}
