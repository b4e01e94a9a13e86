package io.storyline.evaluate;

import io.storyline.cli.CommandRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code eval summarize} scores exactly what {@code storyline summarize} prints: on DUC 2004 clusters
 * (two of them with near-copies the command merges), the benchmark's summary text equals the command's
 * output byte for byte, for the default method and another.
 */
class SummaryBenchmarkCommandTest {

    @Test
    void theBenchmarkScoresWhatTheCommandPrints() {
        Path duc = SharedData.require("data", "duc2004");
        for (String cluster : List.of("d30001", "d30031", "d31043")) {
            Path docs = Duc2004.loadCluster(duc.resolve(cluster)).docs();
            assertThat(SummaryBenchmark.read(docs).stream().mapToInt(a -> a.copies()).sum())
                    .as("every article of %s counted", cluster).isEqualTo(10);
            for (String method : List.of("coverage", "lexrank")) {
                CommandRun run = CommandRun.of("summarize", "--no-progress", "--overflow", "--format", "text",
                        "--method", method, docs.toString());
                assertThat(run.exitCode()).as(run.stderr()).isZero();
                String scored = SummaryBenchmark.summaryText(SummaryBenchmark.read(docs),
                        SummaryBenchmark.duc2004Options(method));
                assertThat(scored).as("%s, %s", cluster, method).isNotBlank().isEqualTo(run.stdout());
            }
        }
    }
}
