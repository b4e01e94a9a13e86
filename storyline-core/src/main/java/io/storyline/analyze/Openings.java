package io.storyline.analyze;

import java.util.Locale;
import java.util.Set;

/**
 * Sentence openings that lean on the sentence before: a pronoun whose referent is elsewhere ("He
 * leads the outlawed party ...") or a connective ("Instead, they asked ..."). Such a sentence reads
 * well inside its article and badly as the first line of a summary or a timeline entry.
 */
public final class Openings {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "his", "her", "its",
            "their", "them", "him", "this", "that", "these", "those");
    private static final Set<String> CONNECTIVES = Set.of("but", "however", "also", "and", "so", "still",
            "yet", "meanwhile", "moreover", "instead", "then", "thus", "furthermore", "besides",
            "nevertheless", "nonetheless");

    private Openings() {
    }

    /** Whether the sentence opens with a pronoun (after any opening quote). */
    public static boolean pronoun(String sentence) {
        return PRONOUNS.contains(firstWord(sentence));
    }

    /** Whether the sentence opens with a connective such as "But" or "Instead". */
    public static boolean connective(String sentence) {
        return CONNECTIVES.contains(firstWord(sentence));
    }

    /** Whether the sentence opens with a pronoun or a connective. */
    public static boolean leansOnPrevious(String sentence) {
        String first = firstWord(sentence);
        return PRONOUNS.contains(first) || CONNECTIVES.contains(first);
    }

    /** The sentence's first word, lower-cased, skipping white space, quotes and brackets. */
    static String firstWord(String sentence) {
        int i = 0;
        int n = sentence.length();
        while (i < n && !Character.isLetterOrDigit(sentence.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < n && Character.isLetter(sentence.charAt(i))) {
            i++;
        }
        return sentence.substring(start, i).toLowerCase(Locale.ROOT);
    }
}
