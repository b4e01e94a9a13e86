package io.storyline.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element of a page holds, counted for every element in one pass from the leaves up.
 * {@link HtmlExtractor} asks these questions of many elements, often nested in one another; asked of
 * each element by selecting its paragraphs again, they cost the square of the nesting depth (a page of
 * 100,000 nested {@code <div>}s took over a minute). The counts describe the tree as it was when they
 * were taken: they stay true for an element whose own subtree has not changed since.
 */
final class TextCounts {

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private static final class Counts {
        /** Characters of text of the {@code <p>} elements inside, as {@code p.text()} gives it. */
        int paragraphs;
        /** Characters of text of the {@code <a>} elements inside, as {@code a.text()} gives it. */
        int links;
        /** Characters of the text nodes inside that {@link Element#text()} keeps whatever the spacing. */
        int visible;

        void add(Counts child) {
            paragraphs += child.paragraphs;
            links += child.links;
            visible += child.visible;
        }
    }

    private TextCounts() {
    }

    /** Counts every element of the tree under {@code root}, root included. */
    static TextCounts of(Element root) {
        TextCounts result = new TextCounts();
        NodeTraversor.traverse(new NodeVisitor() {
            private char[] chunk = new char[256];

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String whole = text.getWholeText();
                    if (whole.length() > chunk.length) {
                        chunk = new char[Math.max(whole.length(), chunk.length * 2)];
                    }
                    whole.getChars(0, whole.length(), chunk, 0);
                    result.entry((Element) text.parent()).visible += visibleChars(chunk, whole.length());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts own = result.entry(e);
                    if (e.normalName().equals("p")) {
                        own.paragraphs += e.text().length();
                    } else if (e.normalName().equals("a")) {
                        own.links += e.text().length();
                    }
                    if (e != root && e.parent() != null) {
                        result.entry(e.parent()).add(own);
                    }
                }
            }
        }, root);
        return result;
    }

    /** The sum of {@code p.text().length()} over the element's {@code <p>}s, itself included. */
    int paragraphText(Element e) {
        Counts c = counts.get(e);
        return c != null ? c.paragraphs : e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /** The sum of {@code a.text().length()} over the element's {@code <a>}s, itself included. */
    int linkText(Element e) {
        Counts c = counts.get(e);
        return c != null ? c.links : linkTextOf(e);
    }

    /** The sum of {@code a.text().length()} over the element's {@code <a>}s, counted now (for a page since changed). */
    static int linkTextOf(Element e) {
        return e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    }

    /**
     * A lower bound of {@code e.text().length()}: the letters, digits and visible ASCII characters of its
     * text, which the text keeps whatever white space surrounds them.
     */
    int textAtLeast(Element e) {
        Counts c = counts.get(e);
        return c != null ? c.visible : 0;
    }

    private Counts entry(Element e) {
        return counts.computeIfAbsent(e, k -> new Counts());
    }

    /** Of the first {@code length} characters (copied out of the text: charAt, a bounds check a character, is slow). */
    private static int visibleChars(char[] text, int length) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if ((c > ' ' && c < 127) || Character.isLetterOrDigit(c)) {
                n++;
            }
        }
        return n;
    }
}
