package io.storyline.evaluate.cli;

import io.storyline.cli.CommandRun;
import io.storyline.cli.Main;
import io.storyline.evaluate.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class EvalSummarizeCommandTest {

    private static Path duc2004() {
        return SharedData.require("data", "duc2004");
    }

    @Test
    void scoresAMethodBesideThePublishedSystemsWithTheSameCode() {
        CommandRun run = CommandRun.of("eval", "summarize", "--no-progress", "--dataset", "duc2004",
                "--methods", "lead", duc2004().toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("ROUGE-1 R").contains("ROUGE-4 R").contains("25 clusters");
        assertThat(run.stdout()).containsPattern("lead\\s+storyline\\s+\\d+\\.\\d\\d");
        // the published figure for DPP, reproduced by our ROUGE from its summaries
        assertThat(run.stdout()).containsPattern("DPP\\s+published\\s+39\\.42\\s+8\\.82");
    }

    @Test
    void duc2006ScoresFocusedSummariesBesideThePublishedSystemsWithAnIntervalAgainstTheBest() {
        Path duc2006 = SharedData.require("data", "duc2006");
        CommandRun run = CommandRun.of("eval", "summarize", "--no-progress", "--dataset", "duc2006",
                "--methods", "lexrank", "--limit", "2", duc2006.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("ROUGE-2 R").contains("ROUGE-SU4 R").contains("2 clusters");
        assertThat(run.stdout()).containsPattern("lexrank\\s+storyline\\s+\\d+\\.\\d\\d\\s+\\d+\\.\\d\\d");
        assertThat(run.stdout()).containsPattern("\\n24\\s+published\\s+\\d+\\.\\d\\d");
        assertThat(run.stdout()).containsPattern("lexrank against \\S+, paired over 2 clusters")
                .containsPattern("ROUGE-SU4 R\\s+[+-]\\d+\\.\\d\\d\\s+\\(");
    }

    @Test
    void figuresPrintWithAPointUnderAGermanLocale() {
        Path data = duc2004();
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            CommandRun run = CommandRun.of("eval", "summarize", "--no-progress", "--dataset", "duc2004",
                    "--methods", "lead", "--compare", "lead,Lead", data.toString());
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(run.stdout()).containsPattern("DPP\\s+published\\s+39\\.42\\s+8\\.82")
                    .containsPattern("ROUGE-1 R\\s+[+-]\\d+\\.\\d\\d").doesNotContainPattern("\\d,\\d");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void comparesTwoSystemsClusterByCluster() {
        CommandRun run = CommandRun.of("eval", "summarize", "--no-progress", "--dataset", "duc2004",
                "--methods", "lead", "--compare", "lead,Lead", duc2004().toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        // our lead (storyline) against the published Lead baseline, on the same 25 clusters
        assertThat(run.stdout()).contains("lead against Lead, paired over 25 clusters");
        assertThat(run.stdout()).containsPattern("ROUGE-1 R\\s+[+-]\\d+\\.\\d\\d\\s+\\([+-]\\d+\\.\\d\\d to [+-]\\d+\\.\\d\\d\\)");
        assertThat(run.stdout()).containsPattern("better in \\d+, worse in \\d+, the same in \\d+");

        CommandRun unknown = CommandRun.of("eval", "summarize", "--no-progress", "--dataset", "duc2004",
                "--methods", "lead", "--compare", "lead,coverage", duc2004().toString());
        assertThat(unknown.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(unknown.stderr()).contains("no system 'coverage'").contains("--methods");
        CommandRun one = CommandRun.of("eval", "summarize", "--dataset", "duc2004", "--compare", "lead",
                duc2004().toString());
        assertThat(one.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(one.stderr()).contains("two different systems");
    }

    @Test
    void explainsOneCluster() {
        CommandRun run = CommandRun.of("eval", "summarize", "--dataset", "duc2004", "--methods", "coverage",
                "--explain", "d30001", duc2004().toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("# Cluster d30001").contains("## coverage: ROUGE-1 R")
                .contains("missed reference bigrams").contains("## References");
    }

    @Test
    void unknownClustersDataSetsAndPathsAreClearErrors(@TempDir Path dir) {
        CommandRun unknownCluster = CommandRun.of("eval", "summarize", "--dataset", "duc2004", "--explain", "d99999",
                duc2004().toString());
        assertThat(unknownCluster.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(unknownCluster.stderr()).contains("d99999");
        CommandRun unknownSet = CommandRun.of("eval", "summarize", "--dataset", "cnn", dir.toString());
        assertThat(unknownSet.stderr()).contains("cnn").contains("duc2004");
        CommandRun missing = CommandRun.of("eval", "summarize", "--dataset", "duc2004", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(missing.stderr()).contains("nope").doesNotContain("\tat ");
        CommandRun empty = CommandRun.of("eval", "summarize", "--dataset", "duc2004", dir.toString());
        assertThat(empty.stderr()).contains("no clusters");
    }
}
