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
        FollowBenchmark.Report report = FollowBenchmark.run(new FollowBenchmark.Plan(12, 3, Duration.ofSeconds(20), 4,
                Duration.ofSeconds(1), true), new PrintStream(log, true, StandardCharsets.UTF_8));
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
    }
}
