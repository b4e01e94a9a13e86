package io.storyline.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotation marks within one sentence. A sentence splitter cuts quotations that run over several
 * sentences, so a sentence may open a quotation it does not close ({@code said: "This is wrong.})
 * or close one it did not open ({@code They didn't even look down" beforehand.}). Straight marks
 * are told apart by where they stand: one after a word and before a space or punctuation closes.
 */
public final class Quotations {

    /** A quotation closed within the sentence, between straight or between curly double marks. */
    private static final java.util.regex.Pattern CLOSED = java.util.regex.Pattern.compile(
            "\"[^\"]*\"|\u201C[^\u201D]*\u201D");

    private Quotations() {
    }

    /**
     * The sentence with each quotation it opens and closes replaced by a space; a mark left unmatched (a
     * quotation the splitter cut) stays, for the caller to decide whose words follow it.
     */
    public static String withoutClosedQuotations(String sentence) {
        return CLOSED.matcher(sentence).replaceAll(" ");
    }

    /**
     * The sentence without its quoted words: what the writer says in their own voice. A quotation of several
     * sentences leaves one of them an unmatched mark: an opening one ("We will not give up.) quotes to the end,
     * a closing one (Our people are strong," he said.) quotes from the start.
     */
    public static String outsideQuotations(String sentence) {
        String text = withoutClosedQuotations(sentence);
        int open = text.indexOf('\u201c');
        int close = text.indexOf('\u201d');
        int straight = text.indexOf('"');
        if (open >= 0) {
            return text.substring(0, open);
        }
        if (close >= 0) {
            return text.substring(close + 1);
        }
        if (straight >= 0) {
            boolean opening = straight == 0 || Character.isWhitespace(text.charAt(straight - 1));
            return opening ? text.substring(0, straight) : text.substring(straight + 1);
        }
        return text;
    }

    /** Whether the straight double quote at {@code i} closes a quotation rather than opening one. */
    public static boolean closesAt(String text, int i) {
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && "([".indexOf(text.charAt(i - 1)) < 0;
        boolean beforeBreak = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || ".,;:!?)]'\u2019\u2014-".indexOf(text.charAt(i + 1)) >= 0;
        return afterWord && beforeBreak;
    }

    /**
     * An inch mark, not a quotation mark: a straight quote after feet and inches (5'10"), or after a
     * number while no straight quotation is open (a 12" pizza; but "1998" closes its quotation).
     */
    private static boolean inchMark(String text, int i, boolean quotationOpen) {
        if (i == 0 || !Character.isDigit(text.charAt(i - 1))) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && Character.isDigit(text.charAt(k - 1))) {
            k--;
        }
        boolean feet = k >= 2 && text.charAt(k - 1) == '\'' && Character.isDigit(text.charAt(k - 2));
        return feet || !quotationOpen;
    }

    /** A straight quote with white space (or the sentence's edge) on both sides: which way it goes is unclear. */
    private static boolean stray(String text, int i) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        return spaceBefore && spaceAfter;
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
     * style of the unmatched mark, as an editor marks a quotation cut at a sentence's end. The words
     * are the source's. Returned as it is: a sentence whose marks pair up, one that leaves
     * quotations open at both ends, and one holding a straight mark with spaces on both sides (a
     * stray mark the splitter left: which way it goes is unclear). Inch marks (5'10") are no quotes.
     */
    public static String balanced(String sentence) {
        List<Character> open = new ArrayList<>();
        int closedUnopened = 0;
        char firstUnopened = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '"' && inchMark(sentence, i, open.contains('"'))) {
                continue;
            }
            if (c == '"' && stray(sentence, i)) {
                return sentence;
            }
            boolean opening = c == '\u201C' || (c == '"' && !closesAt(sentence, i));
            boolean closing = c == '\u201D' || (c == '"' && closesAt(sentence, i));
            if (opening) {
                open.add(c);
            } else if (closing) {
                if (!open.isEmpty()) {
                    open.remove(open.size() - 1);
                } else if (closedUnopened++ == 0) {
                    firstUnopened = c;
                }
            }
        }
        if (open.size() == 1 && closedUnopened == 0) {
            return sentence + (open.get(0) == '\u201C' ? "\u201D" : "\"");
        }
        if (closedUnopened == 1 && open.isEmpty()) {
            return (firstUnopened == '\u201D' ? "\u201C" : "\"") + sentence;
        }
        return sentence;
    }

    /**
     * Whether {@code words} (as written in the sentence, first occurrence) stand inside a quotation:
     * what a speaker said, not what the outlet states. A quotation the sentence opens or closes without
     * the other mark (cut by the splitter) runs to the sentence's edge; the wires' {@code ``} and
     * {@code ''} count as curly marks. False when the words are not in the sentence.
     */
    public static boolean inside(String sentence, String words) {
        String text = balanced(sentence.replace("``", "\u201C").replace("''", "\u201D"));
        int at = text.indexOf(words);
        if (at < 0 || words.isBlank()) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"' && inchMark(text, i, depth > 0)) {
                continue;
            }
            if (c == '\u201C' || (c == '"' && !closesAt(text, i))) {
                depth++;
            } else if ((c == '\u201D' || c == '"') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
