package io.storyline.evaluate.conflicts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of slot the contradiction benchmark changes, each with its own pattern for finding a
 * value in a real sentence and a change far beyond rounding (a count more than doubled, a weekday
 * three days on, a clock time five hours on). The patterns are the benchmark's own, written apart
 * from the slot reader under test, so the benchmark does not grade the reader by itself.
 */
public enum SlotKind {

    PEOPLE("count of people", "\\b(?<n>\\d{1,3}(?:,\\d{3})*|" + Numbers.WORDS + ")\\s+(?:[a-z]+\\s+)?"
            + "(?:people|persons|workers|soldiers|civilians|policemen|officers|passengers|children|students"
            + "|residents|troops|victims|miners|prisoners|refugees|hostages|protesters|demonstrators|villagers"
            + "|fighters|rebels|guerrillas|crew|employees|members|Palestinians|Israelis|doctors|patients)\\b",
            n -> n * 2 + 3),
    MONEY("money", "\\$\\s?(?<n>\\d{1,3}(?:,\\d{3})*|\\d+)(?:\\.\\d+)?(?:\\s+(?:million|billion))?\\b", n -> n * 2 + 3),
    DISTANCE("distance or speed", "(?<!(?:to|and|or)\\s)(?<!-)\\b(?<n>\\d{1,3}(?:,\\d{3})*)[\\s-](?:miles?|kilometers?|kilometres?|km|feet|foot"
            + "|meters?|metres?|mph|knots|yards)\\b", n -> n * 2 + 3),
    PERCENT("percentage", "\\b(?<n>\\d{1,2})(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b)",
            n -> n <= 40 ? n * 2 + 5 : n / 2 - 5),
    VOTES("votes", "\\b(?<n>\\d{1,3}(?:,\\d{3})*)\\s+votes\\b|\\bvot(?:e|ed)\\s+(?:of\\s+)?(?<m>\\d{1,3})\\s*(?:-|to)\\s*\\d{1,3}\\b"
            + "|\\b(?<k>\\d{1,3})-\\d{1,3}\\s+vote\\b", n -> n * 2 + 3),
    AGE("age", "\\b(?<n>\\d{1,3})-year-old\\b|\\baged\\s+(?<m>\\d{1,3})\\b(?!\\s*(?:to|-|and)\\s*\\d)|[A-Z][a-z]+, (?<k>\\d{2}),",
            n -> n > 60 ? n * 2 / 3 : n + 21), // a third off an old age: "700-year-old" is no rounding of 679
    WEEKDAY("weekday", "\\b(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", n -> n),
    DATE("date", "\\b(?:Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.|January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\s+(?<n>\\d{1,2})\\b(?![,.]?\\d)",
            n -> n <= 14 ? n + 11 : n - 11),
    TIME("time of day", "(?<![:\\d]\\s?)\\b(?<n>\\d{1,2})(?:[:.]\\s?\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)", n -> (n + 4) % 12 + 1);

    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /** The unit's word and an opening parenthesis with a number: " kilometers (300" of "500 kilometers (300 miles)". */
    private static final Pattern CONVERSION = Pattern.compile("(?:[\\s-]?[a-z]+){1,2}\\s?\\(\\s*(?:about\\s+|roughly\\s+)?(?<n>\\d{1,3}(?:,\\d{3})*)");

    /** A conversion in parentheses, "(300 miles)", which repeats the value before it in other units. */
    private static final Pattern PARENTHESES = Pattern.compile("\\(\\s*(?:about\\s+)?[\\d,.]+[\\s-]?[a-z]+\\s*\\)");

    private final String label;
    private final Pattern pattern;
    private final IntUnaryOperator change;

    SlotKind(String label, String regex, IntUnaryOperator change) {
        this.label = label;
        // a number right after a digit and a point or comma is the tail of another ("3.7 million")
        this.pattern = Pattern.compile("(?<![\\d][.,:]\\s?)(?:" + regex + ")");
        this.change = change;
    }

    /** What the kind is, for the report: "count of people". */
    public String label() {
        return label;
    }

    /** The sentence with its first value of this kind changed far beyond rounding; empty if it has none. */
    public Optional<String> change(String sentence) {
        Matcher m = pattern.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        if (sentence.substring(0, m.start()).stripTrailing().endsWith("(")) {
            return Optional.empty(); // a conversion of a value before it: changing it alone makes the sentence contradict itself
        }
        String withoutConversions = PARENTHESES.matcher(sentence).replaceAll("");
        if (pattern.matcher(withoutConversions).results().count() > 1) {
            return Optional.empty(); // two values of the kind: changing one may only make it equal the other
        }
        if (this == WEEKDAY) {
            String day = m.group("w");
            String other = WEEKDAYS.get((WEEKDAYS.indexOf(day) + 3) % 7);
            return Optional.of(sentence.substring(0, m.start("w")) + other + sentence.substring(m.end("w")));
        }
        String group = m.group("n") != null ? "n" : groupOr(m, "m", "k");
        String written = m.group(group);
        Optional<Integer> value = Numbers.value(written);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int changed = change.applyAsInt(value.get());
        if (changed <= 0 || changed == value.get()) {
            return Optional.empty();
        }
        String rest = sentence.substring(m.end(group));
        if (this == DISTANCE) {
            rest = convertedToo(rest, changed / (double) value.get());
        }
        return Optional.of(sentence.substring(0, m.start(group)) + Numbers.write(changed, written) + rest);
    }

    /** A conversion in parentheses right after a distance, "(300 miles)", changed by the same factor. */
    private static String convertedToo(String rest, double factor) {
        Matcher conversion = CONVERSION.matcher(rest);
        if (!conversion.lookingAt()) {
            return rest;
        }
        Optional<Integer> value = Numbers.value(conversion.group("n"));
        if (value.isEmpty()) {
            return rest;
        }
        String written = Numbers.write((int) Math.round(value.get() * factor), conversion.group("n"));
        return rest.substring(0, conversion.start("n")) + written + rest.substring(conversion.end("n"));
    }

    private static String groupOr(Matcher m, String... names) {
        for (String name : names) {
            try {
                if (m.group(name) != null) {
                    return name;
                }
            } catch (IllegalArgumentException noSuchGroup) {
                // this kind's pattern has no such group
            }
        }
        return "n";
    }

    /** Numbers as news writes them: digits with thousands commas, or words up to twenty. */
    static final class Numbers {

        static final String WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
        private static final List<String> NAMES = List.of("zero", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty");

        private Numbers() {
        }

        static Optional<Integer> value(String written) {
            String lower = written.toLowerCase(Locale.ROOT);
            int index = NAMES.indexOf(lower);
            if (index >= 0) {
                return Optional.of(index);
            }
            try {
                return Optional.of(Integer.parseInt(written.replace(",", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** The value written in the style of {@code like}: a word if it was a word and fits, else digits. */
        static String write(int value, String like) {
            boolean word = Character.isLetter(like.charAt(0));
            if (word && value < NAMES.size()) {
                String name = NAMES.get(value);
                return Character.isUpperCase(like.charAt(0)) ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
            }
            return like.contains(",") ? String.format(Locale.ROOT, "%,d", value) : Integer.toString(value);
        }
    }
}
