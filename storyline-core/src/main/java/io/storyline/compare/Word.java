package io.storyline.compare;

import io.storyline.analyze.time.CalendarWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A token of a sentence with its place in it. Words keep inner hyphens and apostrophes
 * ("Anne-Marie", "el-Treki", "O'Brien"), dotted abbreviations keep their periods ("U.S.", "Adm."),
 * numbers keep their separators ("1,000", "3.5"); a possessive "'s" is a token of its own, and so
 * is every punctuation mark.
 *
 * @param text  the token as written
 * @param start offset of its first character in the sentence
 * @param end   offset just after its last character
 */
record Word(String text, int start, int end) {

    /** Single letters joined by periods: "U.S", "a.m". */
    private static final Pattern DOTTED_LETTERS = Pattern.compile("([A-Za-z]\\.)*[A-Za-z]");
    /** Abbreviations whose dot belongs to the word: titles, companies, months written "Sept.". */
    private static final Set<String> DOTTED = Set.copyOf(Stream.concat(
            Stream.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
                    "Brig", "Sen", "Rep", "Gov", "Rev", "St", "Mt", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd",
                    "Gens", "Sens", "Reps", "Amb", "Det", "Supt", "No"),
            CalendarWords.DOTTED_MONTH_ABBREVIATIONS.stream()).toList());

    static List<Word> of(String sentence) {
        List<Word> words = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(sentence, i);
                words.add(new Word(sentence.substring(start, i), start, i));
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && (sentence.charAt(i + 1) == 's'
                    || sentence.charAt(i + 1) == 'S') && (i + 2 == n || !Character.isLetter(sentence.charAt(i + 2)))
                    && !words.isEmpty() && words.get(words.size() - 1).end() == i) {
                words.add(new Word(sentence.substring(i, i + 2), i, i + 2));
                i += 2;
            } else {
                words.add(new Word(String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return words;
    }

    private static int wordEnd(String s, int i) {
        int n = s.length();
        int start = i;
        boolean digits = Character.isDigit(s.charAt(i));
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || c == '\u2011') && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))
                    && !dottedAbbreviation(s.substring(start, i))) {
                i++;
            } else if ((c == ',' || c == '.') && digits && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                    && !(Character.toLowerCase(s.charAt(i + 1)) == 's'
                    && (i + 2 == n || !Character.isLetter(s.charAt(i + 2))))) {
                i++;
            } else if (c == '.' && isDottedPart(s, start, i)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** A period belongs to the word in "U.S.", "U.N.", "Adm." and the like. */
    private static boolean isDottedPart(String s, int start, int dot) {
        String before = s.substring(start, dot);
        if (DOTTED.contains(before)) {
            return true;
        }
        // single letters joined by periods: U.S., U.N., a.m.
        if (DOTTED_LETTERS.matcher(before).matches()) {
            return before.length() > 1 || (dot + 2 < s.length() && Character.isLetter(s.charAt(dot + 1))
                    && s.charAt(dot + 2) == '.')
                    || (before.length() == 1 && Character.isUpperCase(before.charAt(0)));
        }
        return false;
    }

    private static boolean dottedAbbreviation(String word) {
        return word.endsWith(".");
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    /** Starts with a capital letter, or is a particle name such as "al-Brega" or "el-Treki". */
    boolean isCapitalized() {
        char first = text.charAt(0);
        if (Character.isUpperCase(first)) {
            return true;
        }
        return text.length() > 3 && (text.startsWith("al-") || text.startsWith("el-") || text.startsWith("ad-")
                || text.startsWith("as-")) && Character.isUpperCase(text.charAt(3));
    }

    /** All capitals (with optional periods or digits), at least two letters: CNN, NATO, U.N. */
    boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
