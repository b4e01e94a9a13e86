package io.storyline.evaluate;

import io.storyline.evaluate.SummaryBenchmark.Row;
import io.storyline.evaluate.rouge.RougeLexicon;
import io.storyline.evaluate.rouge.RougeScore;
import io.storyline.summarize.Summarizers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A floor under the default method's own quality, so that a change which lowers it turns CI red
 * instead of going unnoticed until someone reruns the benchmark: DUC 2004 ROUGE-1/-2 recall
 * (official flags, WordNet lists) and ROUGE-1/-2/-L F1 on the first 100 Multi-News validation
 * clusters may fall at most {@link #TOLERANCE} points under the figures recorded here (those of
 * {@code eval summarize}, docs/BENCHMARKS.md). When a change raises a figure, raise its floor too.
 */
class DefaultMethodQualityTest {

    /** Points (percent) a figure may drop before the test fails. */
    static final double TOLERANCE = 0.05;

    private static RougeLexicon lexicon() {
        return RougeLexicon.official().orElseThrow(() -> new AssertionError("no WordNet exception lists"));
    }

    @Test
    void duc2004StaysAtItsFigures() {
        Path data = SharedData.require("data", "duc2004");
        Row row = only(SummaryBenchmark.duc2004(data, List.of(Summarizers.DEFAULT), false, lexicon(), (d, n) -> { }));
        assertThat(row.perCluster()).hasSize(25);
        RougeScore score = row.score();
        assertAtLeast("DUC 2004 ROUGE-1 R", score.rouge1().recall(), 39.63);
        assertAtLeast("DUC 2004 ROUGE-2 R", score.rouge2().recall(), 9.63);
    }

    @Test
    void aMultiNewsSampleStaysAtItsFigures() {
        Path data = SharedData.require("data", "multinews", "validation-300.jsonl");
        Row row = only(SummaryBenchmark.multiNews(data, List.of(Summarizers.DEFAULT), lexicon(), 100, (d, n) -> { }));
        assertThat(row.perCluster()).hasSize(100);
        RougeScore score = row.score();
        assertAtLeast("Multi-News (100) ROUGE-1 F", score.rouge1().f(), 45.39);
        assertAtLeast("Multi-News (100) ROUGE-2 F", score.rouge2().f(), 14.76);
        assertAtLeast("Multi-News (100) ROUGE-L F", score.rougeL().f(), 29.28);
    }

    private static Row only(List<Row> rows) {
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).system()).isEqualTo(Summarizers.DEFAULT);
        return rows.get(0);
    }

    private static void assertAtLeast(String figure, double value, double recorded) {
        assertThat(100 * value).as("%s of %s (recorded %.2f)", figure, Summarizers.DEFAULT, recorded)
                .isGreaterThanOrEqualTo(recorded - TOLERANCE);
    }
}
