package io.storyline.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small run of the following benchmark, as {@code bench-follow} runs it: the real {@code storyline serve
 * --follow} process, killed with SIGKILL while it fetches an item's page and started again on its database.
 * Every item is stored and placed once, every source counts its items once, nothing readers saw is lost.
 */
class FollowBenchmarkTest {

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerKilledMidPollLosesNothingAndStoresNothingTwice() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        java.nio.file.Path reads = java.nio.file.Files.createTempFile("bench-follow-reads", ".tsv");
        FollowBenchmark.Report report = FollowBenchmark.run(new FollowBenchmark.Plan(12, 3, Duration.ofSeconds(20), 4,
                Duration.ofSeconds(1), true, FollowBenchmark.Plan.THINK_TIME, reads),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        String said = report.describe() + log.toString(StandardCharsets.UTF_8);
        assertThat(report.killedDuring()).as(said).startsWith("while the server fetched /page/");
        assertThat(report.published()).isEqualTo(36);
        assertThat(report.missing()).as(said).isZero();
        assertThat(report.duplicates()).as(said).isZero();
        assertThat(report.stored()).as(said).isEqualTo(36);
        assertThat(report.placed()).as(said).isEqualTo(36);
        assertThat(report.placedTwice()).as(said).isZero();
        assertThat(report.sourcesWrong()).as(said).isZero();
        assertThat(report.lostAfterKill()).as(said).isZero();
        assertThat(report.readErrors()).as(said).isZero();
        assertThat(report.ok()).isTrue();
        assertThat(report.describe()).contains("4 readers, each pausing 1.0 s on average between reads");
        assertThat(report.p95Millis()).isBetween(report.p50Millis(), report.p99Millis());
        assertThat(report.describe()).contains(", p95 ").contains("server processor time ");
        assertThat(report.serverCpuSeconds()).as("both server processes ran").isPositive();

        // what each server said of the same reads (GET /api/timings), before the kill and after the restart; the
        // front page's route is read by the readers' lister every 2 s from the start, whatever else was read
        assertThat(report.serverSide()).as(said)
                .anyMatch(line -> line.startsWith("front page") && line.contains("(up to the kill)"))
                .anyMatch(line -> line.startsWith("front page") && line.contains("(after the restart)"))
                .allMatch(line -> line.contains("handlers p50 ") && line.contains("in the server p50 "));
        assertThat(report.describe()).contains("the same reads inside the server").contains("the benchmark's own process");
        assertThat(report.benchGcSeconds()).isNotNegative();
        // the read log: a header, then one line for every read, answered or not, in the order they started
        java.util.List<String> lines = java.nio.file.Files.readAllLines(reads);
        java.nio.file.Files.delete(reads);
        assertThat(lines.get(0)).isEqualTo("started\tkind\tpath\tms\toutcome");
        assertThat(lines).hasSize(1 + (int) (report.reads() + report.readErrors() + report.readsDuringRestart()));
        assertThat(lines.subList(1, lines.size())).isSorted()
                .allMatch(line -> line.split("\t").length == 5 && java.time.Instant.parse(line.split("\t")[0]) != null);
        assertThat(lines.stream().filter(line -> line.endsWith("\tHTTP 200")).count()).isEqualTo(report.reads());
    }

    @Test
    void quantilesAreNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = (i + 1) * 1_000_000L;  // 1 ms .. 100 ms
        }
        assertThat(FollowBenchmark.millis(sorted, 0.5)).isEqualTo(50.0);
        assertThat(FollowBenchmark.millis(sorted, 0.95)).isEqualTo(95.0);
        assertThat(FollowBenchmark.millis(sorted, 0.99)).isEqualTo(99.0);
        assertThat(FollowBenchmark.millis(sorted, 1.0)).isEqualTo(100.0);
        assertThat(FollowBenchmark.millis(new long[0], 0.95)).isZero();
    }

    @Test
    void aReaderPausesAboutTheThinkTimeBetweenReads() {
        java.util.Random random = new java.util.Random(19);
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            long pause = FollowBenchmark.pauseMillis(Duration.ofSeconds(1), random);
            assertThat(pause).isBetween(500L, 1500L);
            sum += pause;
        }
        assertThat(sum / 1000.0).as("the mean is the think time").isBetween(950.0, 1050.0);
        assertThat(FollowBenchmark.pauseMillis(Duration.ZERO, random)).isZero();
    }

    @Test
    void aNegativeThinkTimeIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FollowBenchmark.Plan(1, 1, Duration.ofSeconds(10), 1,
                Duration.ofSeconds(1), false, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
