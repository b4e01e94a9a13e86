package io.storyline.analyze;

import java.util.Locale;
import java.util.Map;

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
            + "|(?:(?:" + UNITS + "|a)\\s+)?dozen|a thousand|" + BELOW_HUNDRED + ")";

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

    /** The value of words {@link #PATTERN} matched: "one hundred and twenty" is 120, "two dozen" 24. */
    static double value(String words) {
        double value = 0;
        for (String word : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
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
