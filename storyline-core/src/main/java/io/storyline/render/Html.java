package io.storyline.render;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;

/**
 * Builds the self-contained HTML pages with jsoup: every piece of text goes in through
 * {@link Element#text}/{@link Element#appendText} and every attribute through {@link Element#attr},
 * so jsoup escapes it for its place; nothing is written as markup by hand. Line breaks between
 * blocks are added as text, so the page source stays readable line by line.
 */
final class Html {

    private Html() {
    }

    /**
     * An empty page: the head with its title and inline style sheet, and a body holding one
     * {@code <main>}, which {@link #main} returns.
     */
    static Document page(String title, String css) {
        Document doc = new Document("");
        // keep attribute names as written: SVG's viewBox is case-sensitive in an SVG file
        doc.parser(Parser.htmlParser().settings(ParseSettings.preserveCase));
        // xhtml escaping also writes < as &lt; inside attribute values, so no tag-like text appears anywhere
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.xhtml);
        doc.appendChild(new DocumentType("html", "", ""));
        doc.appendText("\n");
        Element html = doc.appendElement("html").attr("lang", "en");
        html.appendText("\n");
        Element head = html.appendElement("head");
        head.appendText("\n");
        line(head, "meta").attr("charset", "utf-8");
        line(head, "meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        line(head, "meta").attr("name", "generator").attr("content", "Storyline");
        line(head, "title").text(title);
        line(head, "style").appendChild(new DataNode("\n" + css));
        html.appendText("\n");
        Element body = html.appendElement("body");
        body.appendText("\n");
        line(body, "main").appendText("\n");
        html.appendText("\n");
        doc.appendText("\n");
        return doc;
    }

    /** The page's {@code <main>}, where the content goes. */
    static Element main(Document page) {
        return page.selectFirst("main");
    }

    /** The page's source, its right-to-left text marked ({@link #markTextDirection}). */
    static String write(Document page) {
        markTextDirection(page.body());
        return page.outerHtml();
    }

    /** The elements that hold a line of text of their own: summary sentences, entries, quotes, titles, cells. */
    private static final java.util.Set<String> TEXT_BLOCKS = java.util.Set.of("p", "li", "h1", "h2", "h3", "h4",
            "blockquote", "q", "td", "th", "dt", "dd", "caption", "figcaption", "summary", "a");

    /**
     * Marks {@code dir="auto"} on each text element (and each span of its own text) that holds right-to-left
     * letters, so an Arabic or Hebrew sentence takes its own direction from its first strong letter: it is
     * aligned right, its full stop and citations fall at its end, and a Latin name inside it stays in place.
     * The page's own words stay English and left-to-right; a page with no right-to-left text is unchanged.
     */
    static void markTextDirection(Element root) {
        for (Element e : root.getAllElements()) {
            String tag = e.normalName();
            boolean holdsText = TEXT_BLOCKS.contains(tag) ? hasRightToLeft(e.text())
                    : tag.equals("span") && hasRightToLeft(e.ownText());
            if (holdsText && !e.hasAttr("dir")) {
                e.attr("dir", "auto");
            }
        }
    }

    /** True when the text has a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko...). */
    static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The page header: a kicker, the heading and a line of counts, which it returns for more to be added. */
    static Element header(Element main, String kicker, String heading, String meta) {
        Element header = line(main, "header");
        header.appendText("\n");
        line(header, "p").addClass("kicker").text(kicker);
        line(header, "h1").text(heading);
        Element counts = line(header, "p").addClass("meta").text(meta);
        return counts;
    }

    /** A new {@code tag} element at the end of {@code parent}, followed by a line break. */
    static Element line(Element parent, String tag) {
        Element child = parent.appendElement(tag);
        parent.appendText("\n");
        return child;
    }

    /** {@code n noun} or {@code n nouns} ({@link Plural}). */
    static String count(int n, String noun) {
        return Plural.count(n, noun);
    }
}
