package io.storyline.ingest;

import java.text.Normalizer;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One paragraph of a page's text as {@link HtmlExtractor} reads it: the text of one block element (a
 * {@code <p>}, a list item, a heading, ...), with the element that holds it, the part of the page it was
 * read from, and how many of its characters are link text.
 *
 * @param text  the block's text, spaces collapsed, never empty
 * @param owner the nearest block element around the block's first text (the root when there is none)
 * @param root  the part of the page the block was read from (the story's container, or a paragraph beside it)
 * @param links characters of link text in the block
 */
record TextBlock(String text, Element owner, Element root, int links) {

    /**
     * The blocks as one text, a paragraph each, in Unicode's canonical composed form (NFC): a letter a page
     * writes as one code point and another as a letter with a combining mark (Bengali "ড়", an "é") is then
     * one spelling, so that the same word matches itself across pages.
     */
    static String text(List<TextBlock> blocks) {
        StringBuilder joined = new StringBuilder();
        for (TextBlock block : blocks) {
            if (!joined.isEmpty()) {
                joined.append("\n\n");
            }
            joined.append(block.text());
        }
        String text = joined.toString();
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** How far the owner lies below the root (0 when it is the root or no longer under it). */
    int depth() {
        int depth = 0;
        for (Element e = owner; e != null && e != root; e = e.parent()) {
            depth++;
        }
        return depth;
    }
}
