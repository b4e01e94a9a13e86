package io.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EvalTimelineCommandTest {

    private static Path timeline17() {
        Path data = Path.of(System.getProperty("storyline.shared", "../shared"), "data", "timeline17");
        assumeTrue(Files.isDirectory(data), "skipped: " + data + " is not present");
        return data;
    }

    @Test
    void topicsLimitTheRunToTheNamedFolders() {
        CommandRun run = CommandRun.of("eval", "timeline", "--no-progress", "--dataset", "timeline17",
                "--topics", "h1n1_bbc", timeline17().toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("H1N1_bbc/").doesNotContain("H1N1_guardian").doesNotContain("bpoil")
                .contains("1 gold timelines in 1 topics");
        assertThat(run.stdout()).containsPattern("average\\s+\\d+\\s+0\\.\\d{4}");
    }

    @Test
    void aFilterThatMatchesNothingIsAClearError(@TempDir Path dir) {
        CommandRun none = CommandRun.of("eval", "timeline", "--dataset", "timeline17", "--topics", "tsunami",
                timeline17().toString());
        assertThat(none.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(none.stderr()).contains("--topics tsunami").doesNotContain("\tat ");
        CommandRun empty = CommandRun.of("eval", "timeline", "--dataset", "timeline17", dir.toString());
        assertThat(empty.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(empty.stderr()).contains("no topic");
    }
}
