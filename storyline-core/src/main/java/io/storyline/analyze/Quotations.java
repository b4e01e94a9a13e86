package io.storyline.analyze;

/**
 * Quotation marks within one sentence. A sentence splitter cuts quotations that run over several
 * sentences, so a sentence may open a quotation it does not close ({@code said: "This is wrong.})
 * or close one it did not open ({@code They didn't even look down" beforehand.}). Straight marks
 * are told apart by where they stand: one after a word and before a space or punctuation closes.
 */
public final class Quotations {

    private Quotations() {
    }

    /** Whether the straight double quote at {@code i} closes a quotation rather than opening one. */
    public static boolean closesAt(String text, int i) {
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && "([".indexOf(text.charAt(i - 1)) < 0;
        boolean beforeBreak = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || ".,;:!?)".indexOf(text.charAt(i + 1)) >= 0;
        return afterWord && beforeBreak;
    }

    /** Whether the sentence's first double quotation mark closes a quotation opened before it. */
    public static boolean opensInside(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201D') {
                return true;
            }
            if (c == '\u201C') {
                return false;
            }
            if (c == '"') {
                return closesAt(text, i);
            }
        }
        return false;
    }

    /**
     * The sentence as a reader should see it out of its paragraph: a quotation it opens and leaves
     * open is closed at its end, and one it closes without opening is opened at its start, in the
     * style of marks the sentence uses, as an editor marks a quotation cut at a sentence's end. The
     * words are the source's; a sentence whose marks pair up, or that leaves quotations open at
     * both ends, is returned as it is.
     */
    public static String balanced(String sentence) {
        int open = 0;
        int closedUnopened = 0;
        boolean curly = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            boolean opening = c == '\u201C' || (c == '"' && !closesAt(sentence, i));
            boolean closing = c == '\u201D' || (c == '"' && closesAt(sentence, i));
            curly |= c == '\u201C' || c == '\u201D';
            if (opening) {
                open++;
            } else if (closing) {
                if (open > 0) {
                    open--;
                } else {
                    closedUnopened++;
                }
            }
        }
        if (open == 1 && closedUnopened == 0) {
            return sentence + (curly ? "\u201D" : "\"");
        }
        if (closedUnopened == 1 && open == 0) {
            return (curly ? "\u201C" : "\"") + sentence;
        }
        return sentence;
    }
}
