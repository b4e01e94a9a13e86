package io.storyline.analyze;

/**
 * Where a scraped page lost words, as the scrape repair marks it: the editor's sign for words left out,
 * "[…]". A scrape drops a hyperlink's text, and in news that text is often who said it ("Egypt, [CNN]
 * reported, in another sign", "Sami told [Reuters] by telephone"). The repair keeps every word that is
 * left, so the attribution stays ("Egypt, […] reported, in another sign"), and the mark tells the reader
 * and the summaries that the sentence is not whole: it is never picked to stand alone in a summary or a
 * timeline.
 */
public final class LostWords {

    /** The mark put where a page's words were lost. */
    public static final String MARK = "[…]";

    private LostWords() {
    }

    /** Whether the sentence misses words the page lost (or leaves words out where it quotes). */
    public static boolean in(String sentence) {
        return sentence.contains(MARK);
    }
}
