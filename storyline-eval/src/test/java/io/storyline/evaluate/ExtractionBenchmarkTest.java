package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.ingest.PublicationTime;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The extraction benchmarks on the real pages in ../shared (each skipped, naming its path, when absent).
 * The floors sit a little under the figures measured, so that a change that loses on any set fails here.
 */
class ExtractionBenchmarkTest {

    @Test
    void meetsTheTargetOnTheBenchmarkPages() {
        Path folder = SharedData.require("data", "extraction", "ground-truth.json").getParent();
        ExtractionBenchmark.Result result = ExtractionBenchmark.run(folder, (done, total) -> { });
        System.out.printf("extraction benchmark: %d pages, P %.4f R %.4f F1 %.4f%n", result.pages().size(),
                result.precision(), result.recall(), result.f1());
        assertThat(result.pages()).hasSize(91);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.dateSources().values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(result.dateSources().get(PublicationTime.Source.JSON_LD)).isGreaterThan(30);
        assertThat(result.fieldsFound().get("title")).isGreaterThan(85);
    }

    @Test
    void readabilityTestPagesAgainstReadabilityJs() {
        Path folder = SharedData.require("data", "extraction-readability");
        ExtractionBenchmark.Result result = ExtractionBenchmark.run(ExtractionDataset.READABILITY, folder, (d, t) -> { });
        System.out.printf("readability pages: %d pages, P %.4f R %.4f F1 %.4f%n", result.pages().size(),
                result.precision(), result.recall(), result.f1());
        assertThat(result.pages()).hasSize(130);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.935);
    }

    @Test
    void trafilaturaEvaluationSnippets() {
        Path folder = SharedData.require("data", "extraction-trafilatura", "evaldata.json").getParent();
        ExtractionBenchmark.Result result = ExtractionBenchmark.run(ExtractionDataset.TRAFILATURA, folder, (d, t) -> { });
        System.out.printf("trafilatura set: %d pages, P %.4f R %.4f accuracy %.4f F1 %.4f%n", result.pages().size(),
                result.precision(), result.recall(), result.accuracy(), result.f1());
        assertThat(result.pages()).hasSize(495);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(0.90);
    }
}
