package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.ingest.PublicationTime;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The extraction benchmark on the real pages in ../shared (skipped when absent): the figure the issue asks for. */
class ExtractionBenchmarkTest {

    @Test
    void meetsTheTargetOnTheBenchmarkPages() {
        Path folder = SharedData.require("data", "extraction", "ground-truth.json").getParent();
        ExtractionBenchmark.Result result = ExtractionBenchmark.run(folder, (done, total) -> { });
        System.out.printf("extraction benchmark: %d pages, P %.4f R %.4f F1 %.4f%n", result.pages().size(),
                result.precision(), result.recall(), result.f1());
        assertThat(result.pages()).hasSize(91);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.96);
        assertThat(result.dateSources().values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(result.dateSources().get(PublicationTime.Source.JSON_LD)).isGreaterThan(30);
        assertThat(result.fieldsFound().get("title")).isGreaterThan(85);
    }
}
