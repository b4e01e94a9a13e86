package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Property-based fuzzing of the HTML and WARC readers (jqwik). Properties: reading never fails with
 * anything but a reported problem, and what comes out is text, never markup or script. (An escaped
 * "&amp;lt;p&gt;" is text the page's author wrote, so the generator writes no escaped angle brackets.)
 * The number of tries is recorded in docs/BENCHMARKS.md.
 */
class ReaderFuzzTest {

    static final int HTML_TRIES = 1500;
    static final int WARC_TRIES = 300;

    private static final List<String> TAGS = List.of("html", "head", "body", "title", "p", "div", "article", "main",
            "section", "span", "a", "b", "i", "h1", "h2", "ul", "li", "table", "tr", "td", "nav", "footer", "aside",
            "form", "figure", "figcaption", "time", "br", "img", "meta", "link", "script", "style", "iframe",
            "noscript", "template", "svg", "blockquote", "pre", "code", "select", "option", "button");
    /**
     * A whole tag of the generator: "<p>", "<div class=x>", "</span>", "<br/>". (A lone "<" next to words is
     * text: "<<b>a id" reads as "<a id", which a parser and a reader both take for text.)
     */
    private static final Pattern MARKUP = Pattern.compile("<(/?)(" + String.join("|", TAGS) + ")(\\s[^<>]*)?/?>");
    private static final String SCRIPT_SENTINEL = "zzscriptbodyzz";
    private static final String STYLE_SENTINEL = "zzstylebodyzz";
    private static final String ADDRESS = "https://fuzz.example/2020/01/02/story";

    @Property(tries = HTML_TRIES)
    void htmlExtractionNeverThrowsAndNeverReturnsMarkup(@ForAll("pages") String html) {
        // a malformed tag ("<html<script>") makes what follows text, not script: only what the parser itself
        // takes for script or style must stay out (read as the extractor reads it: control characters are spaces)
        Document parsed = HtmlExtractor.parse(html);
        String parsedText = parsed.text();
        boolean scriptIsCode = !parsedText.contains(SCRIPT_SENTINEL);
        boolean styleIsCode = !parsedText.contains(STYLE_SENTINEL);
        // a '<' the parser reads as text ("<<b>p x>" shows "<p x>" in a browser) may join other text into
        // something tag-shaped; such a page's markup is checked below with its text angle brackets marked
        String markedHtml = withTextAnglesMarked(parsed);
        HtmlPage rawPage = HtmlExtractor.extract(html, ADDRESS);
        HtmlPage markedPage = HtmlExtractor.extract(markedHtml, ADDRESS);
        checkFields(rawPage, false, scriptIsCode, styleIsCode);
        checkFields(markedPage, true, scriptIsCode, styleIsCode);
        explained(rawPage.text(), markedPage.text());
        explained(rawPage.title(), markedPage.title());
        explained(rawPage.byline(), markedPage.byline());
        explained(rawPage.outlet(), markedPage.outlet());
        if (!HtmlExtractor.looksLikeHtml(html)) {
            return; // read as plain text, which it is
        }
        String text = null;
        String markedText = null;
        try {
            text = Articles.assemble(html, Metadata.NONE, new Provenance("f", "f", "f", null), null).text();
            if (scriptIsCode) {
                assertThat(text).doesNotContain(SCRIPT_SENTINEL);
            }
        } catch (UnusableInputException reported) {
            assertThat(reported.getMessage()).isNotBlank();
        }
        try {
            markedText = Articles.assemble(markedHtml, Metadata.NONE, new Provenance("f", "f", "f", null), null).text();
            assertThat(markedText).doesNotContainPattern(MARKUP);
        } catch (UnusableInputException reported) {
            assertThat(reported.getMessage()).isNotBlank();
        }
        explained(text, markedText);
    }

    /** Every tag-shaped piece of the raw page's output is text the marked page shows too. */
    private static void explained(String raw, String marked) {
        if (raw == null) {
            return;
        }
        String shown = marked == null ? "" : marked.replace('\u2039', '<').replace('\u203A', '>');
        java.util.regex.Matcher m = MARKUP.matcher(raw);
        while (m.find()) {
            assertThat(shown).as("tag-shaped %s in %s", m.group(), raw).contains(m.group());
        }
    }

    /** The input the property first failed on in CI: a text '<' joined to the text after a dropped tag. */
    @Example
    void aTextAngleBracketBesideADroppedTagIsText() {
        String ci = "<<title/><htmla a a. a a a. eu gvgytt. <span/>a ialbnzsv n scexhit a andl. </style>\"'ewls fcie p"
                + " ugwgmz. <html class=\"story\">XYZ>";
        htmlExtractionNeverThrowsAndNeverReturnsMarkup(ci);
        HtmlPage page = HtmlExtractor.extract("<<title/><span/>a lone bracket stands here. <i>Then text>", ADDRESS);
        assertThat(page.text()).isEqualTo("<a lone bracket stands here. Then text>");
        HtmlPage marked = HtmlExtractor.extract(withTextAnglesMarked(Jsoup.parse("<<title/><span/>a b>")), ADDRESS);
        assertThat(marked.text()).isEqualTo("\u2039a b\u203A");
    }

    /** A control character inside a tag once left the tag itself in the text, once dropped after parsing. */
    @Example
    void aControlCharacterInsideATagLeavesNoTag() {
        htmlExtractionNeverThrowsAndNeverReturnsMarkup(
                "<html><body><p>one two three four five six.</p><p>x <\u0001p> seven eight nine ten.</p>");
        htmlExtractionNeverThrowsAndNeverReturnsMarkup("<html><body><p>one two <\u0001article> three four.</p>");
    }

    private static void checkFields(HtmlPage page, boolean noMarkup, boolean scriptIsCode, boolean styleIsCode) {
        for (String field : new String[] {page.text(), page.title(), page.byline(), page.outlet()}) {
            if (field != null) {
                if (noMarkup) {
                    assertThat(field).doesNotContainPattern(MARKUP);
                }
                if (scriptIsCode) {
                    assertThat(field).doesNotContain(SCRIPT_SENTINEL);
                }
                if (styleIsCode) {
                    assertThat(field).doesNotContain(STYLE_SENTINEL);
                }
            }
        }
    }

    /**
     * The parsed page again, with every angle bracket the parser read as text turned into a look-alike
     * ("\u2039", "\u203A"): whatever tag-shaped text comes out of it came from markup.
     */
    private static String withTextAnglesMarked(Document parsed) {
        Document copy = parsed.clone();
        copy.outputSettings().prettyPrint(false); // no whitespace the page did not have
        java.util.Set<org.jsoup.nodes.Node> raw = new java.util.HashSet<>();
        copy.body().select("title, textarea, xmp, plaintext, noembed, noframes, noscript, template, iframe")
                .forEach(e -> NodeTraversor.traverse((n, d) -> raw.add(n), e));
        textNodes(copy).filter(t -> !raw.contains(t))
                .forEach(t -> t.text(t.getWholeText().replace('<', '\u2039').replace('>', '\u203A')));
        return copy.outerHtml();
    }

    private static Stream<TextNode> textNodes(Document doc) {
        List<TextNode> found = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                found.add(t);
            }
        }, doc);
        return found.stream();
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9);
        Arbitrary<String> sentence = word.list().ofMinSize(3).ofMaxSize(25).map(w -> String.join(" ", w) + ". ");
        Arbitrary<String> tag = Arbitraries.of(TAGS);
        Arbitrary<String> attribute = Arbitraries.of(" class=\"story\"", " class=\"related-links\"", " id=\"main\"",
                " itemprop=\"articleBody\"", " hidden", " datetime=\"2020-01-02T03:04:05Z\"", " class=\"byline\"",
                " property=\"og:site_name\" content=\"Fuzz <b>News</b>\"", " onclick=\"steal()\"", " href=\"/x\"",
                " class=", " \"", "");
        Arbitrary<String> open = Arbitraries.oneOf(tag.flatMap(t -> attribute.map(a -> "<" + t + a + ">")),
                        tag.map(t -> "<" + t), tag.map(t -> "<" + t + "/>"));
        Arbitrary<String> close = tag.map(t -> "</" + t + ">");
        Arbitrary<String> special = Arbitraries.of("<script>var s = '" + SCRIPT_SENTINEL + "</p>';</script>",
                "<style>p { content: '" + STYLE_SENTINEL + "' }</style>", "<!-- comment <p>inside</p> -->", "<!--",
                "<![CDATA[ cdata ]]>", "&amp;", "&nbsp;", "&#0;", "\u0000", "\uFEFF", "\r\n", "<!DOCTYPE html>",
                "<script type=\"application/ld+json\">{\"headline\": \"h\", \"author\": [{\"name\": 5}], \"@graph\": [[[]]]}</script>",
                "<script type=\"application/ld+json\">{broken</script>", "<meta property=\"article:published_time\" content=\"2020-13-45\">",
                "<time datetime=\"yesterday\">", "<link rel=\"canonical\" href=\"javascript:alert(1)\">", ">", "<", "</",
                "<p <div>", "\"'", "<table><td>cell</td></table>", "<svg><script>" + SCRIPT_SENTINEL + "</script></svg>");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(5, sentence), Tuple.of(4, open), Tuple.of(3, close), Tuple.of(2, special),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
        return piece.list().ofMinSize(0).ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Property(tries = WARC_TRIES)
    void warcReadingNeverFailsButWithAReportedProblem(@ForAll("damagedArchives") byte[] archive) throws IOException {
        Path file = Files.createTempFile("fuzz", ".warc");
        try {
            Files.write(file, archive);
            Extraction read = new ArticleLoader(LoadOptions.defaults()).extract(List.of(file.toString()));
            assertThat(read.problems()).extracting(InputProblem::problem)
                    .noneMatch(p -> p.startsWith("could not be read (")); // the loader's catch-all for the unexpected
            // (a damaged "<script>" is no longer a script, so its body may be text: the HTML property covers scripts)
            assertThat(read.articles()).allSatisfy(e -> assertThat(e.article().text()).doesNotContainPattern(MARKUP));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<byte[]> damagedArchives() {
        byte[] whole = validArchive();
        Arbitrary<Integer> position = Arbitraries.integers().between(0, whole.length - 1);
        Arbitrary<byte[]> flip = position.list().ofMinSize(1).ofMaxSize(20).flatMap(positions ->
                        Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                            byte[] copy = whole.clone();
                            for (int i = 0; i < positions.size(); i++) {
                                copy[positions.get(i)] = values.get(i);
                            }
                            return copy;
                        }));
        Arbitrary<byte[]> cut = position.map(n -> java.util.Arrays.copyOf(whole, n));
        Arbitrary<byte[]> splice = position.flatMap(at -> Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
                .map(junk -> WarcFixtures.concat(java.util.Arrays.copyOf(whole, at), junk,
                        java.util.Arrays.copyOfRange(whole, at, whole.length))));
        Arbitrary<byte[]> gzipped = Arbitraries.integers().between(0, 2000).flatMap(seed -> position.map(n -> {
            byte[] gz = WarcFixtures.concat(WarcFixtures.gzip(java.util.Arrays.copyOf(whole, whole.length / 2)),
                    WarcFixtures.gzip(whole));
            byte[] copy = gz.clone();
            copy[n % copy.length] ^= (byte) (seed | 1);
            return copy;
        }));
        return Arbitraries.oneOf(flip, cut, splice, gzipped);
    }

    private static byte[] validArchive() {
        List<byte[]> parts = new ArrayList<>();
        parts.add(WarcFixtures.request("https://tidewater.example/pier"));
        parts.add(WarcFixtures.response("https://tidewater.example/pier", "text/html; charset=utf-8",
                NewsPages.article("Pier to close", "Tidewater", NewsPages.PIER_STORY
                        + "<script>var s = '" + SCRIPT_SENTINEL + "';</script>")));
        parts.add(WarcFixtures.response("https://tidewater.example/a.css", "text/css", "p { color: red }"));
        parts.add(WarcFixtures.response("https://coast.example/ferry", "text/html",
                NewsPages.article("Ferry strike", "Coast Radio", NewsPages.FERRY_STORY)));
        return WarcFixtures.concat(parts.toArray(byte[][]::new));
    }
}
