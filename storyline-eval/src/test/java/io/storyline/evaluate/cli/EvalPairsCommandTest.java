package io.storyline.evaluate.cli;

import io.storyline.cli.CommandRun;
import io.storyline.cli.Main;
import io.storyline.evaluate.pairs.PairFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storyline eval pairs}, run in-process on a folder the test writes. */
class EvalPairsCommandTest {

    @Test
    void reportsPrecisionAndRecallAndListsTheErrors(@TempDir Path dir) throws Exception {
        Path data = PairFixtures.data(dir.resolve("data"));
        Path labels = Files.writeString(dir.resolve("labels.tsv"), PairFixtures.labels(data));
        CommandRun run = CommandRun.of("eval", "pairs", "--labels", labels.toString(), "--errors", "--no-progress",
                data.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).containsPattern("all\\s+3\\s+2\\s+1\\s+1\\.000\\s+0\\.500\\s+1\\.000\\s+1\\.000")
                .contains("labelled same, decided related").contains("3 pairs judged, 0 not found");
    }

    @Test
    void aMissingFolderOrABadLabelFileIsNamed(@TempDir Path dir) throws Exception {
        CommandRun missing = CommandRun.of("eval", "pairs", dir.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(missing.stderr()).contains("nowhere").contains("not a folder");
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "pair\tlabel\n");
        CommandRun badRun = CommandRun.of("eval", "pairs", "--labels", bad.toString(), dir.toString());
        assertThat(badRun.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(badRun.stderr()).contains("bad.tsv:1");
    }
}
