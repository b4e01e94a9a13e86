package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.cli.CommandRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code eval extract} times and scores what {@code storyline extract} gives: on pages of the extraction
 * benchmark, the text the benchmark scored equals the text the command prints for the same page, and the
 * title and outlet too, so its pages per second are the command's reading.
 */
class ExtractionBenchmarkCommandTest {

    @Test
    void theBenchmarkReadsEachPageAsTheCommandDoes() throws Exception {
        Path folder = SharedData.require("data", "extraction", "ground-truth.json").getParent();
        List<ExtractionDataset.Page> pages = ExtractionDataset.SCRAPINGHUB.pages(folder);
        List<ExtractionBenchmark.PageResult> results = ExtractionBenchmark.run(folder, (done, total) -> { }).pages();
        assertThat(results).hasSameSizeAs(pages);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < pages.size(); i += 13) {
            ExtractionBenchmark.PageResult scored = results.get(i);
            assertThat(scored.key()).isEqualTo(pages.get(i).key());
            assertThat(scored.extracted()).as(scored.key()).isNotNull();
            CommandRun run = CommandRun.of("extract", "--no-progress", "--format", "jsonl", pages.get(i).file().toString());
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            JsonNode printed = json.readTree(run.stdout().lines().findFirst().orElseThrow());
            assertThat(printed.get("text").asText()).as(scored.key()).isNotBlank()
                    .isEqualTo(scored.extracted().article().text());
            assertThat(printed.get("title").asText(null)).as(scored.key()).isEqualTo(scored.extracted().article().title());
            assertThat(printed.get("outlet").asText(null)).as(scored.key()).isEqualTo(scored.extracted().article().outlet());
        }
    }
}
