package io.storyline.evaluate.cli;

import io.storyline.cli.CommandRun;
import io.storyline.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storyline generate-stream} and {@code storyline eval cluster}, run in-process. */
class EvalClusterCommandTest {

    @Test
    void generateStreamThenEvaluateIt(@TempDir Path dir) {
        Path stream = dir.resolve("stream.jsonl");
        CommandRun generate = CommandRun.of("generate-stream", "--articles", "300", "--seed", "2", "-o", stream.toString());
        assertThat(generate.exitCode()).as(generate.stderr()).isZero();
        CommandRun eval = CommandRun.of("eval", "cluster", "--dataset", "generated", stream.toString());
        assertThat(eval.exitCode()).as(eval.stderr()).isZero();
        assertThat(eval.stdout()).contains("articles        300").containsPattern("B-cubed F1\\s+0\\.\\d{4}")
                .contains("articles/s").contains("peak heap");
        CommandRun bad = CommandRun.of("generate-stream", "--articles", "0");
        assertThat(bad.exitCode()).isEqualTo(Main.EXIT_USAGE);
        CommandRun unknown = CommandRun.of("eval", "cluster", "--dataset", "cnn", stream.toString());
        assertThat(unknown.stderr()).contains("timeline17");
    }

    @Test
    void scoresPrintWithAPointUnderAGermanLocale(@TempDir Path dir) {
        Path stream = dir.resolve("stream.jsonl");
        CommandRun.of("generate-stream", "--articles", "200", "--seed", "3", "-o", stream.toString());
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            CommandRun eval = CommandRun.of("eval", "cluster", "--dataset", "generated", stream.toString());
            assertThat(eval.exitCode()).as(eval.stderr()).isZero();
            assertThat(eval.stdout()).containsPattern("B-cubed P\\s+[01]\\.\\d{4}\\n")
                    .containsPattern("adjusted Rand\\s+-?[01]\\.\\d{4}\\n")
                    .containsPattern("clustering\\s+\\d+\\.\\d\\d s").doesNotContainPattern("\\d,\\d");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRunSavedWithSaveLinesIsComparedWithTheNext(@TempDir Path dir) throws Exception {
        Path stream = dir.resolve("stream.jsonl");
        CommandRun.of("generate-stream", "--articles", "200", "--seed", "4", "-o", stream.toString());
        Path lines = dir.resolve("lines.tsv");
        CommandRun first = CommandRun.of("eval", "cluster", "--dataset", "generated", "--save-lines", lines.toString(),
                stream.toString());
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(java.nio.file.Files.readAllLines(lines)).hasSize(200);
        CommandRun again = CommandRun.of("eval", "cluster", "--dataset", "generated", "--compare-to", lines.toString(),
                stream.toString());
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.stdout()).contains("storylines against " + lines)
                .containsPattern("F1\\s+[01]\\.\\d{4} -> [01]\\.\\d{4}\\s+\\+0\\.0000 \\[\\+0\\.0000, \\+0\\.0000\\]");
        java.nio.file.Files.writeString(lines, "only two\tfields\n");
        CommandRun bad = CommandRun.of("eval", "cluster", "--dataset", "generated", "--compare-to", lines.toString(),
                stream.toString());
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.stderr()).contains(lines.toString()).contains("line 1");
    }
}
