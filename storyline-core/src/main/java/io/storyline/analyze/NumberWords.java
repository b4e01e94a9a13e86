package io.storyline.analyze;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers written in words, as news copy writes counts: "three", "twenty-five", "one hundred and
 * twenty", "a dozen", "two dozen". Read as one number, so "twenty-five firefighters" is 25 of
 * them, never five.
 */
final class NumberWords {

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String BELOW_HUNDRED = "(?:(?:" + TENS + ")(?:[\\s-](?:" + UNITS + ")\\b)?|" + TEENS + "|" + UNITS + ")";

    /** A number in words, for a regular expression (case as the caller's flags say). */
    static final String PATTERN = "(?:(?:(?:" + UNITS + "|a)\\s+)?hundred(?:\\s+(?:and\\s+)?" + BELOW_HUNDRED + ")?"
            + "|(?:(?:" + UNITS + "|a)\\s+)?dozen|a thousand|(?<!half\\s)(?<!of\\s)(?<!in\\s)a(?=[\\s-]+(?:million|billion|trillion)\\b)|" + BELOW_HUNDRED + ")";

    /**
     * Every word a number in words can open with, bar "a" (which a hundred, dozen or thousand follows), and
     * the scales "a" stands before as a number of its own ("a million": the expression is asked from before it).
     */
    private static final java.util.Set<String> WORDS = java.util.Set.copyOf(java.util.Arrays.asList(
            (UNITS + "|" + TEENS + "|" + TENS + "|hundred|dozen|thousand|million|billion|trillion").split("\\|")));

    private static final Pattern WORD_GAPS = Pattern.compile("[\\s-]+");
    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private NumberWords() {
    }

    /**
     * Whether {@code text} may hold a number {@link #PATTERN} or a figure matches: an ASCII digit, or
     * one of the number words standing as a whole word (a run of ASCII letters, any case). False means
     * no such expression can match, which spares most sentences the expressions that look for numbers.
     */
    static boolean mayHoldNumber(String text) {
        return nextNumber(text, 0) >= 0;
    }

    /**
     * Where the first ASCII digit or number word ({@link #mayHoldNumber}'s test) at or after {@code from}
     * starts, or -1 when there is none. No figure or number in words that {@link #PATTERN} matches opens
     * before it.
     */
    static int nextNumber(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
            if (!isAsciiLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiLetter(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length >= 3 && length <= 9 && WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return start;
            }
        }
        return -1;
    }

    /** Whether {@code text} holds an ASCII digit, as {@code \\d} matches without Unicode classes. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether the lower-case word is a number word or a scale ("six", "forty", "dozen", "million"). */
    static boolean isNumberWord(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    /** The value of words {@link #PATTERN} matched: "one hundred and twenty" is 120, "two dozen" 24. */
    static double value(String words) {
        double value = 0;
        for (String word : WORD_GAPS.split(words.toLowerCase(Locale.ROOT))) {
            switch (word) {
                case "a" -> value = 1;
                case "and" -> {
                }
                case "hundred" -> value = (value == 0 ? 1 : value) * 100;
                case "dozen" -> value = (value == 0 ? 1 : value) * 12;
                case "thousand" -> value = (value == 0 ? 1 : value) * 1000;
                default -> value += VALUES.get(word);
            }
        }
        return value;
    }
}
