package io.storyline.evaluate.cli;

import io.storyline.cli.CommandRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench-follow}: listed, with help, and an impossible plan or read log is refused before anything starts. */
class BenchFollowCommandTest {

    @Test
    void itHasHelp() {
        CommandRun help = CommandRun.of("bench-follow", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("Usage: storyline bench-follow").contains("SIGKILL").contains("--feeds").contains("--think-time");
    }

    @Test
    void anImpossiblePlanIsRefusedBeforeStarting() {
        CommandRun run = CommandRun.of("bench-follow", "--feeds", "0");
        assertThat(run.exitCode()).isEqualTo(io.storyline.cli.Main.EXIT_USAGE);
        assertThat(run.stderr()).contains("need feeds >= 1");
        CommandRun negative = CommandRun.of("bench-follow", "--think-time", "-5");
        assertThat(negative.exitCode()).isEqualTo(io.storyline.cli.Main.EXIT_USAGE);
        assertThat(negative.stderr()).contains("think-time 0-600000 ms");
    }

    @Test
    void aReadLogNobodyCanWriteIsRefusedBeforeStarting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        CommandRun missing = CommandRun.of("bench-follow", "--read-log", folder.resolve("no/such/reads.tsv").toString());
        assertThat(missing.exitCode()).isEqualTo(io.storyline.cli.Main.EXIT_USAGE);
        assertThat(missing.stderr()).contains("--read-log").contains("no" + java.io.File.separator + "such")
                .contains("does not exist");
        CommandRun aFolder = CommandRun.of("bench-follow", "--read-log", folder.toString());
        assertThat(aFolder.exitCode()).isEqualTo(io.storyline.cli.Main.EXIT_USAGE);
        assertThat(aFolder.stderr()).contains("is a folder");
        assertThat(CommandRun.of("bench-follow", "--help").stdout()).contains("--read-log");
    }
}
