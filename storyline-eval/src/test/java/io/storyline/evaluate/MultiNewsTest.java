package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiNewsTest {

    @Test
    void readsOneClusterPerLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.jsonl");
        Files.writeString(file, """
                {"id": 7, "documents": ["Flood waters rose.", "The river burst its banks."], "summary": "A river flooded."}

                {"id": "x-2", "documents": [], "summary": "Nothing happened."}
                """);
        List<MultiNews.Cluster> clusters = MultiNews.load(file);
        assertThat(clusters).hasSize(2);
        assertThat(clusters.get(0).id()).isEqualTo("7");
        assertThat(clusters.get(0).documents()).containsExactly("Flood waters rose.", "The river burst its banks.");
        assertThat(clusters.get(0).summary()).isEqualTo("A river flooded.");
        assertThat(clusters.get(1).id()).isEqualTo("x-2");
        assertThat(clusters.get(1).documents()).isEmpty();
    }

    @Test
    void aSourceTruncatedToNothingIsLeftOutAndTheOthersKeepTheirNumbers() {
        MultiNews.Cluster cluster = new MultiNews.Cluster("7",
                List.of("Flood waters rose in the valley overnight.", "   ", "The river burst its banks on Friday."),
                "A river flooded the valley.");
        assertThat(cluster.articles()).extracting(a -> a.id()).containsExactly("7-1", "7-3");
        assertThat(MultiNews.words(cluster.summary())).isEqualTo(5);
        assertThat(MultiNews.words("  ")).isEqualTo(1);
    }

    @Test
    void namesTheLineOfAMalformedRecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\": 1, \"documents\": \"oops\", \"summary\": \"s\"}\n");
        assertThatThrownBy(() -> MultiNews.load(file)).hasMessageContaining("bad.jsonl:1");
    }

    @Test
    void sharedValidationSetHasThreeHundredClusters() {
        List<MultiNews.Cluster> clusters = MultiNews.load(SharedData.require("data", "multinews", "validation-300.jsonl"));
        assertThat(clusters).hasSize(300);
        assertThat(clusters).allSatisfy(c -> {
            assertThat(c.documents()).isNotEmpty();
            assertThat(c.summary()).isNotBlank();
        });
    }
}
