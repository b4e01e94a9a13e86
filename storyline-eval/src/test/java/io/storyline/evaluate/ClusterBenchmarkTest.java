package io.storyline.evaluate;

import io.storyline.cluster.ClusterSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterBenchmarkTest {

    @Test
    void duc2004PooledIsScoredAgainstItsClusters() {
        Path data = SharedData.require("data", "duc2004");
        ClusterBenchmark.GoldSet set = ClusterBenchmark.load(ClusterBenchmark.Dataset.DUC2004, data);
        assertThat(set.gold()).hasSize(250);
        assertThat(set.gold().values()).contains("d30001", "d31043");
        ClusterBenchmark.Result result = ClusterBenchmark.run(ClusterBenchmark.Dataset.DUC2004, set,
                ClusterSettings.defaults());
        assertThat(result.scores().goldGroups()).isEqualTo(25);
        assertThat(result.scores().items()).isEqualTo(250);
        // far better than chance; the 0.95 target is not reached (see docs/BENCHMARKS.md)
        assertThat(result.scores().f1()).isGreaterThan(0.75);
        assertThat(result.scores().adjustedRand()).isGreaterThan(0.5);
    }

    @Test
    void duc2006PooledIsScoredAgainstItsTopics() {
        Path data = SharedData.require("data", "duc2006");
        ClusterBenchmark.GoldSet set = ClusterBenchmark.load(ClusterBenchmark.Dataset.DUC2006, data);
        assertThat(set.gold()).hasSize(set.articles().size());
        assertThat(set.gold().values()).contains("d0601a").doesNotContain("docs");
        assertThat(java.util.Set.copyOf(set.gold().values())).hasSize(25);
        assertThat(ClusterBenchmark.Dataset.fromName("duc2006")).isEqualTo(ClusterBenchmark.Dataset.DUC2006);
    }

    @Test
    void unknownSetsAndMissingPathsAreClearErrors(@TempDir Path dir) {
        assertThatThrownBy(() -> ClusterBenchmark.Dataset.fromName("cnn")).hasMessageContaining("duc2004");
        assertThatThrownBy(() -> ClusterBenchmark.load(ClusterBenchmark.Dataset.DUC2004, dir.resolve("none")))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aBrokenGeneratedLineNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n");
        assertThatThrownBy(() -> ClusterBenchmark.load(ClusterBenchmark.Dataset.GENERATED, file))
                .hasMessageContaining("bad.jsonl:2");
    }
}
