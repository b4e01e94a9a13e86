package io.storyline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    }

    private MultiNews() {
    }

    public static List<Cluster> load(Path jsonl) {
        ObjectMapper json = new ObjectMapper();
        List<Cluster> clusters = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                clusters.add(parse(json.readTree(line), jsonl + ":" + number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
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
