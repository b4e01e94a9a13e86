package io.storyline.evaluate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.cli.CommandRun;
import io.storyline.ingest.BlockClassifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline eval train-blocks} on a few pages written for the test, and its model used by {@code eval extract}. */
class EvalTrainBlocksCommandTest {

    @TempDir
    Path dir;

    private static final String[] STORY = {
        "The harbour board voted on Tuesday to close the old pier to traffic from next spring, after engineers found rust.",
        "Fishing crews who moor there said they had not been asked, and would take the matter to the council in March.",
        "The board said a new pontoon would be built beside the ferry terminal within two years, paid from reserves."};

    private static String page(String place) {
        return "<!DOCTYPE html><html><head><title>" + place + "</title></head><body>"
                + "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></div>"
                + "<div class=\"story\"><h1>" + place + " to close</h1><p>" + String.join("</p><p>", STORY) + "</p>"
                + "<p>Share this story: <a href=\"/s\">Facebook</a> <a href=\"/t\">Twitter</a></p></div>"
                + "<div class=\"bottom\"><p>Copyright 2024 Harbour Times. All rights reserved.</p></div></body></html>";
    }

    private Path data() throws IOException {
        Path data = dir.resolve("data");
        // "ferry" and "buoy" are in the training half (MD5 first byte even), one in each fold; "pier" is not
        for (String name : new String[] {"ferry", "buoy", "pier"}) {
            Path folder = Files.createDirectories(data.resolve("extraction-readability").resolve(name));
            Files.writeString(folder.resolve("source.html"), page(name));
            Files.writeString(folder.resolve("expected.html"), "<div><p>" + String.join("</p><p>", STORY) + "</p></div>");
        }
        Path html = Files.createDirectories(data.resolve("extraction-trafilatura/html"));
        Files.write(html.resolve("tide.html.gz"), gzip(page("tide")));
        Files.writeString(data.resolve("extraction-trafilatura/evaldata.json"), """
                {"https://harbour.example/tide": {"file": "tide.html",
                  "with": ["voted on Tuesday to close the old pier", "a new pontoon would be built"],
                  "without": ["All rights reserved", "Share this story"]}}
                """);
        return data;
    }

    @Test
    void trainsOnTheTrainingHalfAndWritesAModelThatEvalExtractUses() throws IOException {
        Path data = data();
        Path model = dir.resolve("model.txt");
        CommandRun run = CommandRun.of("eval", "train-blocks", "--out", model.toString(), data.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        // two Readability pages and one trafilatura page; "pier" is left for reporting
        assertThat(run.stdout()).contains("training pages 3;").containsPattern("rules alone: +readability F1 \\d\\.\\d{4}")
                .contains("chosen threshold").contains("wrote " + model);
        assertThat(BlockClassifier.read(model).threshold()).isBetween(0.0, 1.0);
        assertThat(Files.readString(model)).contains("# trained on 3 pages");

        CommandRun extract = CommandRun.of("eval", "extract", "--no-progress", "--dataset", "readability", "--blocks",
                model.toString(), data.resolve("extraction-readability").toString());
        assertThat(extract.exitCode()).as(extract.stderr()).isZero();
        assertThat(extract.stdout()).contains("pages       3").contains("F1");
    }

    @Test
    void aModelFileThatCannotBeReadIsNamedBeforeAnyPage() throws IOException {
        Path data = data();
        Path missing = dir.resolve("no-model.txt");
        CommandRun run = CommandRun.of("eval", "extract", "--no-progress", "--dataset", "readability", "--blocks",
                missing.toString(), data.resolve("extraction-readability").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("cannot read the block classifier " + missing);
        assertThat(System.getProperty(BlockClassifier.PROPERTY)).isNull();
    }

    @Test
    void trainingPagesWithNothingToLearnFromSayWhy() throws IOException {
        Path data = dir.resolve("empty");
        Files.createDirectories(data.resolve("extraction-readability/ferry"));
        Files.writeString(data.resolve("extraction-readability/ferry/source.html"), "<html><body></body></html>");
        Files.writeString(data.resolve("extraction-readability/ferry/expected.html"), "<p>Nothing.</p>");
        Files.createDirectories(data.resolve("extraction-trafilatura/html"));
        Files.writeString(data.resolve("extraction-trafilatura/evaldata.json"), "{}");
        CommandRun run = CommandRun.of("eval", "train-blocks", "--out", dir.resolve("m.txt").toString(), data.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("nothing to learn from");
        assertThat(dir.resolve("m.txt")).doesNotExist();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
