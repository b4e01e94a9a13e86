package io.storyline.ingest;

import io.storyline.analyze.Scripts;

/**
 * A paragraph being rejoined from scraped lines. {@link ScrapeRepair} asks after every line how the
 * paragraph so far ends, how many words it has and whether its quotes are balanced; this buffer keeps
 * those counts as text is added, so each question costs the same however long the paragraph has grown
 * (rebuilding the paragraph's string for every line made a long one quadratic in its lines).
 *
 * <p>Words are counted as {@link ScrapeRepair#words} counts them: maximal runs of characters other than
 * white space ({@code \s}), except that each character of a script written without spaces (Chinese,
 * Japanese, Thai: {@link Scripts#withoutSpaces}) is a word of its own.
 */
final class ParagraphBuffer {

    private final StringBuilder text;
    private int words;
    private int straightQuotes;
    private int openingQuotes;
    private int closingQuotes;

    ParagraphBuffer(String start) {
        text = new StringBuilder(start.length() + 64);
        append(start);
    }

    /** Adds text at the end, as it is. */
    ParagraphBuffer append(String more) {
        if (more.isEmpty()) {
            return this;
        }
        int runs = words(more);
        if (text.length() > 0 && joinsWord(text.charAt(text.length() - 1)) && joinsWord(more.charAt(0))) {
            runs--; // the first word of what is added continues the last word of the paragraph
        }
        words += runs;
        for (int i = 0; i < more.length(); i++) {
            char c = more.charAt(i);
            if (c == '"') {
                straightQuotes++;
            } else if (c == '“') {
                openingQuotes++;
            } else if (c == '”') {
                closingQuotes++;
            }
        }
        text.append(more);
        return this;
    }

    /** Adds a space and then the text. */
    ParagraphBuffer appendWord(String more) {
        return append(" ").append(more);
    }

    /**
     * Adds a line that opens with punctuation right after the last word: trailing spaces go, and a comma
     * the line starts with replaces a comma the paragraph ends with.
     */
    void appendTight(String line) {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        int last = text.length() - 1;
        if (line.startsWith(",") && last >= 0 && text.charAt(last) == ',') {
            if (last == 0 || isSpace(text.charAt(last - 1))) {
                words--; // the comma was a word of its own
            }
            text.setLength(last);
        }
        append(line);
    }

    /** Turns a trailing comma (possibly inside a closing quote) into a full stop. */
    void endSentence() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ',') {
                text.setCharAt(i, '.');
                return;
            }
            if ("\"'”’ ".indexOf(c) < 0) {
                return;
            }
        }
    }

    int words() {
        return words;
    }

    /** An even number of straight double quotes and as many closing curly quotes as opening ones. */
    boolean quotesBalanced() {
        return straightQuotes % 2 == 0 && openingQuotes == closingQuotes;
    }

    /** Ends with an opening curly quote, or with a straight quote that opens one (an odd count). */
    boolean endsWithOpenQuote() {
        int n = text.length();
        return n > 0 && (text.charAt(n - 1) == '“' || (text.charAt(n - 1) == '"' && straightQuotes % 2 == 1));
    }

    /** The text so far, for the ending checks that look only at its last characters. */
    CharSequence chars() {
        return text;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Words in the text, counted as this class counts them. */
    static int words(CharSequence s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!joinsWord(c)) {
                words += isSpace(c) ? 0 : 1;
                inWord = false;
            } else {
                words += inWord ? 0 : 1;
                inWord = true;
            }
        }
        return words;
    }

    /** A character that runs on into its neighbours to make a word: neither white space nor of a script without spaces. */
    private static boolean joinsWord(char c) {
        return !isSpace(c) && !Scripts.withoutSpaces(c);
    }

    /** What the regular expression {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
