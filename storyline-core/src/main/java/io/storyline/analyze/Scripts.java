package io.storyline.analyze;

/**
 * What the rules that count words and find sentence ends need to know of writing systems. Chinese,
 * Japanese, Thai, Lao, Khmer and Burmese put no space between words, so a rule that counts runs of
 * non-space would see a whole paragraph as one "word": there each character counts as a word (a
 * Chinese word is one or two characters; a Japanese sentence of 20 characters holds about 10 words, so
 * counting characters errs towards keeping text). Their sentences end with the full-width marks
 * {@code 。！？} and need no space after them.
 */
public final class Scripts {

    private Scripts() {
    }

    /** Whether the character belongs to a script written without spaces between words. */
    public static boolean withoutSpaces(char c) {
        if (c < '\u0E00') {
            return false; // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts: spaced
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    /** A full stop, question or exclamation mark of the scripts without spaces: it ends a sentence with no space after it. */
    public static boolean isFullWidthEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '｡';
    }

    /**
     * A character of Thai, Lao or Khmer, whose writing marks a sentence's end with a space and no
     * punctuation: a space between two such characters ends a sentence, and a sentence may end in a letter.
     * The abbreviation marks (Thai {@code ฯ} as in กรุงเทพฯ, Lao {@code ຯ}) and the repetition marks (Thai
     * {@code ๆ}, Lao {@code ໆ}), which are written with a space after them inside a sentence, are not such
     * characters: nothing ends after them.
     */
    public static boolean endsSentencesWithSpace(char c) {
        if (c < '\u0E00' || c > '\u17FF' || c == 'ฯ' || c == 'ๆ' || c == 'ຯ' || c == 'ໆ') {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER;
    }

    /**
     * A sentence-ending mark of other scripts, followed by a space like {@code .}: Arabic and Persian
     * {@code ؟}, Urdu {@code ۔}, Devanagari {@code । ॥}, Burmese {@code ။}, Armenian {@code ։}, Ethiopic
     * {@code ።}. The Arabic comma {@code ،} and semicolon {@code ؛} end nothing.
     */
    public static boolean isOtherEnd(char c) {
        return c == '؟' || c == '۔' || c == '।' || c == '॥' || c == '။' || c == '։' || c == '።';
    }

    /**
     * Words in the text: each character of a script without spaces is one, and so is each maximal run of
     * other characters that are not white space ({@link Character#isWhitespace}).
     */
    public static int words(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (withoutSpaces(c)) {
                count++;
                inWord = false;
            } else {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            }
        }
        return count;
    }
}
