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
     * are dropped, numbers stay whole ("3.5", "1,000" as "1000"). In a script written without spaces
     * (Chinese, Japanese, Thai) each run of its letters gives its overlapping character bigrams ("生产总值"
     * gives 生产 产总 总值; a lone character stays a word), the standard unit for retrieval in such text
     * (Kwok, "Comparing Representations in Chinese Information Retrieval", SIGIR 1997): a bigram is as
     * specific as a word, where single characters such as 的 or 年 are shared by unrelated sentences.
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
            if (isUnspacedLetter(c)) {
                // Chinese, Japanese, Thai: no spaces mark the words; the run's bigrams stand for them
                flush(word, words);
                int end = i + 1;
                while (end < n && isUnspacedLetter(text.charAt(end))) {
                    end++;
                }
                addBigrams(text, i, end, words, capitals);
                i = end - 1;
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

    /** A letter of a script without spaces, with its vowel and tone marks (Thai เมื่อ) and the Japanese length mark ー. */
    private static boolean isUnspacedLetter(char c) {
        if (c == 'ー') {
            return true;
        }
        int type = Character.getType(c);
        return Scripts.withoutSpaces(c) && (Character.isLetter(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK);
    }

    /** The overlapping bigrams of the run [{@code start}, {@code end}); the run itself when it is one character. */
    private static void addBigrams(String text, int start, int end, List<String> words, List<Boolean> capitals) {
        int last = Math.max(start + 1, end - 1);
        for (int i = start; i < last; i++) {
            words.add(text.substring(i, Math.min(i + 2, end)));
            if (capitals != null) {
                capitals.add(false);
            }
        }
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
