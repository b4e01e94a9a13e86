package io.storyline.analyze;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** "But" or "And" before the clause, or any connective set off by a comma. */
    private static final Pattern DROPPABLE_CONNECTIVE = Pattern.compile("^\\s*(?:(?:But|And)(?:,\\s*|\\s+)(?!,)"
            + "|(?:" + String.join("|", CONNECTIVES.stream().sorted().map(Openings::capitalised).toList())
            + "),\\s+)");
    static final int MIN_WORDS_LEFT = 4;

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

    /**
     * The sentence without a connective that ties it to a sentence the reader is not shown: "But the
     * United States does have CIA personnel on the ground." reads "The United States does have ...".
     * Sentence trimming of this kind (sentence-initial conjunctions and discourse adverbials) is one of
     * the rules of CLASSY (Conroy, Schlesinger &amp; O'Leary 2006). Only what cannot be part of the
     * clause goes: "But" or "And" before a word, or a connective set off by a comma ("However, ",
     * "Still, "); "Still missing are ...", "So many died" and "Also killed were ..." stay whole, as does
     * a sentence that opens inside a quotation or that would keep fewer than
     * {@value #MIN_WORDS_LEFT} words.
     */
    public static String withoutConnective(String sentence) {
        Matcher m = DROPPABLE_CONNECTIVE.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        String rest = sentence.substring(m.end());
        if (rest.isEmpty() || !Character.isLetterOrDigit(rest.charAt(0))
                || rest.strip().split("\\s+").length < MIN_WORDS_LEFT) {
            return sentence;
        }
        return rest.substring(0, rest.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + rest.substring(rest.offsetByCodePoints(0, 1));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
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
