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
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> CONNECTIVES = Set.of("but", "however", "also", "and", "so", "still",
            "yet", "meanwhile", "moreover", "instead", "then", "thus", "furthermore", "besides",
            "nevertheless", "nonetheless");

    /** "This week, ...", "That night ...": a time, not a reference back. */
    private static final Set<String> TIME_NOUNS = Set.of("week", "weekend", "month", "year", "morning",
            "afternoon", "evening", "season", "spring", "summer", "autumn", "fall", "winter");

    private Openings() {
    }

    /** Whether the sentence opens with a pronoun (after any opening quote). */
    public static boolean pronoun(String sentence) {
        String[] words = firstWords(sentence);
        return PRONOUNS.contains(words[0]) && !TIME_NOUNS.contains(words[1]);
    }

    /** Whether the sentence opens with a pronoun that stands for a person: "He", "She", "His", "Her". */
    public static boolean personalPronoun(String sentence) {
        return PERSONAL.contains(firstWords(sentence)[0]);
    }

    /** Whether the sentence opens with a connective such as "But" or "Instead". */
    public static boolean connective(String sentence) {
        String[] words = firstWords(sentence);
        return CONNECTIVES.contains(words[0]) && !(words[0].equals("so") && words[1].equals("far"));
    }

    /** Whether the sentence opens with a pronoun or a connective. */
    public static boolean leansOnPrevious(String sentence) {
        return pronoun(sentence) || connective(sentence);
    }

    /** The sentence's first word, lower-cased, skipping white space, quotes and brackets. */
    static String firstWord(String sentence) {
        return firstWords(sentence)[0];
    }

    /**
     * The first two words, lower-cased ("" where there is none). A hyphenated word stays whole, so
     * "Then-President" and "So-called" are no connectives.
     */
    private static String[] firstWords(String sentence) {
        String[] words = {"", ""};
        int i = 0;
        int n = sentence.length();
        for (int w = 0; w < 2; w++) {
            while (i < n && !Character.isLetterOrDigit(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(sentence.charAt(i)) || (sentence.charAt(i) == '-'
                    && i + 1 < n && Character.isLetter(sentence.charAt(i + 1))))) {
                i++;
            }
            words[w] = sentence.substring(start, i).toLowerCase(Locale.ROOT);
        }
        return words;
    }
}
