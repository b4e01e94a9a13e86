package io.storyline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.cluster.StoryClusterer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamGeneratorTest {

    @Test
    void writesArticlesWithGoldStoriesTheSameForTheSameSeed() throws Exception {
        StringWriter one = new StringWriter();
        new StreamGenerator(3).write(200, one);
        StringWriter again = new StringWriter();
        new StreamGenerator(3).write(200, again);
        StringWriter other = new StringWriter();
        new StreamGenerator(4).write(200, other);
        assertThat(one.toString()).isEqualTo(again.toString()).isNotEqualTo(other.toString());
        String[] lines = one.toString().split("\n");
        assertThat(lines).hasSize(200);
        Set<String> stories = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("text").asText()).isNotBlank();
            assertThat(node.get("published").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
            stories.add(node.get("story").asText());
        }
        assertThat(stories.size()).isBetween(2, 200 / StreamGenerator.MEAN_STORY_SIZE);
        assertThatThrownBy(() -> new StreamGenerator(1).write(0, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClustererRecoversTheGeneratedStories(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stream.jsonl");
        try (var out = Files.newBufferedWriter(file)) {
            new StreamGenerator(1).write(2000, out);
        }
        ClusterBenchmark.GoldSet set = ClusterBenchmark.load(ClusterBenchmark.Dataset.GENERATED, file);
        assertThat(set.articles()).hasSize(2000);
        ClusterScores scores = ClusterScores.of(set.gold(),
                new StoryClusterer().cluster(set.articles()).storyOfArticle());
        // a short stream packs stories on one subject closely in time; 100,000 articles reach 0.977
        assertThat(scores.precision()).isGreaterThan(0.6);
        assertThat(scores.recall()).isGreaterThan(0.9);
    }
}
