package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    private static final String BODY = "The council voted on Tuesday to raise the bridge toll by a dollar.\n\n"
            + "Drivers' groups said they would challenge the decision in court.\n";

    @TempDir
    Path dir;

    private Path write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Corpus load(Path... inputs) {
        return load(LoadOptions.defaults(), inputs);
    }

    private static Corpus load(LoadOptions options, Path... inputs) {
        List<String> names = new ArrayList<>();
        for (Path p : inputs) {
            names.add(p.toString());
        }
        return new ArticleLoader(options).load(names);
    }

    private static Article only(Corpus corpus) {
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles()).hasSize(1);
        return corpus.articles().get(0);
    }

    private static InputProblem onlyProblem(Corpus corpus) {
        assertThat(corpus.problems()).hasSize(1);
        return corpus.problems().get(0);
    }

    // ---- formats ----

    @Test
    void plainTextWithHeadlineIdFromPathAndNoFileNameAsOutlet() {
        Path file = write("bay-gazette.txt", "Bridge Toll To Rise\n\n" + BODY);
        Article a = only(load(file));
        assertThat(a.title()).isEqualTo("Bridge Toll To Rise");
        assertThat(a.text()).isEqualTo(BODY.strip());
        assertThat(a.outlet()).isEqualTo(Article.UNKNOWN_OUTLET);
        assertThat(a.id()).isEqualTo("bay-gazette");
        assertThat(a.origin()).isEqualTo(file.toString());
        assertThat(a.published()).isNull();
    }

    @Test
    void fileWithoutExtensionIsPlainText() {
        Article a = only(load(write("notes", BODY)));
        assertThat(a.text()).startsWith("The council voted");
    }

    @Test
    void htmlPageGivesTextAndMetadataButNoMarkupOrScript() {
        String html = """
                <!DOCTYPE html><html><head>
                <title>Toll rises | Bay Gazette</title>
                <meta property="og:title" content="Bridge toll to rise by a dollar">
                <meta property="og:site_name" content="Bay Gazette">
                <meta property="article:published_time" content="2024-05-02T08:30:00+02:00">
                <link rel="canonical" href="https://gazette.example/toll">
                <script>var tracker = "SECRET_TRACKING_CODE"; document.write('<p>injected</p>');</script>
                <style>p { color: red }</style>
                </head><body>
                <nav><a href="/">Home</a> <a href="/news">News navigation link</a></nav>
                <article>
                  <h1>Bridge toll to rise</h1>
                  <p>The council voted on Tuesday to raise the bridge toll by a dollar, its <b>first</b> rise in a decade.</p>
                  <script>alert("INLINE_SCRIPT_TEXT")</script>
                  <p>Drivers&#39; groups said they would challenge the decision in court &amp; in the press.</p>
                  <aside>Subscribe to our newsletter for ASIDE_TEXT every morning.</aside>
                </article>
                <footer>Copyright FOOTER_TEXT</footer>
                </body></html>
                """;
        Article a = only(load(write("page.html", html)));
        assertThat(a.title()).isEqualTo("Bridge toll to rise by a dollar");
        assertThat(a.outlet()).isEqualTo("Bay Gazette");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(a.url()).isEqualTo("https://gazette.example/toll");
        assertThat(a.text()).contains("its first rise in a decade.")
                .contains("Drivers' groups said they would challenge the decision in court & in the press.")
                .doesNotContain("SECRET_TRACKING_CODE", "INLINE_SCRIPT_TEXT", "ASIDE_TEXT", "FOOTER_TEXT",
                        "navigation", "<", ">", "color: red");
    }

    @Test
    void htmlWithoutArticleUsesTheDensestParagraphBlockAndLinkedData() {
        String html = """
                <html><head><title>Ferry sold</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"NewsArticle","datePublished":"2023-11-07","publisher":{"name":"Coast Wire"}}]}</script>
                </head><body>
                <div class="menu"><p>Short menu text that is not the article at all.</p></div>
                <div id="story">
                  <p>The ferry line across the bay has been sold to a buyer the company would not name.</p>
                  <p>Staff were told on Monday that timetables would not change before the summer season.</p>
                  <p>The line carries about two thousand passengers a day between the two harbours.</p>
                </div>
                <div><p>Comments are closed for this article.</p></div>
                </body></html>
                """;
        Article a = only(load(write("ferry.htm", html)));
        assertThat(a.title()).isEqualTo("Ferry sold");
        assertThat(a.outlet()).isEqualTo("Coast Wire");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 11, 7));
        assertThat(a.text()).startsWith("The ferry line across the bay")
                .contains("two thousand passengers a day")
                .doesNotContain("menu text", "Comments are closed");
    }

    @Test
    void htmlIsRecognisedByContentAndTimeElementGivesTheDate() {
        String html = "<html><body><h1>Quay reopens</h1><time datetime=\"2022-03-04\">4 March</time>"
                + "<p>The quay reopened on Friday after repairs that took most of the winter months.</p></body></html>";
        Article a = only(load(write("saved-page.txt", html)));
        assertThat(a.title()).isEqualTo("Quay reopens");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 4));
        assertThat(a.text()).isEqualTo("The quay reopened on Friday after repairs that took most of the winter months.");
    }

    @Test
    void pageWrappedInAFormStillYieldsItsArticle() {
        String html = "<html><body><form id=\"page\"><nav><a href=\"/\">Home</a></nav><div class=\"story\">"
                + "<p>The harbour reopened on Wednesday after a week of storms had kept every boat in port.</p>"
                + "<p>Fishing crews said the catch would be sold at the quay market on Thursday morning.</p>"
                + "</div><input type=\"submit\" value=\"Search\"></form></body></html>";
        Article a = only(load(write("form.html", html)));
        assertThat(a.text()).startsWith("The harbour reopened").contains("quay market").doesNotContain("Home", "Search");
    }

    @Test
    void articleBodyMarkupWithoutParagraphsIsUsed() {
        String html = "<html><body><div class=\"teaser\"><p>Other stories from around the bay this week.</p></div>"
                + "<div itemprop=\"articleBody\">The toll on the bridge rises by a dollar in May, the council said on"
                + " Tuesday.<div class=\"br\"></div>Drivers' groups said they would take the council to court over"
                + " the rise, which they called unfair to commuters.</div></body></html>";
        Article a = only(load(write("marked.html", html)));
        assertThat(a.text()).isEqualTo("The toll on the bridge rises by a dollar in May, the council said on Tuesday."
                + "\n\nDrivers' groups said they would take the council to court over the rise, which they called"
                + " unfair to commuters.");
    }

    @Test
    void jsonArrayLoadsEachObject() {
        Path file = write("batch.json", "[{\"title\": \"Toll\", \"text\": \"The toll rises by a dollar in May.\"},"
                + " {\"title\": \"No body\"}, {\"id\": \"f\", \"text\": \"The ferry line was sold on Monday.\"}]");
        Corpus corpus = load(file);
        assertThat(corpus.articles()).extracting(Article::id).containsExactly("batch:0", "f");
        assertThat(corpus.articles().get(0).title()).isEqualTo("Toll");
        assertThat(onlyProblem(corpus).location()).isEqualTo(file + "[1]");
    }

    @Test
    void jsonLinesLoadsEachObjectAndReportsOnlyTheBrokenLineAndAnUnreadableDateAsUndated() {
        Path file = write("feed.jsonl", String.join("\n",
                "{\"id\":\"gz-1\",\"outlet\":\"Bay Gazette\",\"url\":\"https://gazette.example/1\","
                        + "\"title\":\"Toll rises\",\"published\":\"2024-05-02\",\"text\":\"" + BODY.replace("\n", "\\n") + "\"}",
                "{\"text\": \"The ferry line was sold on Monday, staff were told.\", \"published\": \"2024-05-03T10:00:00Z\"}",
                "{\"id\": \"broken\", \"text\": \"unterminated",
                "",
                "{\"id\": \"no-text\", \"title\": \"Missing body\"}",
                "{\"text\": \"The quay reopened after a long winter of repairs.\", \"published\": \"last Tuesday\"}",
                "{\"text\": \"Fishing boats left the harbour at dawn on Wednesday.\"}"));
        Corpus corpus = load(file);
        assertThat(corpus.articles()).extracting(Article::id)
                .containsExactly("gz-1", "feed:2", "feed:6", "feed:7");
        assertThat(corpus.articles().get(2).published()).isNull();
        Article first = corpus.articles().get(0);
        assertThat(first.outlet()).isEqualTo("Bay Gazette");
        assertThat(first.title()).isEqualTo("Toll rises");
        assertThat(first.url()).isEqualTo("https://gazette.example/1");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(first.origin()).isEqualTo(file + ":1");
        assertThat(corpus.articles().get(1).published()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(corpus.articles().get(1).outlet()).isEqualTo(Article.UNKNOWN_OUTLET);
        assertThat(corpus.problems()).extracting(InputProblem::location)
                .containsExactly(file + ":3", file + ":5", file + ":6");
        assertThat(corpus.problems().get(0).toString()).startsWith(file + ":3: ").contains("not valid JSON");
        assertThat(corpus.problems().get(1).problem()).contains("no \"text\" field");
        assertThat(corpus.problems().get(2).problem()).contains("\"last Tuesday\"", "not an ISO date", "read as undated");
        assertThat(corpus.problems().get(2).noted()).isTrue();
    }

    @Test
    void tokenizedFilesInDateFoldersGetTheFolderDateAndReadableText() {
        write("story/2011-02-03/17.htm.txt",
                "Cairo , Egypt -LRB- CNN -RRB- - Crowds gathered in the square on Thursday , witnesses said .\n"
                        + "`` We will stay , '' one protester said -LRB- by phone -RRB- .\n"
                        + "The army 's tanks did n't move .\n");
        write("story/2011-02-04/3.htm.txt", "Shops reopened on Friday , officials said .\nIt was n't clear why .\n");
        Corpus corpus = load(dir.resolve("story"));
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles()).extracting(Article::id).containsExactly("2011-02-03/17", "2011-02-04/3");
        Article first = corpus.articles().get(0);
        assertThat(first.published()).isEqualTo(LocalDate.of(2011, 2, 3));
        assertThat(first.outlet()).isEqualTo("CNN");
        assertThat(first.text()).isEqualTo("Crowds gathered in the square on Thursday, witnesses said.\n\n"
                + "\"We will stay,\" one protester said (by phone).\n\nThe army's tanks didn't move.");
        assertThat(corpus.articles().get(1).outlet()).isEqualTo(Article.UNKNOWN_OUTLET);
    }

    @Test
    void tokenizedTextIsRecognisedOutsideDateFoldersToo() {
        Article a = only(load(write("wire.txt", "Fares rose 5 % on Monday , the operator said .\nPassengers were n't told .\n")));
        assertThat(a.text()).isEqualTo("Fares rose 5% on Monday, the operator said.\n\nPassengers weren't told.");
    }

    @Test
    void dateComesFromFileNameElseFallback() {
        Path dated = write("2024-05-02-gazette.txt", BODY);
        Path undated = write("gazette.txt", BODY);
        LoadOptions options = LoadOptions.defaults().withFallbackDate(LocalDate.of(2020, 1, 1));
        Corpus corpus = load(options, dated, undated);
        assertThat(corpus.articles()).extracting(Article::published)
                .containsExactly(LocalDate.of(2024, 5, 2), LocalDate.of(2020, 1, 1));
    }

    @Test
    void folderIsReadRecursivelyInSortedOrderSkippingHiddenFiles() {
        write("news/b/second.txt", BODY);
        write("news/a.txt", BODY);
        write("news/c.txt", BODY);
        write("news/.hidden.txt", BODY);
        write("news/.cache/inside.txt", BODY);
        List<String> locations = new ArrayList<>();
        LoadOptions options = LoadOptions.defaults().withListener((location, done, total) -> {
            assertThat(total).isEqualTo(3);
            assertThat(done).isEqualTo(locations.size() + 1);
            locations.add(location);
        });
        Corpus corpus = load(options, dir.resolve("news"));
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles()).extracting(Article::id).containsExactly("a", "b/second", "c");
        assertThat(locations).containsExactly(dir.resolve("news/a.txt").toString(),
                dir.resolve("news/b/second.txt").toString(), dir.resolve("news/c.txt").toString());
    }

    @Test
    void repeatedIdsAreMadeUnique() {
        Path one = write("x/story.txt", BODY);
        Path two = write("y/story.txt", BODY);
        assertThat(load(one, two).articles()).extracting(Article::id).containsExactly("story", "story-2");
    }

    @Test
    void stdinIsReadForDash() {
        LoadOptions options = LoadOptions.defaults()
                .withStdin(new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8)));
        Corpus corpus = new ArticleLoader(options).load(List.of("-"));
        Article a = only(corpus);
        assertThat(a.origin()).isEqualTo("<stdin>");
        assertThat(a.id()).isEqualTo("stdin");
        assertThat(a.text()).isEqualTo(BODY.strip());
    }

    @Test
    void articlesFromTextRunsTheSameRepair() {
        Article a = Articles.fromText("(CNN) -- The toll rises in May,\n\n\nreported. Drivers objected.\n", "2024-05-02 toll");
        assertThat(a.outlet()).isEqualTo("CNN");
        assertThat(a.text()).isEqualTo("The toll rises in May, […] reported. Drivers objected.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(a.id()).isEqualTo("2024-05-02 toll");
        assertThatThrownBy(() -> Articles.fromText("  \n ", "blank")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("white space");
    }

    // ---- bad input ----

    @Test
    void emptyFile() {
        Path file = write("empty.txt", new byte[0]);
        assertThat(onlyProblem(load(file))).isEqualTo(new InputProblem(file.toString(), "is empty"));
    }

    @Test
    void whitespaceOnlyFile() {
        Path file = write("blank.txt", " \n\t\n  \r\n");
        assertThat(onlyProblem(load(file))).isEqualTo(new InputProblem(file.toString(), "contains only white space"));
    }

    @Test
    void binaryFileWithNulBytes() {
        byte[] bytes = "The toll\0\0\0rises".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("blob.txt", bytes);
        InputProblem p = onlyProblem(load(file));
        assertThat(p.location()).isEqualTo(file.toString());
        assertThat(p.problem()).contains("binary");
    }

    @Test
    void binaryFileWithManyControlCharacters() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x07 : 'a' + i % 20);
        }
        InputProblem p = onlyProblem(load(write("noise.dat", bytes)));
        assertThat(p.problem()).contains("binary").contains("control characters");
    }

    @Test
    void windows1252TextLoadsCorrectlyAndTheGuessIsNotedOnce() {
        String text = "The caf\u00e9 on the quay reopened, its owner said: \u201cWe\u2019re back.\u201d\n";
        Path file = write("legacy.txt", text.getBytes(Charset.forName("windows-1252")));
        Path utf8 = write("modern.txt", text.getBytes(StandardCharsets.UTF_8));
        Corpus corpus = load(file, utf8);
        assertThat(corpus.articles()).extracting(Article::text).containsOnly(text.strip());
        assertThat(corpus.problems()).containsExactly(InputProblem.noted(file.toString(),
                "read as Windows-1252: not valid UTF-8"));
        assertThat(corpus.hasProblems()).isFalse();
    }

    @Test
    void latin1TextLoadsCorrectly() {
        String text = "Le caf\u00e9 du port a rouvert ses portes apr\u00e8s l'hiver.\n";
        Corpus corpus = load(write("latin.txt", text.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(corpus.articles()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(text.strip()));
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.noted()).isTrue());
    }

    @Test
    void aReplacementCharacterWrittenInUtf8TextIsKeptAndMalformedBytesBesideOneAreLegacyText() {
        // the quick decoding puts U+FFFD for malformed bytes: a U+FFFD the writer put there is still UTF-8
        String text = "The ferry\u2019s sign read \uFFFD\uFFFD after the storm, the harbour master said.\n";
        Corpus written = load(write("replacement.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(written.articles()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(text.strip()));
        assertThat(written.problems()).isEmpty();
        // a lone surrogate encoded in three bytes (ED A0 80) is not UTF-8 however it decodes loosely
        byte[] surrogate = "The ferry sailed at noon, the harbour master said. X\n".getBytes(StandardCharsets.UTF_8);
        int x = surrogate.length - 2;
        byte[] bytes = new byte[surrogate.length + 2];
        System.arraycopy(surrogate, 0, bytes, 0, x);
        bytes[x] = (byte) 0xED;
        bytes[x + 1] = (byte) 0xA0;
        bytes[x + 2] = (byte) 0x80;
        bytes[x + 3] = '\n';
        Path file = write("surrogate.txt", bytes);
        Corpus legacy = load(file);
        assertThat(legacy.problems()).containsExactly(InputProblem.noted(file.toString(),
                "read as Windows-1252: not valid UTF-8"));
    }

    @Test
    void fileOverTheSizeLimitIsReportedWithSizeAndLimit() {
        Path file = write("big.txt", BODY.repeat(200));
        Corpus corpus = load(LoadOptions.defaults().withMaxFileBytes(1000), file);
        InputProblem p = onlyProblem(corpus);
        assertThat(p.location()).isEqualTo(file.toString());
        assertThat(p.problem()).startsWith("is too large").contains(String.format("%,d bytes", BODY.length() * 200L))
                .contains("1,000 bytes");
    }

    @Test
    void fiftyMegabyteFileIsSkippedOverTheLimitAndLoadsUnderTheDefault() throws IOException {
        Path file = dir.resolve("huge.txt");
        byte[] paragraph = ("The council met again on Tuesday to discuss the bridge toll and the ferry timetable"
                + " for the coming summer season.\n\n").getBytes(StandardCharsets.UTF_8);
        long target = 50L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < target; written += paragraph.length) {
                out.write(paragraph);
            }
        }
        InputProblem p = onlyProblem(load(LoadOptions.defaults().withMaxFileBytes(10L * 1024 * 1024), file));
        assertThat(p.problem()).isEqualTo("is too large (50.0 MB; the limit is 10.0 MB)");

        // under the default it is read, and its first megabyte of text used (ArticleLength)
        Corpus loaded = load(file);
        assertThat(loaded.articles()).singleElement().satisfies(a -> assertThat(a.text())
                .startsWith("The council met again").hasSizeBetween(1000 * 1024, 1024 * 1024));
        assertThat(onlyProblem(loaded).problem()).contains("its text is 50.0 MB, over the 1.0 MB limit");
    }

    @Test
    void nonexistentPath() {
        Path missing = dir.resolve("nowhere.txt");
        assertThat(onlyProblem(load(missing))).isEqualTo(new InputProblem(missing.toString(), "does not exist"));
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = write("secret.txt", BODY);
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "permissions do not apply to this user (root)");
            InputProblem p = onlyProblem(load(file));
            assertThat(p.location()).isEqualTo(file.toString());
            assertThat(p.problem()).contains("permission denied");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void brokenSymlinkGivenDirectlyAndInsideAFolder() throws IOException {
        Path link = dir.resolve("links/dangling.txt");
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, dir.resolve("gone.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not supported here");
        }
        write("links/fine.txt", BODY);
        InputProblem direct = onlyProblem(load(link));
        assertThat(direct.location()).isEqualTo(link.toString());
        assertThat(direct.problem()).contains("broken symbolic link");

        Corpus folder = load(dir.resolve("links"));
        assertThat(folder.articles()).extracting(Article::id).containsExactly("fine");
        assertThat(onlyProblem(folder).problem()).contains("broken symbolic link");
    }

    @Test
    void aSymbolicLinkLoopIsSkippedWithItsReasonAndTheRestIsRead() throws IOException {
        Path loop = dir.resolve("looped/inner/up");
        Files.createDirectories(loop.getParent());
        try {
            Files.createSymbolicLink(loop, dir.resolve("looped"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not supported here");
        }
        write("looped/fine.txt", BODY);
        Corpus folder = load(dir.resolve("looped"));
        assertThat(folder.articles()).extracting(Article::id).containsExactly("fine");
        InputProblem p = onlyProblem(folder);
        assertThat(p.location()).isEqualTo(loop.toString());
        assertThat(p.problem()).isEqualTo("cannot be read: it is a symbolic link back to a folder that holds it (a loop)");
    }

    @Test
    void aNamedPipeInAFolderIsSaidAndNotWaitedOn() throws Exception {
        Path pipe = dir.resolve("piped/feed");
        Files.createDirectories(pipe.getParent());
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo failed here");
        write("piped/fine.txt", BODY);
        Corpus folder = load(dir.resolve("piped"));
        assertThat(folder.articles()).extracting(Article::id).containsExactly("fine");
        InputProblem p = onlyProblem(folder);
        assertThat(p.location()).isEqualTo(pipe.toString());
        assertThat(p.problem()).isEqualTo("is not a regular file (a named pipe, socket or device): not read");
    }

    @Test
    void textWithNoSentences() {
        Path file = write("numbers.txt", "2024\n\n---- 17 ----\n\n3.5 / 4.0\n");
        InputProblem p = onlyProblem(load(file));
        assertThat(p.location()).isEqualTo(file.toString());
        assertThat(p.problem()).contains("no sentences");
    }

    @Test
    void textThatIsAllFurniture() {
        Path file = write("furniture.txt", "PHOTOS: The quay\n\nRelated Stories:\n>>Toll Rises\n");
        assertThat(onlyProblem(load(file)).problem()).contains("no article text");
    }

    @Test
    void folderMixingGoodAndBadFilesLoadsTheGoodOnesAndReportsEachBadOne() {
        write("mixed/1-good.txt", BODY);
        write("mixed/2-empty.txt", new byte[0]);
        write("mixed/3-binary.bin", new byte[] {1, 2, 0, 0, 3});
        write("mixed/4-good.html", "<html><body><p>The ferry line was sold on Monday, staff were told.</p>"
                + "<script>SCRIPT_BODY()</script></body></html>");
        write("mixed/5-blank.txt", "\n\n   \n");
        write("mixed/6-feed.jsonl", "{\"text\": \"Fishing boats left the harbour at dawn.\"}\n{oops}\n");
        Corpus corpus = load(dir.resolve("mixed"));
        assertThat(corpus.articles()).extracting(Article::id).containsExactly("1-good", "4-good", "6-feed:1");
        assertThat(corpus.articles().get(1).text()).doesNotContain("SCRIPT_BODY");
        assertThat(corpus.problems()).extracting(InputProblem::location).containsExactly(
                dir.resolve("mixed/2-empty.txt").toString(), dir.resolve("mixed/3-binary.bin").toString(),
                dir.resolve("mixed/5-blank.txt").toString(), dir.resolve("mixed/6-feed.jsonl") + ":2");
    }

    @Test
    void emptyFolderIsReported() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        assertThat(onlyProblem(load(empty)).problem()).contains("no files");
    }

    @Test
    void goodInputsStillLoadAlongsideBadOnes() {
        Path good = write("good.txt", BODY);
        Corpus corpus = load(dir.resolve("missing.txt"), good, write("empty.txt", new byte[0]));
        assertThat(corpus.articles()).hasSize(1);
        assertThat(corpus.problems()).hasSize(2);
    }
}
