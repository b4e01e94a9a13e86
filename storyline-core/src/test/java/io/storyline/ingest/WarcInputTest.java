package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcInputTest {

    @TempDir
    Path dir;

    private static Extraction read(Path file) {
        return new ArticleLoader(LoadOptions.defaults()).extract(List.of(file.toString()));
    }

    private static byte[] pier() {
        return WarcFixtures.response("https://tidewater.example/pier", "text/html; charset=utf-8",
                NewsPages.article("Pier to close", "Tidewater Times", NewsPages.PIER_STORY));
    }

    private static byte[] ferry() {
        return WarcFixtures.response("https://coast.example/ferry", "text/html",
                NewsPages.article("Ferry strike", "Coast Radio", NewsPages.FERRY_STORY));
    }

    @Test
    void anArchiveInMemoryReadsAsTheSameArchiveOnDisk() throws IOException {
        byte[] archive = WarcFixtures.concat(WarcFixtures.request("https://tidewater.example/pier"), pier());
        Path warc = Files.write(dir.resolve("crawl.warc"), archive);
        ArticleLoader loader = new ArticleLoader(LoadOptions.defaults());
        io.storyline.model.Corpus fromDisk = loader.load(java.util.List.of(warc.toString()));
        io.storyline.model.Corpus fromBytes = loader.read(warc, dir, archive);
        assertThat(fromBytes.articles()).hasSize(1);
        assertThat(fromBytes.articles()).isEqualTo(fromDisk.articles());
        assertThat(fromBytes.problems()).isEqualTo(fromDisk.problems());
    }

    @Test
    void everyHtmlResponseIsAnArticleAndOtherRecordsAreSkippedQuietly() throws IOException {
        Path warc = Files.write(dir.resolve("crawl.warc"), WarcFixtures.concat(
                WarcFixtures.request("https://tidewater.example/pier"), pier(),
                WarcFixtures.response("https://tidewater.example/logo.png", "image/png", "PNG"),
                WarcFixtures.response("https://tidewater.example/app.js", "application/javascript", "var x = 1;"),
                ferry()));
        Extraction read = read(warc);
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).extracting(e -> e.article().title()).containsExactly("Pier to close", "Ferry strike");
        Article pier = read.articles().get(0).article();
        assertThat(pier.url()).isEqualTo("https://tidewater.example/pier");
        assertThat(pier.outlet()).isEqualTo("Tidewater Times");
        assertThat(pier.origin()).startsWith(warc + " @").endsWith("(https://tidewater.example/pier)");
    }

    @Test
    void aDamagedRecordIsOneProblemAndTheRecordsAfterItAreRead() throws IOException {
        byte[] damaged = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n<html>half a page"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path warc = Files.write(dir.resolve("damaged.warc"), WarcFixtures.concat(pier(), damaged,
                "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), ferry()));
        Extraction read = read(warc);
        assertThat(read.articles()).extracting(e -> e.article().title()).containsExactly("Pier to close", "Ferry strike");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).startsWith(warc + " @");
            assertThat(p.problem()).startsWith("is a damaged record (");
        });
    }

    @Test
    void gzippedRecordsWithACorruptMemberInTheMiddle() throws IOException {
        byte[] broken = WarcFixtures.gzip(pier());
        for (int i = 20; i < broken.length - 10; i += 7) {
            broken[i] ^= 0x5A; // the compressed stream no longer inflates
        }
        Path warc = Files.write(dir.resolve("news.warc.gz"), WarcFixtures.concat(WarcFixtures.gzip(pier()), broken,
                WarcFixtures.gzip(ferry())));
        Extraction read = read(warc);
        assertThat(read.articles()).extracting(e -> e.article().title()).contains("Ferry strike");
        assertThat(read.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.location()).startsWith(warc + " @"));
    }

    @Test
    void aTruncatedArchiveKeepsWhatCameBeforeTheCut() throws IOException {
        byte[] whole = WarcFixtures.concat(pier(), ferry());
        byte[] cut = java.util.Arrays.copyOf(whole, pier().length + 200);
        Path warc = Files.write(dir.resolve("cut.warc"), cut);
        Extraction read = read(warc);
        assertThat(read.articles()).extracting(e -> e.article().title()).containsExactly("Pier to close");
        assertThat(read.problems()).hasSize(1);
    }

    @Test
    void notAWarcAtAll() throws IOException {
        Path warc = Files.writeString(dir.resolve("fake.warc"), "just some words, no records here\n");
        Extraction read = read(warc);
        assertThat(read.articles()).isEmpty();
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).location()).startsWith(warc.toString());
    }
}
