package io.storyline.evaluate;

import io.storyline.analyze.Scripts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's text metric: both texts are cut into words ({@link #words}) and
 * the words into 4-word shingles, counted as multisets; TP are the shared shingles, FP the extra predicted
 * ones, FN the missed ones, and the three are normalised to sum to 1 so that every page weighs the same.
 * A text of fewer than four words is one shingle of all its words (an empty text is one empty shingle).
 *
 * @param tp share of shingles found in both texts
 * @param fp share predicted but not in the reference
 * @param fn share in the reference but not predicted
 */
public record ShingleMatch(double tp, double fp, double fn) {

    static final int SHINGLE_WORDS = 4;

    public static ShingleMatch of(String reference, String predicted) {
        Map<List<String>, Integer> truth = shingles(reference);
        Map<List<String>, Integer> guess = shingles(predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : guess.entrySet()) {
            int t = truth.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
            fn += Math.max(0, e.getValue() - guess.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new ShingleMatch(0, 0, 0) : new ShingleMatch(tp / sum, fp / sum, fn / sum);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> words = words(text == null ? "" : text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i < n; i++) {
            counts.merge(words.subList(i, Math.min(words.size(), i + SHINGLE_WORDS)), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The words as the benchmark's metric reads them: maximal runs of letters, digits, marks and "_"
     * (its {@code \w+}), so punctuation is no part of a word and "said." is "said". Each character of
     * a script written without spaces (Chinese, Japanese, Thai, ...: {@link Scripts#withoutSpaces}) is a
     * word of its own, with the marks that follow it; the benchmark's {@code \w+} would make a whole
     * clause one word there, so a 4-word shingle of Japanese is four characters here, not four clauses.
     * Marks stay inside a word (the benchmark's {@code \w} would cut a Hindi word at each vowel sign).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        boolean single = false; // the open word is one character of a script without spaces
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isMark(c) && start >= 0) {
                i = next; // a mark belongs to the word before it
                continue;
            }
            boolean wordCharacter = Character.isLetterOrDigit(c) || c == '_' || isMark(c)
                    || Character.getType(c) == Character.LETTER_NUMBER || Character.getType(c) == Character.OTHER_NUMBER;
            boolean unspaced = wordCharacter && withoutSpaces(c);
            if (start >= 0 && (!wordCharacter || unspaced || single)) {
                words.add(text.substring(start, i));
                start = -1;
            }
            if (wordCharacter && start < 0) {
                start = i;
                single = unspaced;
            }
            i = next;
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean withoutSpaces(int c) {
        return c <= Character.MAX_VALUE ? Scripts.withoutSpaces((char) c)
                : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The shares as a page score (no true negatives in this metric). */
    public PageScore score() {
        return new PageScore(tp, fp, fn, 0);
    }

    /** Precision of this page alone. */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    /** Recall of this page alone. */
    public double recall() {
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }
}
