package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file format against the same bad inputs: an empty file, binary data, a file cut in half and text
 * in a legacy encoding. None may throw or lose another file; each bad file is named in its problems.
 */
class FormatBadInputTest {

    private static final String STORY = "The ferry crews walked off the job on Monday over pay. "
            + "The café by the pier stayed open for the stranded commuters all night.";
    private static final String PAGE = "<!doctype html><html><head><title>Ferry strike</title></head><body>"
            + "<article><p>" + STORY + "</p></article></body></html>";
    private static final String RSS_ITEMS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bay News"
            + "</title><item><title>Strike</title><description>" + (STORY + " ").repeat(8)
            + "</description></item></channel></rss>";
    private static final String SGML = "<DOC>\n<DOCNO> APW20010312.0044 </DOCNO>\n<DATE_TIME> 2001-03-12 07:15 "
            + "</DATE_TIME>\n<HEADLINE> Ferry strike </HEADLINE>\n<TEXT>\n<P>\n" + STORY + "\n</P>\n</TEXT>\n</DOC>\n";

    @TempDir
    Path dir;

    /** Each format: a file name that selects it and a good file's text. */
    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("story.txt", STORY),
                Arguments.of("story.html", PAGE),
                Arguments.of("wire.jsonl", "{\"title\":\"Strike\",\"text\":\"" + STORY + "\"}\n"),
                Arguments.of("wire.json", "[{\"title\":\"Strike\",\"text\":\"" + STORY + "\"}]"),
                Arguments.of("bay.rss", RSS_ITEMS),
                Arguments.of("crawl.warc", new String(WarcFixtures.response("https://bay.example/strike",
                        "text/html", PAGE), StandardCharsets.ISO_8859_1)),
                Arguments.of("APW20010312.0044", SGML));
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file, read beside a good one: the good one must load whatever the bad one does. */
    private Corpus loadBesideAGoodFile(Path file) {
        Path good = write("zz-good.txt", STORY.getBytes(StandardCharsets.UTF_8));
        Corpus corpus = new ArticleLoader(LoadOptions.asGiven()).load(List.of(file.toString(), good.toString()));
        assertThat(corpus.articles()).anyMatch(a -> a.origin().equals(good.toString()));
        assertThat(corpus.problems()).allMatch(p -> p.location().startsWith(file.toString()));
        return corpus;
    }

    private static boolean fromFile(Corpus corpus, Path file) {
        return corpus.articles().stream().anyMatch(a -> a.origin().startsWith(file.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void theGoodFileLoadsWithoutProblems(String name, String good) {
        Path file = write(name, good.getBytes(good.startsWith("WARC") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));

        Corpus corpus = loadBesideAGoodFile(file);

        assertThat(corpus.problems()).isEmpty();
        assertThat(fromFile(corpus, file)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void anEmptyFileIsOneProblem(String name, String good) {
        Path file = write(name, new byte[0]);

        Corpus corpus = loadBesideAGoodFile(file);

        assertThat(corpus.problems()).containsExactly(new InputProblem(file.toString(), "is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void binaryDataGivesNoArticleAndIsReported(String name, String good) {
        byte[] binary = new byte[600];
        Arrays.fill(binary, (byte) 1);
        binary[0] = (byte) 0x89;
        binary[100] = 0;
        Path file = write(name, binary);

        Corpus corpus = loadBesideAGoodFile(file);

        assertThat(fromFile(corpus, file)).isFalse();
        assertThat(corpus.problems()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aFileCutInHalfIsReadAsFarAsItGoesOrReported(String name, String good) {
        byte[] whole = good.getBytes(good.startsWith("WARC") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        Path file = write(name, Arrays.copyOf(whole, whole.length / 2));

        Corpus corpus = loadBesideAGoodFile(file);

        assertThat(fromFile(corpus, file) || !corpus.problems().isEmpty()).as("read or reported").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aUtf16MarkBeforeOtherBytesIsReportedAndUtf16TextIsRead(String name, String good) {
        if (good.startsWith("WARC") || name.endsWith(".rss") || name.endsWith(".json") || name.endsWith(".jsonl")) {
            return; // archives declare their pages' charsets; feeds and JSON are read by their own parsers
        }
        byte[] utf8 = good.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[utf8.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(utf8, 0, marked, 2, utf8.length);
        Path file = write(name, marked);

        Corpus corpus = loadBesideAGoodFile(file);

        assertThat(fromFile(corpus, file)).isFalse();
        assertThat(corpus.problems()).singleElement().satisfies(p ->
                assertThat(p.problem()).contains("UTF-16 byte-order mark but is not UTF-16 text"));

        Path real = write("utf16-" + name, ("\uFEFF" + good).getBytes(StandardCharsets.UTF_16LE));
        Corpus read = loadBesideAGoodFile(real);
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).filteredOn(a -> a.origin().startsWith(real.toString()))
                .singleElement().satisfies(a -> assertThat(a.text()).contains("The café by the pier"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void legacyEncodedTextLoadsAsWindows1252(String name, String good) {
        if (good.startsWith("WARC")) {
            return; // an archive's pages declare their own charset: WarcInputTest
        }
        // XML is UTF-8 unless its prolog says otherwise, so a legacy feed says so
        String text = good.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"windows-1252\"?>");
        Path file = write(name, text.getBytes(Charset.forName("windows-1252")));

        Corpus corpus = loadBesideAGoodFile(file);

        // a feed declares its encoding; the others are read by the guess, which is noted once
        boolean declared = text.contains("encoding=\"windows-1252\"");
        assertThat(corpus.hasProblems()).isFalse();
        assertThat(corpus.problems()).hasSize(declared ? 0 : 1).allSatisfy(p -> {
            assertThat(p.noted()).isTrue();
            assertThat(p.location()).isEqualTo(file.toString());
            assertThat(p.problem()).isEqualTo("read as Windows-1252: not valid UTF-8");
        });
        assertThat(corpus.articles()).filteredOn(a -> a.origin().startsWith(file.toString()))
                .singleElement().satisfies(a -> assertThat(a.text()).contains("The café by the pier"));
    }
}
