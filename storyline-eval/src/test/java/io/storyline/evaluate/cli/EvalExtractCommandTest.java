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

    @Test
    void helpPrintsThePercentSignOfTheIntervalWithoutAFormattingWarning() {
        CommandRun run = CommandRun.of("eval", "extract", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().replaceAll("\\s+", " ")).contains("95% paired bootstrap interval");
        assertThat(run.stdout() + run.stderr()).doesNotContain("WARN", "Could not format");
    }

    @Test
    void scoresAllThreeSetsEachWithItsOwnMetricInOneTable() throws IOException {
        Path data = dir.resolve("data");
        Path scrapinghub = Files.createDirectories(data.resolve("extraction/html"));
        Files.write(scrapinghub.resolve("k1.html.gz"), gzip(LighthousePage.HTML));
        Files.writeString(data.resolve("extraction/ground-truth.json"), """
                {"k1": {"url": "https://northern-light.example/2022/06/01/keeper", "articleBody":
                 "The last keeper of the Skerry light handed over its keys on Wednesday after thirty-one years on the rock."}}
                """);
        Path readability = Files.createDirectories(data.resolve("extraction-readability/keeper"));
        Files.writeString(readability.resolve("source.html"), LighthousePage.HTML);
        Files.writeString(readability.resolve("expected.html"), "<div><p>The last keeper of the Skerry light handed over "
                + "its keys on Wednesday after thirty-one years on the rock.</p><p>The light has been automatic since 2009, "
                + "but the coast authority kept a keeper for repairs and visitors.</p></div>");
        Path trafilatura = Files.createDirectories(data.resolve("extraction-trafilatura/html"));
        Files.write(trafilatura.resolve("keeper.html.gz"), gzip(LighthousePage.HTML));
        Files.writeString(data.resolve("extraction-trafilatura/evaldata.json"), """
                {"https://northern-light.example/2022/06/01/keeper": {"file": "keeper.html",
                  "with": ["handed over its keys", "kept a keeper for repairs", "a sentence not there"],
                  "without": ["All rights reserved", "Front page"]}}
                """);
        Path saved = dir.resolve("scores");
        CommandRun run = CommandRun.of("eval", "extract", "--no-progress", "--dataset", "all", "--save-scores",
                saved.toString(), data.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).containsPattern("set +pages +skipped +precision +recall +accuracy +F1 +pages/s +ms/page +cpu ms/page")
                // one reference paragraph of two: every predicted shingle of the second is extra
                .containsPattern("scrapinghub +1 +0 +0\\.\\d+ +1\\.0000 +- ")
                .containsPattern("readability +1 +0 +1\\.0000 +1\\.0000 +- +1\\.0000")
                // TP 2, FN 1, FP 0, TN 2: P 1, R 2/3, accuracy 4/5, F 0.8
                .containsPattern("trafilatura +1 +0 +1\\.0000 +0\\.6667 +0\\.8000 +0\\.8000");
        assertThat(saved.resolve("trafilatura.tsv")).content().startsWith("keeper.html\t2");

        CommandRun again = CommandRun.of("eval", "extract", "--no-progress", "--dataset", "trafilatura", "--compare-to",
                saved.toString(), data.resolve("extraction-trafilatura").toString());
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.stdout()).contains("accuracy    0.8000").contains("trafilatura  F1 +0.0000  95% [+0.0000, +0.0000]");
    }

    @Test
    void aPageTheLoaderSkipsIsNamedWithItsReason() throws IOException {
        Path data = dir.resolve("forum");
        Path html = Files.createDirectories(data.resolve("html"));
        Files.write(html.resolve("keeper.html.gz"), gzip(LighthousePage.HTML));
        // a page with no run of three words anywhere: the loader finds no sentence in it and skips it
        Files.write(html.resolve("search.html.gz"), gzip("<html><head><title>Search</title></head><body>"
                + "<div><a href=\"/s\">Search...</a></div><p>Go</p></body></html>"));
        Files.writeString(data.resolve("evaldata.json"), """
                {"https://northern-light.example/keeper": {"file": "keeper.html", "with": ["handed over its keys"],
                  "without": ["Front page"]},
                 "https://forum.example/search": {"file": "search.html", "with": ["a post that is not there"],
                  "without": ["Search..."]}}
                """);
        CommandRun one = CommandRun.of("eval", "extract", "--no-progress", "--dataset", "trafilatura", data.toString());
        assertThat(one.exitCode()).as(one.stderr()).isZero();
        assertThat(one.stdout()).contains("no article  1 page(s), listed below")
                .contains("skipped, scored as an empty text:\n  search.html: contains no sentences")
                .doesNotContain("keeper.html:");

        Path all = dir.resolve("all");
        Files.createDirectories(all);
        Files.move(data, all.resolve("extraction-trafilatura"));
        Path scrapinghub = Files.createDirectories(all.resolve("extraction/html"));
        Files.write(scrapinghub.resolve("k1.html.gz"), gzip(LighthousePage.HTML));
        Files.writeString(all.resolve("extraction/ground-truth.json"), """
                {"k1": {"url": "https://northern-light.example/keeper", "articleBody": "The last keeper of the Skerry light."}}
                """);
        Path readability = Files.createDirectories(all.resolve("extraction-readability/keeper"));
        Files.writeString(readability.resolve("source.html"), LighthousePage.HTML);
        Files.writeString(readability.resolve("expected.html"), "<p>The last keeper of the Skerry light.</p>");
        CommandRun table = CommandRun.of("eval", "extract", "--no-progress", "--dataset", "all", all.toString());
        assertThat(table.exitCode()).as(table.stderr()).isZero();
        assertThat(table.stdout()).containsPattern("trafilatura +2 +1 ")
                .contains("skipped (trafilatura), scored as an empty text:\n  search.html: contains no sentences")
                .doesNotContain("skipped (scrapinghub)").doesNotContain("skipped (readability)");
    }

    @Test
    void anUnknownSetOrAMissingFileIsNamed() {
        CommandRun unknown = CommandRun.of("eval", "extract", "--no-progress", "--dataset", "cnn", dir.toString());
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.stderr()).contains("unknown data set 'cnn'").contains("readability");
        CommandRun missing = CommandRun.of("eval", "extract", "--no-progress", "--dataset", "trafilatura", dir.toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains(dir.resolve("evaldata.json").toString()).contains("does not exist");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
