package io.storyline.analyze;

/**
 * Quick scans of a text that spare the expressions of {@link Slots} most of their work: where the next
 * figure is, white space before an index, a word in any case, and the part of a text an expression
 * ending at a given index needs to see. Asking an expression that ends with {@code $} of everything
 * before each number or clock time of a whole article costs time that grows with the square of its
 * length; a match can only hold certain characters, so the run of those characters just before the
 * end is all the expression can match in.
 */
final class TextScan {

    private TextScan() {
    }

    /** Every match of the pattern in the text, in order (a list the caller may change). */
    static java.util.List<String> all(java.util.regex.Pattern pattern, String text) {
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * The text before {@code end}, from one character before the run of characters a match can hold
     * (white space as {@code \s} matches it, and {@code chars}, ASCII letters in either case). That
     * character cannot be part of a match, so an expression that ends with {@code $} and may open with
     * {@code ^} finds the same match here as in the whole text before {@code end}.
     */
    static String tail(String text, int end, String chars) {
        int start = end;
        while (start > 0 && mayHold(text.charAt(start - 1), chars)) {
            start--;
        }
        return text.substring(Math.max(0, start - 1), end);
    }

    /** The index before the white space ({@code \s}) that ends just before {@code index}. */
    static int backOverSpace(String text, int index) {
        while (index > 0 && isSpace(text.charAt(index - 1))) {
            index--;
        }
        return index;
    }

    /** The characters {@code \s} matches (no Unicode classes). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether {@code word} (ASCII letters in lower case) stands in the text at {@code at}, in either case, as
     * an expression without Unicode case folding compares letters.
     */
    static boolean startsWithAnyCase(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            // c | 0x20 is the lower case of an ASCII letter, and no other character's
            if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The first ASCII digit ({@code \d}) at or after {@code from}, or -1. */
    static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    private static boolean mayHold(char c, String chars) {
        if (isSpace(c)) {
            return true;
        }
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return chars.indexOf(lower) >= 0;
    }
}
