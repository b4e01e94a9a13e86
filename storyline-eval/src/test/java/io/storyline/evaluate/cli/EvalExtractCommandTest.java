package io.storyline.evaluate.cli;

import io.storyline.cli.CommandRun;
import io.storyline.cli.LighthousePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storyline eval extract} on a one-page benchmark folder, run in-process. */
class EvalExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void scoresABenchmarkFolder() throws IOException {
        Path bench = Files.createDirectories(dir.resolve("bench/html"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(LighthousePage.HTML.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(bench.resolve("k1.html.gz"), bytes.toByteArray());
        Files.writeString(dir.resolve("bench/ground-truth.json"), """
                {"k1": {"url": "https://northern-light.example/2022/06/01/keeper", "articleBody":
                 "The last keeper of the Skerry light handed over its keys on Wednesday after thirty-one years on the rock.\\n\\nThe light has been automatic since 2009, but the coast authority kept a keeper for repairs and visitors."}}
                """);
        CommandRun run = CommandRun.of("eval", "extract", "--no-progress", dir.resolve("bench").toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("pages       1").contains("precision   1.0000").contains("recall      1.0000")
                .contains("F1          1.0000").containsPattern("JSON-LD +1\n").containsPattern("URL +1\n").contains("pages/s");
    }
}
