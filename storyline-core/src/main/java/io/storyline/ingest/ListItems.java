package io.storyline.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An item of a list that stayed is read with its list. A story's numbered round-up ("1. <a>headline</a>.
 * One sentence on it.") has items whose linked headline outweighs the line after it; judged alone, each
 * such item looks like a row of links and would go while its longer neighbours stay. The list as a whole
 * was already weighed (a link list goes whole), so an item with words of its own outside its links stays
 * with it. An item that is nothing but a link ("Leave a comment", a menu entry) is still judged alone.
 */
final class ListItems {

    /** Words outside links that make an item more than a link: a clause, not a bullet or a count. */
    static final int MIN_OWN_WORDS = 3;

    private ListItems() {
    }

    /**
     * Whether {@code item} is an {@code <li>} of an {@code <ol>} or {@code <ul>} inside {@code container} (so
     * the list was weighed before its items) with at least {@link #MIN_OWN_WORDS} words outside links.
     */
    static boolean staysWithItsList(Element item, Element container) {
        Element list = item.parent();
        return item.normalName().equals("li") && list != null && list != container
                && (list.normalName().equals("ol") || list.normalName().equals("ul"))
                && wordsOutsideLinks(item) >= MIN_OWN_WORDS;
    }

    /** The words of the element's text that no {@code <a>} holds. */
    static int wordsOutsideLinks(Element e) {
        int[] words = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            private int inLinks;
            private boolean inWord;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("a")) {
                    inLinks++;
                    inWord = false;
                } else if (node instanceof TextNode t && inLinks == 0) {
                    String text = t.getWholeText();
                    for (int i = 0; i < text.length(); i++) {
                        boolean letter = Character.isLetterOrDigit(text.charAt(i));
                        if (letter && !inWord) {
                            words[0]++;
                        }
                        inWord = letter;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("a")) {
                    inLinks--;
                    inWord = false;
                }
            }
        }, e);
        return words[0];
    }
}
