package io.storyline.analyze;

import java.util.ArrayList;
import java.util.List;

/** Word-level views of a sentence: what counts as a word for length budgets and for matching. */
public final class Tokens {

    private Tokens() {
    }

    /**
     * Words as a reader counts them (and as ROUGE's length limit does): runs of non-space, and in scripts
     * written without spaces each character ({@link Scripts#words}).
     */
    public static int wordCount(String text) {
        return Scripts.words(text);
    }

    /**
     * Lower-cased alphanumeric words, for matching: punctuation and hyphens separate words (so
     * "el-Treki" matches "Treki" and "al-Brega" matches "Brega"), apostrophe suffixes ("Gadhafi's")
     * are dropped, numbers stay whole ("3.5", "1,000" as "1000"); each character of a script written
     * without spaces is a word of its own (unigrams, as ROUGE for Chinese counts characters).
     */
    public static List<String> matchWords(String text) {
        return matchWords(text, null);
    }

    /**
     * For each word of {@link #matchWords}, whether it was written with a capital first letter: a
     * proper name's mark when it does not open the sentence.
     */
    public static boolean[] capitalised(String text) {
        List<Boolean> capitals = new ArrayList<>();
        matchWords(text, capitals);
        boolean[] out = new boolean[capitals.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = capitals.get(i);
        }
        return out;
    }

    /** The words; with {@code capitals}, also whether each opened with an upper-case letter. */
    private static List<String> matchWords(String text, List<Boolean> capitals) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Scripts.withoutSpaces(c) && Character.isLetter(c)) {
                // Chinese, Japanese, Thai: no spaces mark the words, each character is one
                flush(word, words);
                if (capitals != null) {
                    capitals.add(false);
                }
                words.add(String.valueOf(c));
            } else if (Character.isLetterOrDigit(c)) {
                if (word.length() == 0 && capitals != null) {
                    capitals.add(Character.isUpperCase(c));
                }
                word.append(Character.toLowerCase(c));
            } else if ((c == '.' || c == ',') && word.length() > 0 && i + 1 < n
                    && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i - 1))) {
                if (c == '.') {
                    word.append(c);
                }
            } else if ((c == '\'' || c == '\u2019') && word.length() > 0) {
                flush(word, words);
                while (i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i++; // skip the clitic: 's, 't, 're
                }
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
