package io.storyline.ingest;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files whose encoding was damaged on the way (a stray legacy byte, a double encoding, UTF-16 saved
 * without its mark) are read right, each with one notice naming the file, and the other inputs lose nothing.
 */
class DamagedEncodingFilesTest {

    private static final String STORY = "Ship strikes bridge in Z\u00fcrich harbour\n\nA container ship struck the"
            + " Seebr\u00fccke in Z\u00fcrich on Tuesday night, officials said. The bridge stays closed \u2013 at least"
            + " until Friday \u2013 while engineers inspect it.\n";

    @TempDir
    Path dir;

    @Test
    void eachDamagedFileIsMendedWithANoticeNamingIt() throws IOException {
        String monday = STORY.replace("Tuesday", "Monday");
        byte[] utf8 = monday.getBytes(StandardCharsets.UTF_8);
        byte[] stray = new byte[utf8.length + 1];
        int at = monday.substring(0, monday.indexOf("officials") - 1).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(utf8, 0, stray, 0, at);
        stray[at] = (byte) 0x92; // a windows-1252 apostrophe pasted in
        System.arraycopy(utf8, at, stray, at + 1, utf8.length - at);
        Path mixed = Files.write(dir.resolve("mixed.txt"), stray);
        Path doubled = Files.write(dir.resolve("doubled.txt"),
                new String(STORY.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8));
        Path utf16 = Files.write(dir.resolve("utf16.txt"), STORY.replace("Tuesday", "Thursday").getBytes(StandardCharsets.UTF_16LE));
        Path page = Files.write(dir.resolve("doubled.html"), ("<html><head><title>Bridge</title></head><body><article><p>"
                + new String(STORY.replace("Tuesday", "Friday").strip().replace("\n", " ").getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        Path fine = Files.write(dir.resolve("fine.txt"), STORY.replace("Tuesday", "Sunday").getBytes(StandardCharsets.UTF_8));

        Corpus corpus = new ArticleLoader(LoadOptions.defaults()).load(
                List.of(mixed.toString(), doubled.toString(), utf16.toString(), page.toString(), fine.toString()));

        assertThat(corpus.articles()).hasSize(5)
                .allSatisfy(a -> assertThat(a.text()).contains("Seebr\u00fccke in Z\u00fcrich").doesNotContain("\u00c3"));
        assertThat(corpus.articles()).extracting(Article::text).anySatisfy(t -> assertThat(t).contains("Monday night,\u2019 officials"));
        assertThat(corpus.problems()).allSatisfy(p -> assertThat(p.noted()).isTrue());
        assertThat(corpus.problems()).extracting(InputProblem::location)
                .containsExactlyInAnyOrder(mixed.toString(), doubled.toString(), utf16.toString(), page.toString());
        assertThat(corpus.problems()).filteredOn(p -> p.location().equals(mixed.toString())).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("read as UTF-8", "1 byte", "Windows-1252"));
        assertThat(corpus.problems()).filteredOn(p -> p.location().endsWith("doubled.txt")).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("double-encoded", "read as meant"));
        assertThat(corpus.problems()).filteredOn(p -> p.location().equals(utf16.toString())).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("UTF-16LE"));
    }
}
