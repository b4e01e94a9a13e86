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
    /** "[Two] of them", "[Most] of these": the group is in another sentence. */
    private static final Set<String> PARTITIVE_REFERENTS = Set.of("them", "these");
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> CONNECTIVES = Set.of("but", "however", "also", "and", "so", "still",
            "yet", "meanwhile", "moreover", "instead", "then", "thus", "furthermore", "besides",
            "nevertheless", "nonetheless");

    /** "But" or "And" before the clause, or any connective set off by a comma. */
    private static final Pattern DROPPABLE_CONNECTIVE = Pattern.compile("^\\s*(?:(?:But|And)(?:,\\s*|\\s+)(?!,)"
            + "|(?:" + String.join("|", CONNECTIVES.stream().sorted().toList())
            + "),\\s+)", Pattern.CASE_INSENSITIVE); // the second of "And yet, " is in lower case
    /**
     * What after a dropped connective shows it was not one to drop: "for" ("But for the crew, it would
     * have sunk"), "too," ("So, too, the council ..."), or an aside of a few words ending in a speech verb
     * ("However, he said, the ferry ...", "Thus, Microsoft insists, there is ...").
     */
    private static final Pattern KEPT_AFTER = Pattern.compile("(?i)(?:for\\b|too\\b"
            + "|[^,.;:]{1,40}\\b(?:said|says|say|added|adds|insisted|insists|argued|argues|noted|notes|believes|believed"
            + "|thinks|thought|claimed|claims|maintains|maintained|warned|warns|wrote|writes|argue|insist|contend|contends"
            + "|contended|suggested|suggests|stressed|stresses|acknowledged|acknowledges|conceded|concedes),)");
    static final int MIN_WORDS_LEFT = 4;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /** "This week, ...", "That night ...": a time, not a reference back. */
    private static final Set<String> TIME_NOUNS = Set.of("week", "weekend", "month", "year", "morning",
            "afternoon", "evening", "season", "spring", "summer", "autumn", "fall", "winter");

    private Openings() {
    }

    /**
     * Whether the sentence opens with a pronoun (after any opening quote), or with a part of a group the
     * sentence before named: "Two of them remained in hospital", "Most of these were children".
     */
    public static boolean pronoun(String sentence) {
        String[] words = firstWords(sentence);
        return PRONOUNS.contains(words[0]) && !TIME_NOUNS.contains(words[1])
                || words[1].equals("of") && PARTITIVE_REFERENTS.contains(words[2]);
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
     * "Still, "), as many as there are ("And yet, "). The sentence stays whole when that could change
     * what it says or how it reads: "Still missing are ...", "So many died", "Also killed were ...",
     * "But for the crew, ...", "So, too, ...", an aside after the connective ("However, he said, the
     * ferry ..."), a sentence that opens inside a quotation ("But we will rebuild," the mayor said),
     * one that would keep fewer than {@value #MIN_WORDS_LEFT} words. A first word written with a
     * capital inside ("iPhone") keeps its case.
     */
    public static String withoutConnective(String sentence) {
        if (Quotations.opensInside(sentence)) {
            return sentence; // the words after "But" are a speaker's: they are not ours to change
        }
        String rest = sentence;
        Matcher m = DROPPABLE_CONNECTIVE.matcher(rest);
        while (m.find()) {
            rest = rest.substring(m.end());
            m = DROPPABLE_CONNECTIVE.matcher(rest);
        }
        if (rest.equals(sentence) || rest.isEmpty() || !Character.isLetterOrDigit(rest.charAt(0))
                || KEPT_AFTER.matcher(rest).lookingAt() || rest.strip().split("\\s+").length < MIN_WORDS_LEFT) {
            return sentence;
        }
        int first = rest.codePointAt(0);
        int firstEnd = Character.charCount(first);
        Matcher word = LETTERS.matcher(rest).region(firstEnd, rest.length());
        if (word.lookingAt() && word.group().chars().anyMatch(Character::isUpperCase)) {
            return rest; // "iPhone", "eBay", "mRNA"
        }
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first)).append(rest, firstEnd, rest.length())
                .toString();
    }

    /** The sentence's first word, lower-cased, skipping white space, quotes and brackets. */
    static String firstWord(String sentence) {
        return firstWords(sentence)[0];
    }

    /**
     * The first three words, lower-cased ("" where there is none). A hyphenated word stays whole, so
     * "Then-President" and "So-called" are no connectives.
     */
    private static String[] firstWords(String sentence) {
        String[] words = {"", "", ""};
        int i = 0;
        int n = sentence.length();
        for (int w = 0; w < words.length; w++) {
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
