package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads examples/harbour-bridge through the API as a client would: JSON records, plain text, an HTML page. */
final class Examples {

    static final Path FOLDER = Path.of("..", "examples", "harbour-bridge");
    static final int COUNT = 5;
    static final String HTML_URL = "https://avpr.example/2026/03/11/detours";

    private Examples() {
    }

    static void post(Http http) throws IOException, InterruptedException {
        List<Object> records = new ArrayList<>();
        for (String line : Files.readAllLines(FOLDER.resolve("articles.jsonl"))) {
            if (!line.isBlank()) {
                records.add(Http.JSON.readTree(line));
            }
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path text : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = text.getFileName().toString().replace(".txt", "");
                records.add(Map.of("id", name, "text", Files.readString(text)));
            }
        }
        Http.Reply json = http.postJson(records);
        assertThat(json.status()).as(json.body()).isEqualTo(201);
        Http.Reply page = http.post("/api/articles?url=" + HTML_URL, "text/html",
                Files.readString(FOLDER.resolve("avpr-commuters-detours.html")));
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        assertThat(records.size() + 1).isEqualTo(COUNT);
    }

    /** The id the server gave the HTML page. */
    static String htmlId(Http http) throws IOException, InterruptedException {
        for (JsonNode article : http.get("/api/stories/1").json().get("articles")) {
            if (article.get("title").asText().startsWith("Commuters")) {
                return article.get("id").asText();
            }
        }
        throw new AssertionError("the HTML page's article is missing");
    }
}
