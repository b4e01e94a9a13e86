package io.storyline.ingest;

import io.storyline.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the user is told of two kinds of bad input (session-19 cold trial #18; inputs made by this test). */
class InputMessagesTest {

    @TempDir
    Path dir;

    private Corpus load(Path... files) {
        return new ArticleLoader(LoadOptions.defaults())
                .load(java.util.Arrays.stream(files).map(Path::toString).toList());
    }

    @Test
    void twoLinksToEachOtherAreALoopNotAMissingFile() throws IOException {
        Path a = dir.resolve("ring-a.txt");
        Path b = dir.resolve("ring-b.txt");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        Path missing = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Corpus corpus = load(a, missing);
        assertThat(corpus.problems()).filteredOn(p -> p.location().equals(a.toString())).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("loop").doesNotContain("does not exist"));
        assertThat(corpus.problems()).filteredOn(p -> p.location().equals(missing.toString())).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("broken symbolic link", "does not exist"));
    }

    @Test
    void aValidLineTooLargeToReadIsSaidSoWithoutTheParsersNames() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"outlet\":\"Lake Courier\",\"text\":\"");
            String words = "The mill flooded on Sunday. ".repeat(1000);
            for (int i = 0; i < 21_000_000 / words.length() + 1; i++) {
                out.write(words);
            }
            out.write("\"}\n{\"outlet\":\"Hill Post\",\"text\":\"The mill on the Varg river flooded on Sunday after rain.\"}\n");
        }
        Corpus corpus = load(file);
        assertThat(corpus.articles()).hasSize(1);
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.problem())
                .contains("too large", "20,000,000").doesNotContain("not valid JSON", "StreamReadConstraints"));
    }
}
