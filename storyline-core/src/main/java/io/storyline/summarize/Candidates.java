package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;

/**
 * Which sentences may stand in a summary on their own: complete statements of reasonable length.
 * Fragments, questions, headlines run into the text and one-line quotes without a speaker read
 * badly out of context.
 */
final class Candidates {

    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 70;

    private Candidates() {
    }

    static boolean eligible(AnalyzedSentence s) {
        if (s.words() < MIN_WORDS || s.words() > MAX_WORDS || s.tfidf().size() < 3) {
            return false;
        }
        String text = s.text();
        char first = text.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || isQuote(first))) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (isQuote(last) || last == ')') {
            last = text.length() > 1 ? text.charAt(text.length() - 2) : last;
        }
        return last == '.' || last == '!';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
    }
}
