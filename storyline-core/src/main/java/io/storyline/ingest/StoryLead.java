package io.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The story's own text that lies just outside the block {@link HtmlExtractor} chose for it. Many pages set
 * the standfirst (the lead paragraph under the headline, "teaser-text", "intro", "article-lead") in a block
 * of its own before the body's block, and some write a paragraph of the story beside the body's block
 * rather than in it.
 * <ul>
 *   <li>A lead: the nearest block with text before the chosen block, looked for in its parent and, while
 *       the parent opens with it, up to {@value #LEAD_LEVELS} levels up, past a date line, a byline or a
 *       label, and inside the header block that holds the headline ({@link #leadBefore}). It is kept when it
 *       reads as prose: {@value #MIN_LEAD_CHARS} to {@value #MAX_LEAD_CHARS} characters, a sentence mark in
 *       it, almost no link text.</li>
 *   <li>Sibling paragraphs: {@code <p>} elements beside the chosen block, or beside the wrappers around it
 *       that add no paragraph text ({@link #aloneIn}: a "read more" box holding the rest of the story), kept
 *       by Readability's rule for
 *       the top candidate's siblings (Arc90 Readability, as in Mozilla's Readability.js): over 80 characters
 *       with link density under 0.25, or shorter with no link and a full stop.</li>
 * </ul>
 */
final class StoryLead {

    static final int LEAD_LEVELS = 3;
    static final int MIN_LEAD_CHARS = 60;
    static final int MAX_LEAD_CHARS = 700;
    /** Date lines, bylines and labels passed over between the story's block and its lead. */
    static final int MAX_SKIPPED = 2;
    static final int MAX_MARKED_LINE_CHARS = 200;

    private StoryLead() {
    }

    /**
     * The lead before {@code container}, or null; never one outside {@code body} or holding the container.
     * Walking back from the container, up to {@value #MAX_SKIPPED} date lines, bylines, credits or labels
     * ({@link #isMetadataLine}) are passed over, and a block holding the headline is looked into from its end
     * (a {@code <header>} with the headline, the standfirst and the byline); the headline itself ends the
     * search. A lead found past such a line, or inside such a block, must be one paragraph ({@link
     * #oneBlock}), not a box of several, and end as a sentence ({@link #endsSentence}): a masthead's date
     * line after a logo's {@code <h1>} is no standfirst.
     */
    static Element leadBefore(Element container, Element body) {
        LeadSearch search = new LeadSearch();
        Element at = container;
        for (int level = 0; level < LEAD_LEVELS && at != body && at.parent() != null; level++) {
            for (Node n = at.previousSibling(); n != null; n = n.previousSibling()) {
                if (n instanceof TextNode t && !t.isBlank()) {
                    return null; // loose text before: the parent is no wrapper of blocks
                }
                if (n instanceof Element e && e.hasText()) {
                    Element found = search.visit(e);
                    if (found != null || search.ended) {
                        return found;
                    }
                }
            }
            at = at.parent();
        }
        return null;
    }

    /** One walk back from the story's block towards its headline. */
    private static final class LeadSearch {
        private int skipped;
        private boolean lookedInside;
        private boolean ended;

        /** The lead if {@code e} is it or holds it; else null, with {@link #ended} set when the walk stops here. */
        Element visit(Element e) {
            if (isLead(e) && (skipped == 0 && !lookedInside || oneBlock(e) && endsSentence(e.text()))) {
                return e;
            }
            if (e.normalName().equals("h1")) {
                ended = true; // the headline: nothing before it is the lead
                return null;
            }
            if (e.selectFirst(HtmlExtractor.evaluator("h1")) != null) {
                lookedInside = true; // the lead lies after the headline, within the block that holds it
                List<Element> children = e.children();
                for (int i = children.size() - 1; i >= 0 && !ended; i--) {
                    Element child = children.get(i);
                    if (child.hasText()) {
                        Element found = visit(child);
                        if (found != null) {
                            return found;
                        }
                    }
                }
                ended = true;
                return null;
            }
            if (skipped < MAX_SKIPPED && isMetadataLine(e)) {
                skipped++;
                return null;
            }
            ended = true;
            return null;
        }
    }

    /**
     * Whether the text ends as a sentence does: a sentence mark last, before any closing quotes or brackets
     * ("... in 1883" or "Est. May 19, 1883", a masthead's date line, does not).
     */
    static boolean endsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019'
                    || c == '\u00BB') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u2026';
        }
        return false;
    }

    /** Block elements: a lead holding text in more than one of them is a box of blocks, not a paragraph. */
    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "section", "article", "header", "blockquote", "ul", "ol", "table", "figure", "dl", "dd", "dt",
            "td", "pre");

    /** Text in one block element at most: a paragraph (a standfirst), not a box of several (a dialog, a menu). */
    private static boolean oneBlock(Element e) {
        int blocks = 0;
        for (Element d : e.getAllElements()) {
            if (BLOCK_TAGS.contains(d.normalName()) && d.textNodes().stream().anyMatch(t -> !t.isBlank()) && ++blocks > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line between the standfirst and the body that is not the story: a date line or byline (the page's
     * date or author markup, under {@value #MAX_MARKED_LINE_CHARS} characters), or any block shorter than a
     * lead (a credit, a label, a kicker).
     */
    private static boolean isMetadataLine(Element e) {
        int length = e.text().length();
        return length < MIN_LEAD_CHARS || length < MAX_MARKED_LINE_CHARS
                && e.selectFirst(HtmlExtractor.evaluator("time, [itemprop=author], [rel=author]")) != null;
    }

    private static boolean isLead(Element e) {
        String text = e.text();
        if (text.length() < MIN_LEAD_CHARS || text.length() > MAX_LEAD_CHARS || e.selectFirst(HtmlExtractor.evaluator("h1")) != null) {
            return false;
        }
        int links = TextCounts.linkTextOf(e);
        return links * 10 < text.length() && hasSentenceMark(text);
    }

    private static boolean hasSentenceMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？') {
                return true;
            }
        }
        return false;
    }

    /**
     * The highest element holding {@code container} and no more paragraph text than it, below {@code body}:
     * the container with the wrappers around it that add only furniture (a "read more" link, an ad slot).
     * The story's paragraphs beside it are that element's siblings.
     */
    static Element aloneIn(Element container, Element body) {
        Element alone = container;
        // each step reads only the new siblings' subtrees (never one twice): linear in the page's depth and size
        while (alone.parent() != null && alone.parent() != body && !alone.parent().normalName().equals("p")
                && !hasParagraphTextBeside(alone)) {
            alone = alone.parent();
        }
        return alone;
    }

    /** Whether a sibling of {@code e} is or holds a {@code <p>} with text. */
    private static boolean hasParagraphTextBeside(Element e) {
        for (Element sibling : e.parent().children()) {
            if (sibling != e) {
                for (Element p : sibling.select(HtmlExtractor.evaluator("p"))) {
                    if (!p.text().isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The {@code <p>} siblings before {@code container} that join the story, in page order. */
    static List<Element> paragraphsBefore(Element container) {
        List<Element> joined = joining(container, Element::previousElementSibling);
        java.util.Collections.reverse(joined);
        return joined;
    }

    /** The {@code <p>} siblings after {@code container} that join the story, in page order. */
    static List<Element> paragraphsAfter(Element container) {
        return joining(container, Element::nextElementSibling);
    }

    /** The siblings that join the story, walking away from {@code container} one {@code step} at a time. */
    private static List<Element> joining(Element container, java.util.function.UnaryOperator<Element> step) {
        List<Element> joined = new ArrayList<>();
        for (Element sibling = step.apply(container); sibling != null; sibling = step.apply(sibling)) {
            if (joinsStory(sibling)) {
                joined.add(sibling);
            }
        }
        return joined;
    }

    /**
     * Readability's test for a sibling paragraph; a paragraph carrying the page's date or author markup is its
     * byline ("Le Monde | 04.05.2015 | Par ..."), metadata rather than story.
     */
    private static boolean joinsStory(Element p) {
        if (!p.normalName().equals("p") || p.selectFirst(HtmlExtractor.evaluator("time, [itemprop=author], [rel=author]")) != null) {
            return false;
        }
        String text = p.text();
        if (text.isEmpty()) {
            return false;
        }
        int links = TextCounts.linkTextOf(p);
        if (text.length() > 80) {
            return links < 0.25 * text.length();
        }
        return links == 0 && (text.contains(". ") || text.endsWith("."));
    }
}
