package io.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A legacy file (bytes that are not valid UTF-8) is still read, as windows-1252, and the command says
 * so once for that file on stderr, without calling it a problem: the exit code stays 0.
 */
class LegacyEncodingTest {

    @TempDir
    Path dir;

    @Test
    void aWindows1252FileIsReadAndNotedOnceOnStderr() throws Exception {
        String story = """
                Caf\u00e9 owners close for a day
                Caf\u00e9 owners on the quay closed their doors on Tuesday in protest at the new terrace tax, \u201cfor one day only\u201d, their association said.
                The council said the tax would raise 40,000 euros a year for repairs to the quay.
                """;
        Path legacy = Files.write(dir.resolve("legacy.txt"), story.getBytes(Charset.forName("windows-1252")));
        Path modern = Files.write(dir.resolve("modern.txt"), story.replace("Tuesday", "Wednesday")
                .getBytes(StandardCharsets.UTF_8));

        CommandRun run = CommandRun.of("extract", "--no-progress", "--format", "jsonl", legacy.toString(), modern.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr().lines().toList()).containsExactly(
                "storyline: note " + legacy + ": read as Windows-1252: not valid UTF-8");
        assertThat(run.stdout()).contains("Caf\u00e9 owners on the quay").contains("\u201cfor one day only\u201d")
                .doesNotContain("\ufffd");

        CommandRun summary = CommandRun.of("summarize", "--no-progress", dir.toString());
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.stderr()).containsOnlyOnce("read as Windows-1252").doesNotContain("modern.txt");
    }
}
