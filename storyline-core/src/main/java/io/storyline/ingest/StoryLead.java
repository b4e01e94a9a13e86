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
 *       the parent opens with it, up to {@value #LEAD_LEVELS} levels up. It is kept when it reads as prose:
 *       {@value #MIN_LEAD_CHARS} to {@value #MAX_LEAD_CHARS} characters, a sentence mark in it, almost no
 *       link text.</li>
 *   <li>Sibling paragraphs: {@code <p>} elements beside the chosen block, kept by Readability's rule for
 *       the top candidate's siblings (Arc90 Readability, as in Mozilla's Readability.js): over 80 characters
 *       with link density under 0.25, or shorter with no link and a full stop.</li>
 * </ul>
 */
final class StoryLead {

    static final int LEAD_LEVELS = 3;
    static final int MIN_LEAD_CHARS = 60;
    static final int MAX_LEAD_CHARS = 700;

    private StoryLead() {
    }

    /** The lead before {@code container}, or null; never one outside {@code body} or holding the container. */
    static Element leadBefore(Element container, Element body) {
        Element at = container;
        for (int level = 0; level < LEAD_LEVELS && at != body && at.parent() != null; level++) {
            for (Node n = at.previousSibling(); n != null; n = n.previousSibling()) {
                if (n instanceof TextNode t && !t.isBlank()) {
                    return null; // loose text before: the parent is no wrapper of blocks
                }
                if (n instanceof Element e && e.hasText()) {
                    return isLead(e) ? e : null;
                }
            }
            at = at.parent();
        }
        return null;
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
