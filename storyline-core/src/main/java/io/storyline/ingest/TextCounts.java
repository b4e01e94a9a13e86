package io.storyline.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
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
                    own(e, own);
                    if (e != root && e.parent() != null) {
                        result.entry(e.parent()).add(own);
                    }
                }
            }
        }, root);
        return result;
    }

    /**
     * Elements removed from a counted page, with the element each was removed from, so that the counts of
     * the page as it is now ({@link #after}) need only the elements that held them counted again.
     */
    static final class Removals {
        private final List<Element> formerParents = new ArrayList<>();

        /** Removes the element from the page (nothing when it is no longer in a page). */
        void remove(Element e) {
            Element parent = e.parent();
            if (parent != null) {
                formerParents.add(parent);
                e.remove();
            }
        }
    }

    /**
     * The counts of the tree under {@code root} now that {@code removals} took elements out of it: equal to
     * {@link #of}{@code (root)} counted afresh, but only the elements that held a removed one are counted
     * again, each from its children's counts, deepest first. These counts stay as they were.
     */
    TextCounts after(Removals removals, Element root) {
        TextCounts now = new TextCounts();
        now.counts.putAll(counts);
        if (removals.formerParents.isEmpty()) {
            return now;
        }
        Map<Element, Integer> depths = new IdentityHashMap<>(); // every element that held a removed one, with its depth
        for (Element parent : removals.formerParents) {
            // climbs to the root, or to an element already met; a page may be nested 100,000 deep
            List<Element> chain = new ArrayList<>();
            Element e = parent;
            while (e != null && !depths.containsKey(e)) {
                chain.add(e);
                e = e == root ? null : e.parent();
            }
            int depth = e == null ? chain.size() - 1 : depths.get(e) + chain.size();
            for (Element met : chain) {
                depths.put(met, depth--);
            }
        }
        List<Element> deepestFirst = new ArrayList<>(depths.keySet());
        deepestFirst.sort((a, b) -> Integer.compare(depths.get(b), depths.get(a)));
        char[] chunk = new char[256];
        for (Element e : deepestFirst) {
            Counts c = new Counts();
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode text) {
                    String whole = text.getWholeText();
                    if (whole.length() > chunk.length) {
                        chunk = new char[Math.max(whole.length(), chunk.length * 2)];
                    }
                    whole.getChars(0, whole.length(), chunk, 0);
                    c.visible += visibleChars(chunk, whole.length());
                } else if (child instanceof Element element && now.counts.get(element) != null) {
                    c.add(now.counts.get(element));
                }
            }
            own(e, c);
            now.counts.put(e, c);
        }
        return now;
    }

    /** Whether these counts hold the element (counted with its tree, not fallen back on counting it now). */
    boolean holds(Element e) {
        return counts.containsKey(e);
    }

    /** Adds the element's own text, for a {@code <p>} or an {@code <a>}, to its counts. */
    private static void own(Element e, Counts c) {
        if (e.normalName().equals("p")) {
            c.paragraphs += e.text().length();
        } else if (e.normalName().equals("a")) {
            c.links += e.text().length();
        }
    }

    /** The sum of {@code p.text().length()} over the element's {@code <p>}s, itself included. */
    int paragraphText(Element e) {
        Counts c = counts.get(e);
        return c != null ? c.paragraphs : e.select(HtmlExtractor.evaluator("p")).stream().mapToInt(p -> p.text().length()).sum();
    }

    /** The sum of {@code a.text().length()} over the element's {@code <a>}s, itself included. */
    int linkText(Element e) {
        Counts c = counts.get(e);
        return c != null ? c.links : linkTextOf(e);
    }

    /** The sum of {@code a.text().length()} over the element's {@code <a>}s, counted now (for a page since changed). */
    static int linkTextOf(Element e) {
        return e.select(HtmlExtractor.evaluator("a")).stream().mapToInt(a -> a.text().length()).sum();
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
