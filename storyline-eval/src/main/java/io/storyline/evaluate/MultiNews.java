package io.storyline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.analyze.Tokens;
import io.storyline.ingest.Articles;
import io.storyline.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Multi-News (Fabbri et al. 2019) clusters from JSON Lines, one
 * {@code {"id", "documents": [...], "summary"}} object a line.
 */
public final class MultiNews {

    /** One cluster: its source articles and the human-written summary. */
    public record Cluster(String id, List<String> documents, String summary) {

        public Cluster {
            documents = List.copyOf(documents);
        }

        /**
         * The sources as articles with ids {@code <cluster>-<n>} (n counting every source); a source
         * the data set truncated to nothing is left out and the others still count.
         */
        public List<Article> articles() {
            List<Article> articles = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                try {
                    articles.add(Articles.fromText(documents.get(d), id + "-" + (d + 1)));
                } catch (IllegalArgumentException unusable) {
                    // nothing left to read in this source
                }
            }
            return articles;
        }
    }

    /** A summary's length in words, as the benchmark matches the system summary to the reference's. */
    static int words(String summary) {
        return Math.max(1, Tokens.wordCount(summary));
    }

    private MultiNews() {
    }

    public static List<Cluster> load(Path jsonl) {
        List<Cluster> clusters = new ArrayList<>();
        JsonLines.read(jsonl, (record, where) -> clusters.add(parse(record, where)));
        return clusters;
    }

    private static Cluster parse(JsonNode node, String where) {
        JsonNode documents = node.path("documents");
        JsonNode summary = node.path("summary");
        if (!documents.isArray() || !summary.isTextual()) {
            throw new IllegalArgumentException(where + ": expected \"documents\" array and \"summary\" text");
        }
        List<String> texts = new ArrayList<>();
        documents.forEach(d -> texts.add(d.asText()));
        String id = node.hasNonNull("id") ? node.get("id").asText() : where;
        return new Cluster(id, texts, summary.asText());
    }
}
