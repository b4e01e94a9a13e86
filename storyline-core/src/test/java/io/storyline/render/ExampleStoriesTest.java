package io.storyline.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the README's first example honest: the invented story in {@code examples/harbour-bridge}
 * stays in the shape the docs promise (five articles of 250-450 words in three formats).
 */
class ExampleStoriesTest {

    private static final Path STORY = Path.of("..", "examples", "harbour-bridge");

    @Test
    void storyHasFiveArticlesInThreeFormats() throws IOException {
        assertThat(filesEndingWith(".txt")).hasSize(3);
        assertThat(filesEndingWith(".html")).hasSize(1);
        assertThat(filesEndingWith(".jsonl")).containsExactly(STORY.resolve("articles.jsonl"));
        assertThat(articleBodies()).hasSize(5).allSatisfy(body ->
                assertThat(body.split("\\s+").length).isBetween(250, 450));
    }

    @Test
    void textFilesStartWithHeadlineThenBlankLine() throws IOException {
        for (Path file : filesEndingWith(".txt")) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).as(file.toString()).isNotBlank().doesNotEndWith(".");
            assertThat(lines.get(1)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void jsonLinesRecordsHaveEveryField() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(STORY.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode article = mapper.readTree(line);
            assertThat(article.fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("id", "outlet", "url", "title", "published", "text");
            assertThat(LocalDate.parse(article.get("published").asText()).getYear()).isEqualTo(2026);
            assertThat(article.get("text").asText()).contains("\n\n");
        }
    }

    @Test
    void webPageCarriesPublisherMetadataAndArticleMarkup() throws IOException {
        Document page = Jsoup.parse(filesEndingWith(".html").get(0).toFile(), "UTF-8");

        assertThat(page.select("meta[property=og:site_name]").attr("content")).isNotBlank();
        assertThat(page.select("meta[property=og:title]").attr("content")).isNotBlank();
        assertThat(page.select("meta[property=article:published_time]").attr("content")).startsWith("2026-");
        assertThat(page.select("nav a")).hasSizeGreaterThan(3);
        assertThat(page.select("script")).isNotEmpty();
        assertThat(page.select("article p")).hasSizeGreaterThan(4);
        assertThat(page.select("footer")).isNotEmpty();
    }

    private static List<String> articleBodies() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (Path file : filesEndingWith(".txt")) {
            bodies.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        Document page = Jsoup.parse(filesEndingWith(".html").get(0).toFile(), "UTF-8");
        bodies.add(String.join(" ", page.select("article > p:not(.byline)").eachText()));
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(STORY.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            bodies.add(mapper.readTree(line).get("text").asText());
        }
        return bodies;
    }

    private static List<Path> filesEndingWith(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(STORY)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
