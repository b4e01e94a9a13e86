package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionComparisonTest {

    @TempDir
    Path dir;

    @Test
    void aRunComparedWithItselfDiffersByNothing() {
        Map<String, PageScore> run = pages(0.5);
        ExtractionComparison c = ExtractionComparison.of(run, run);
        assertThat(c.difference()).isZero();
        assertThat(c.low()).isZero();
        assertThat(c.high()).isZero();
        assertThat(c.pages()).isEqualTo(40);
    }

    @Test
    void aRunBetterOnEveryPageHasAnIntervalAboveZero() {
        ExtractionComparison c = ExtractionComparison.of(pages(0.9), pages(0.5));
        assertThat(c.difference()).isPositive();
        assertThat(c.low()).isPositive();
        assertThat(c.better()).isEqualTo(40);
        assertThat(c.worse()).isZero();
    }

    @Test
    void savedScoresReadBackAndABadLineIsNamed() throws IOException {
        Map<String, PageScore> run = pages(0.7);
        ExtractionBenchmark.Result result = new ExtractionBenchmark.Result(ExtractionDataset.SCRAPINGHUB,
                run.entrySet().stream().map(e -> new ExtractionBenchmark.PageResult(e.getKey(), e.getValue(), null, null))
                        .toList(), 1, 1);
        Path file = dir.resolve("scrapinghub.tsv");
        ExtractionComparison.save(result, file);
        assertThat(ExtractionComparison.load(file)).isEqualTo(run);
        Files.writeString(file, "k1\t0.5\n");
        assertThatThrownBy(() -> ExtractionComparison.load(file)).hasMessageContaining(file + " line 1");
    }

    /** 40 pages, each with the given share of true positives and the rest split between FP and FN. */
    private static Map<String, PageScore> pages(double tp) {
        Map<String, PageScore> pages = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            double t = tp - (i % 5) * 0.01;
            pages.put("p" + i, new PageScore(t, (1 - t) / 2, (1 - t) / 2, 0));
        }
        return pages;
    }
}
