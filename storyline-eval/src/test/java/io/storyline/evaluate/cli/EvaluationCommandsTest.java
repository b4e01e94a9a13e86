package io.storyline.evaluate.cli;

import io.storyline.cli.CommandRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands this module adds to {@code storyline} through {@link EvaluationCommands}. */
class EvaluationCommandsTest {

    @Test
    void theMainCommandFindsThemAndListsThemBeforeHelp() {
        CommandRun help = CommandRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).containsSubsequence("summarize", "extract", "generate-stream", "eval",
                "bench-server", "help");
    }

    @Test
    void everyOneHasHelp() {
        for (String[] args : new String[][] {{"eval", "--help"}, {"eval", "summarize", "--help"},
                {"eval", "timeline", "--help"}, {"eval", "cluster", "--help"}, {"eval", "extract", "--help"},
                {"generate-stream", "--help"}, {"bench-server", "--help"}, {"help", "eval"}}) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.stdout()).contains("Usage: storyline " + (args[0].equals("help") ? args[1] : args[0]));
        }
        assertThat(CommandRun.of("eval", "summarize", "--help").stdout()).contains("--methods").contains("coverage");
    }

    @Test
    void anUnknownCommandIsToldOnlyOfUserCommandsNotOfTheseOnes() {
        // "benc" and "serv" are closest to bench-server and bench-follow, which a user has no use for
        CommandRun benc = CommandRun.of("benc");
        assertThat(benc.exitCode()).isEqualTo(io.storyline.cli.Main.EXIT_USAGE);
        assertThat(benc.stderr()).doesNotContain("bench-").doesNotContain("generate-stream").doesNotContain("Did you mean");
        CommandRun serv = CommandRun.of("serv");
        assertThat(serv.stderr()).contains("Did you mean: storyline serve").doesNotContain("bench-");
        // eval is a user command (benchmarks): a typo of it is suggested it
        CommandRun evl = CommandRun.of("evl");
        assertThat(evl.exitCode()).isEqualTo(io.storyline.cli.Main.EXIT_USAGE);
        assertThat(evl.stderr()).contains("Did you mean: storyline eval").doesNotContain("bench-");
        // inside eval, its own commands are still suggested
        assertThat(CommandRun.of("eval", "sumarize").stderr()).contains("Did you mean: eval summarize?");
    }

    @Test
    void benchServerRejectsAnImpossiblePlanBeforeStarting() {
        CommandRun run = CommandRun.of("bench-server", "--readers", "0");
        assertThat(run.exitCode()).isEqualTo(io.storyline.cli.Main.EXIT_USAGE);
        assertThat(run.stderr()).contains("need readers >= 1");
    }
}
