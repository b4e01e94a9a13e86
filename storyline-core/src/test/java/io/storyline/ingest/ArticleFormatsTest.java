package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which format reads an input: by name where the name says, else by content, in the registry's order. */
class ArticleFormatsTest {

    private static Input named(String name, String content) {
        return Input.inMemory(Path.of(name), new Provenance(name, name, name, null),
                content.getBytes(StandardCharsets.UTF_8));
    }

    private static Class<?> formatOf(String name, String content) {
        return ArticleFormats.ALL.formatOf(named(name, content)).getClass();
    }

    @Test
    void theExtensionDecidesWhereItNamesAFormat() {
        String prose = "The ferry crews walked out on Monday.";
        assertThat(formatOf("story.html", prose)).isEqualTo(HtmlFormat.class);
        assertThat(formatOf("story.html.gz", prose)).isEqualTo(HtmlFormat.class);
        assertThat(formatOf("story.xhtml", prose)).isEqualTo(HtmlFormat.class);
        assertThat(formatOf("wire.jsonl", prose)).isEqualTo(JsonLinesFormat.class);
        assertThat(formatOf("wire.ndjson", prose)).isEqualTo(JsonLinesFormat.class);
        assertThat(formatOf("wire.json", prose)).isEqualTo(JsonFormat.class);
        assertThat(formatOf("news.rss", prose)).isEqualTo(FeedFormat.class);
        assertThat(formatOf("news.atom", prose)).isEqualTo(FeedFormat.class);
        assertThat(formatOf("news.xml", prose)).isEqualTo(FeedFormat.class);
        assertThat(formatOf("crawl.warc", prose)).isEqualTo(WarcFormat.class);
        assertThat(formatOf("crawl.warc.gz", prose)).isEqualTo(WarcFormat.class);
        assertThat(formatOf("story.txt", prose)).isEqualTo(PlainTextFormat.class);
        assertThat(formatOf("story.md", "<html><body><p>Hi</p></body></html>")).isEqualTo(MarkdownFormat.class);
        assertThat(formatOf("story.markdown", prose)).isEqualTo(MarkdownFormat.class);
    }

    @Test
    void theContentDecidesForAFileWithoutAKnownExtension() {
        assertThat(formatOf("wire", "{\"text\": \"The ferry crews walked out.\"}\n")).isEqualTo(JsonLinesFormat.class);
        assertThat(formatOf("news", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>"))
                .isEqualTo(FeedFormat.class);
        assertThat(formatOf("page", "<!doctype html><html><body><p>Hi</p></body></html>"))
                .isEqualTo(HtmlFormat.class);
        assertThat(formatOf("APW19990101.0001", "\n<DOC>\n<DOCNO> APW19990101.0001 </DOCNO>\n</DOC>"))
                .isEqualTo(DucSgmlFormat.class);
        assertThat(formatOf("notes.v2", "The ferry crews walked out on Monday.")).isEqualTo(PlainTextFormat.class);
    }

    @Test
    void aKnownExtensionIsNotSecondGuessedByContentExceptForHtmlAndSgml() {
        String jsonLine = "{\"text\": \"The ferry crews walked out.\"}\n";
        assertThat(formatOf("wire.txt", jsonLine)).isEqualTo(PlainTextFormat.class);
        assertThat(formatOf("news.txt", "<rss version=\"2.0\"><channel></channel></rss>"))
                .isEqualTo(PlainTextFormat.class);
        assertThat(formatOf("saved.txt", "<html><body><p>Hi</p></body></html>")).isEqualTo(HtmlFormat.class);
        assertThat(formatOf("wire.txt", "<DOC>\n<DOCNO> X1 </DOCNO>\n</DOC>")).isEqualTo(DucSgmlFormat.class);
    }

    @Test
    void sgmlIsAskedBeforeHtmlWhoseSniffItsBodyTagWouldSatisfy() {
        String sgml = "<DOC>\n<DOCNO> NYT19990101.0001 </DOCNO>\n<BODY>\n<HEADLINE> Hi </HEADLINE>\n</BODY>\n</DOC>";
        assertThat(HtmlExtractor.looksLikeHtml(sgml)).isTrue();
        assertThat(formatOf("NYT19990101.0001", sgml)).isEqualTo(DucSgmlFormat.class);
    }

    @Test
    void plainTextIsLastAndReadsWhatNoOtherFormatClaims() {
        List<ArticleFormat> formats = ArticleFormats.ALL.formats();
        assertThat(formats.get(formats.size() - 1)).isInstanceOf(PlainTextFormat.class);
        assertThat(formats).extracting(f -> f.getClass().getSimpleName()).doesNotHaveDuplicates();
        assertThat(formatOf("blob", "\0\0\0binary")).isEqualTo(PlainTextFormat.class);
    }

    @Test
    void anArchiveRecognisedByNameIsNotReadIntoMemoryToDecide() {
        AtomicInteger reads = new AtomicInteger();
        Input archive = Input.file(Path.of("crawl.warc.gz"), new Provenance("crawl", "crawl", "crawl.warc.gz", null),
                () -> {
                    reads.incrementAndGet();
                    return new byte[0];
                });

        assertThat(ArticleFormats.ALL.formatOf(archive)).isInstanceOf(WarcFormat.class);
        assertThat(reads).hasValue(0);
    }

    @Test
    void unreadableBytesAreAskedForOnceAndTheSameProblemReachesTheFormatThatReadsThem() {
        AtomicInteger reads = new AtomicInteger();
        Input missing = Input.file(Path.of("gone"), new Provenance("gone", "gone", "gone", null), () -> {
            reads.incrementAndGet();
            throw new UnusableInputException("cannot be read: permission denied");
        });
        Reading reading = new Reading(ArticleFormats.ALL, LoadOptions.defaults(), new ArrayList<>(), new ArrayList<>());

        assertThat(ArticleFormats.ALL.formatOf(missing)).isInstanceOf(PlainTextFormat.class);
        assertThatThrownBy(() -> reading.read(missing)).hasMessage("cannot be read: permission denied");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aFetchedPageIsReadByWhatItsServerSaysItIs() {
        PageFetcher.Page page = new PageFetcher.Page("https://news.example/a", "https://news.example/a",
                "<html><body><p>Hi</p></body></html>".getBytes(StandardCharsets.UTF_8), "text/html", null);
        Input fetched = Input.fetched(WebPageFormat.provenance("https://news.example/a"), "https://news.example/a",
                page);

        assertThat(ArticleFormats.ALL.formatOf(fetched)).isInstanceOf(WebPageFormat.class);
    }
}
