package io.storyline.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number a sentence reports, with what it counts: "38 civilians", "about 1,000", "six weeks"
 * (42 days), "$2.5 million". Durations are kept in days and money in units of its currency, so
 * that the same amount in other words compares equal; a hedge ("about", "at least", "as high as")
 * widens what counts as the same value.
 *
 * @param value  the amount (durations in days)
 * @param slot   what it counts: a noun ("civilian"), {@code duration}, {@code money:$}, or {@code toll}
 * @param hedge  {@code exact}, {@code about}, {@code atLeast} or {@code atMost}
 * @param text   the words as written
 */
record Quantity(double value, String slot, String hedge, String text) {

    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0),
            Map.entry("dozen", 12.0), Map.entry("a dozen", 12.0), Map.entry("a hundred", 100.0),
            Map.entry("a thousand", 1000.0));
    private static final Map<String, Double> DAYS = Map.ofEntries(
            Map.entry("hour", 1 / 24.0), Map.entry("day", 1.0), Map.entry("week", 7.0),
            Map.entry("fortnight", 14.0), Map.entry("month", 30.0), Map.entry("year", 365.0),
            Map.entry("decade", 3650.0));
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "m", 1e6, "bn", 1e9);
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(?<hedge>\\b(?:about|around|nearly|almost|roughly|approximately|some|more than|over|at least"
                    + "|up to|as many as|as high as|as much as|fewer than|less than|under|close to|an estimated"
                    + "|just over|just under)\\s+)?"
                    + "(?<currency>[$\u20AC\u00A3])?"
                    + "(?<number>\\d[\\d,]*(?:\\.\\d+)?|\\b(?:a dozen|a hundred|a thousand|one|two|three|four|five|six"
                    + "|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen)\\b)"
                    + "(?:[\\s-]+(?<scale>thousand|million|billion|trillion|m|bn)\\b)?"
                    + "(?<rest>(?:[\\s-]+[a-z][a-z'-]*){0,2})");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

    static List<Quantity> in(String sentence) {
        List<Quantity> quantities = new ArrayList<>();
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String number = m.group("number").toLowerCase(Locale.ROOT);
            int end = m.end("number");
            if (end < sentence.length() && sentence.startsWith("-to-", end)) {
                continue; // a ratio, "10-to-1"
            }
            if (m.start("number") > 0 && Character.isLetterOrDigit(sentence.charAt(m.start("number") - 1))) {
                continue;
            }
            double value;
            if (Character.isDigit(number.charAt(0))) {
                value = Double.parseDouble(number.replace(",", ""));
            } else {
                value = WORDS.get(number);
            }
            if (m.group("scale") != null) {
                value *= SCALES.get(m.group("scale").toLowerCase(Locale.ROOT));
            }
            String restRaw = m.group("rest") == null ? "" : m.group("rest");
            if (restRaw.startsWith("-") && m.group("scale") == null) {
                continue; // a compound modifier, "two-party bloc", "42-year reign": not a count
            }
            String rest = m.group("rest") == null ? "" : m.group("rest").replaceAll("^[\\s-]+", "").strip().toLowerCase(Locale.ROOT);
            String[] nouns = rest.isEmpty() ? new String[0] : rest.split("[\\s-]+");
            String noun = nouns.length > 0 ? nouns[0] : null;
            if (noun != null && (noun.equals("of") || noun.equals("and") || noun.equals("to") || noun.equals("in")
                    || noun.equals("the"))) {
                noun = null;
            }
            if (YEAR.matcher(number).matches() && (noun == null || !Character.isLetter(noun.charAt(0))
                    || noun.length() < 3) && m.group("currency") == null) {
                continue;
            }
            if (number.equals("one") && (noun == null || noun.equals("another") || noun.equals("of"))) {
                continue; // "one of", pronoun use
            }
            String hedge = hedge(m.group("hedge"));
            String slot;
            String singular = noun == null ? null : singular(noun);
            if (m.group("currency") != null) {
                slot = "money:" + m.group("currency");
            } else if (singular != null && DAYS.containsKey(singular)) {
                value *= DAYS.get(singular);
                slot = "duration";
            } else if (singular != null && (singular.equals("dollar") || singular.equals("euro") || singular.equals("pound"))) {
                slot = "money:" + singular;
            } else if (singular != null && Character.isLetter(singular.charAt(0))) {
                slot = singular;
            } else if (sentence.toLowerCase(Locale.ROOT).contains("death toll")) {
                slot = "toll";
            } else {
                continue; // a bare number: nothing to compare it by
            }
            int textEnd = m.group("scale") != null ? m.end("scale") : m.end("number");
            if (noun != null) {
                textEnd = m.start("rest") + m.group("rest").toLowerCase(Locale.ROOT).indexOf(nouns[0]) + nouns[0].length();
            }
            quantities.add(new Quantity(value, slot, hedge, sentence.substring(m.start(), textEnd).strip()));
        }
        return quantities;
    }

    private static String hedge(String words) {
        if (words == null) {
            return "exact";
        }
        String w = words.strip().toLowerCase(Locale.ROOT);
        if (w.equals("more than") || w.equals("over") || w.equals("at least") || w.equals("just over")) {
            return "atLeast";
        }
        if (w.equals("up to") || w.equals("as many as") || w.equals("as high as") || w.equals("as much as")
                || w.equals("fewer than") || w.equals("less than") || w.equals("under") || w.equals("just under")) {
            return "atMost";
        }
        return "about";
    }

    static String singular(String noun) {
        if (noun.endsWith("ies") && noun.length() > 4) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.endsWith("s") && !noun.endsWith("ss") && noun.length() > 3) {
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }

    /**
     * Whether two reports of one slot can both be true: equal values; values a hedge allows
     * ("about 1,000" and "950"; "at least 30" and "38"); or a round figure and a value within 5% of
     * it ("1,000" and "1,012" may be one count rounded).
     */
    boolean consistentWith(Quantity other) {
        double a = value;
        double b = other.value;
        if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))) {
            return true;
        }
        if (hedge.equals("exact") && other.hedge.equals("exact")) {
            return roundedFrom(a, b) || roundedFrom(b, a);
        }
        return (hedge.equals("exact") || within(this, b)) && (other.hedge.equals("exact") || within(other, a));
    }

    private static boolean within(Quantity bound, double v) {
        double x = bound.value;
        switch (bound.hedge) {
            case "atLeast":
                return v >= x * 0.95;
            case "atMost":
                return v <= x * 1.05;
            case "about":
                return Math.abs(v - x) <= 0.2 * Math.max(Math.abs(v), Math.abs(x));
            default:
                return roundedFrom(x, v);
        }
    }

    /** Whether {@code round} may be {@code v} rounded: a round figure within 5% of it. */
    private static boolean roundedFrom(double round, double v) {
        return isRound(round) && Math.abs(v - round) <= 0.05 * Math.abs(round);
    }

    private static boolean isRound(double x) {
        if (x < 100) {
            return false;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(x)) - 1);
        return Math.abs(x / magnitude - Math.rint(x / magnitude)) < 1e-9 && Math.rint(x / magnitude) % 5 == 0;
    }
}
