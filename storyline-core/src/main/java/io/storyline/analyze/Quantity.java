package io.storyline.analyze;

import io.storyline.analyze.time.CalendarWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number a sentence reports, with what it counts: "38 civilians", "about 1,000", "six weeks"
 * (42 days), "$2.5 million", "45%", "a 140-metre ship", "the 82-year-old". Durations are kept in
 * days, money in units of its currency, lengths in metres and speeds in km/h, so that the same
 * amount in other words compares equal; a hedge ("about", "at least", "as high as") widens what
 * counts as the same value. One of the checkable slots of {@link Slots}.
 *
 * @param value  the amount (durations in days)
 * @param slot   what it counts: a noun ("civilian"), {@code duration}, {@code money:$}, {@code length},
 *               {@code speed}, {@code percent}, {@code age}, {@code time ago} ("six years ago") or {@code toll}
 * @param hedge  {@code exact}, {@code about}, {@code atLeast} or {@code atMost}
 * @param text   the words as written
 * @param low    the low end of a range whose top is {@code value} ("2-3 hours", "10 to 12 people"), else NaN
 * @param where  where those counted were, when the count names it: {@code on the ground} or {@code aboard}
 *               ("four people on the ground", "109 aboard"), else empty. Two counts of one noun are one count
 *               only when they say the same where: the dead on the ground are not the dead aboard. A count
 *               whose noun is left out ("... and five on the ground") takes the noun of the sentence's other
 *               count.
 */
public record Quantity(double value, String slot, String hedge, String text, double low, String where) {

    /** A quantity that is no range. */
    public Quantity(double value, String slot, String hedge, String text) {
        this(value, slot, hedge, text, Double.NaN);
    }

    /** A quantity that says nothing of where those counted were. */
    public Quantity(double value, String slot, String hedge, String text, double low) {
        this(value, slot, hedge, text, low, "");
    }

    /** Whether the two count the same thing: one slot, one where. */
    public boolean sameThing(Quantity other) {
        return slot.equals(other.slot) && where.equals(other.where);
    }

    /** What the quantity counts, for a reader and as a key: its slot, then where ("people on the ground"). */
    public String counted() {
        return where.isEmpty() ? slot : slot + " " + where;
    }

    /**
     * Where a count's people were, just after its noun or its number: in the crash's two places, the ground
     * and a craft ("on the ground"; "aboard", "on board", "on the plane", "in the bus"), which split a toll into
     * parts that are never compared with each other or with the whole.
     */
    private static final Pattern WHERE = Pattern.compile("(?i)\\s*(?:(on the ground)|(aboard|onboard|on board"
            + "|(?:on|in|inside) (?:the |a |an |its |their )?(?:plane|aircraft|jet|airliner|flight|bus|train|ship|boat"
            + "|ferry|vessel|helicopter|car|vehicle)s?))\\b");
    /** The slot of a count whose noun is left out until the sentence's other count gives it. */
    private static final String ELIDED = "\u0000elided";

    /** Words before a group that a count is a part of: "three of the five miners". */
    private static final java.util.Set<String> PART_OF = java.util.Set.of("the", "these", "those", "its", "their",
            "his", "her", "our");
    /** What the slot of a group a part is taken from ends with: "firefighter in all". */
    public static final String WHOLE = " in all";
    /** Slots that measure rather than count: a part of a group is never one of these. */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("length", "speed", "surface (square metres)", "percent", "age",
            "duration", "time ago", "toll");
    /** The slot of an area given in square units, in square metres: not "area", a noun a count may name ("the 1598 area"). */
    private static final String SURFACE = "surface (square metres)";
    /** Ordinals from second, by the count they bring a group to: "two people ... and then a third". */
    private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth");
    private static final Pattern ONE_MORE = Pattern.compile("(?i)(?:\\band|,)\\s+(?:then\\s+)?an?\\s+("
            + String.join("|", ORDINALS) + ")\\b");

    /** A figure with a scale word ("3 million", "2.8 billion"): its decimals and its scale. */
    private static final Pattern SCALED_FIGURE = Pattern.compile("\\b(?:\\d+(?:\\.(\\d+))?|an?)[\\s-]+(million|billion|trillion)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Double> DAYS = Map.ofEntries(
            Map.entry("hour", 1 / 24.0), Map.entry("hr", 1 / 24.0), Map.entry("hrs", 1 / 24.0), Map.entry("day", 1.0), Map.entry("week", 7.0),
            Map.entry("fortnight", 14.0), Map.entry("month", 30.0), Map.entry("year", 365.0),
            Map.entry("decade", 3650.0));
    /** The smaller unit after a duration's own: ", 50 minutes", " and six hours" (figures only, one or two digits). */
    private static final Pattern SMALLER_UNIT = Pattern.compile(
            "(?i)\\s*,?\\s*(?:and\\s+)?(\\d{1,2})\\s+(minutes?|mins?|hours?|hrs?)\\b");
    /** How far apart, in days, two reports of a story's day may be written: what two "N ago" may differ by. */
    private static final double WRITING_GAP_DAYS = 2.0;
    private static final Pattern CLOCK_MINUTES = Pattern.compile("(?i)\\s+minutes?\\s+(?:past|to|after|before)\\s+the\\s+hour\\b");
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "m", 1e6, "bn", 1e9);
    /** Words before a number that hedge it: "about 80", "more than 1,000". */
    private static final List<String> HEDGES = List.of("about", "around", "nearly", "almost", "roughly",
            "approximately", "some", "more than", "over", "at least", "up to", "as many as", "as high as",
            "as much as", "fewer than", "less than", "under", "close to", "an estimated", "just over", "just under",
            "several");
    private static final int LONGEST_HEDGE = HEDGES.stream().mapToInt(String::length).max().orElseThrow();
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(?<hedge>\\b(?:" + String.join("|", HEDGES) + ")\\s+)?"
                    + "(?:(?<currency>[$\u20AC\u00A3])\\s?)?"
                    + "(?<number>\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?|\\b" + NumberWords.PATTERN + "\\b)"
                    + "(?:[\\s-]+(?<scale>thousand|million|billion|trillion|m|bn)\\b)?"
                    + "(?<percent>\\s?%)?"
                    + "(?<rest>(?:[\\s-]+[a-z][a-z'/-]*){0,2})");
    /** Units of length in metres and of speed in km/h: "a 140-metre ship" and "459 feet" are one length. */
    private static final Map<String, Double> METRES = Map.ofEntries(
            Map.entry("metre", 1.0), Map.entry("meter", 1.0), Map.entry("m", 1.0), Map.entry("foot", 0.3048),
            Map.entry("feet", 0.3048), Map.entry("ft", 0.3048), Map.entry("yard", 0.9144),
            Map.entry("kilometre", 1000.0), Map.entry("kilometer", 1000.0), Map.entry("km", 1000.0),
            Map.entry("mile", 1609.344), Map.entry("inch", 0.0254), Map.entry("inche", 0.0254),
            Map.entry("centimetre", 0.01), Map.entry("centimeter", 0.01), Map.entry("cm", 0.01));
    private static final Map<String, Double> KMH = Map.of("mph", 1.609344, "km/h", 1.0, "kph", 1.0,
            "knot", 1.852, "kmh", 1.0);
    /** Words after a number that say nothing of what it counts: "7 to 2 on Friday", "30 of them". */
    private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of("of", "and", "to", "in", "the", "on",
            "at", "for", "from", "with", "by", "as", "after", "before", "or", "is", "was", "were", "are", "that",
            "than", "into", "over", "amid", "when", "while", "until", "since", "during", "where", "because", "but",
            "if", "under", "against", "through", "about", "despite", "without");
    /** The start of a range just before a number: "10 to ", "between 4.5 million and ", "30-". */
    private static final Pattern RANGE_START = Pattern.compile(
            "(?i)(?<low>\\d(?:[\\d,.]*\\d)?)(?:\\s+(?<lowScale>thousand|million|billion))?\\s*(?:to|and|-|\u2013)\\s*$");
    /** Every character a match of {@link #RANGE_START} can hold, but white space (ASCII letters in lower case). */
    private static final String RANGE_CHARS = "0123456789,.-\u2013" + "toandthousandmillionbillion";
    /** What follows the low end of a range up to the top's first digit: "-2", " to 2", "–2". */
    private static final Pattern RANGE_GOES_ON = Pattern.compile("\\s*(?:-|–|to)\\s*\\d");
    /** Zones after a clock time ("1410 GMT", "00.38 BST"): a time of day, not a count. */
    private static final java.util.Set<String> TIME_ZONES = java.util.Set.of("gmt", "bst", "utc", "est", "edt",
            "cst", "cdt", "pst", "pdt", "cet", "cest", "et", "pt", "jst", "ist", "aest");
    /** Words after which a number names something rather than counting it. */
    private static final Pattern LABELS = Pattern.compile("(?i)\\b(?:grade|class|page|p|no\\.|number|flight"
            + "|route|platform|room|chapter|section|article|resolution|highway|interstate|channel|phase|stage"
            + "|category|paragraph|(?<!(?:last|this|next|that|each|every|per|a|one)\\s)year)\\s+$");
    /** The longest word of {@link #LABELS}. */
    private static final int LONGEST_LABEL = "resolution".length();
    /**
     * An age after a name as AP writes it, "Qin, 44, and Wang, 31, are accused", or "died aged 72", or after a
     * noun in apposition, "the driver of the bus, 54, was taken to hospital" (two digits between commas, no
     * figure after them, so a list of numbers is none).
     */
    private static final Pattern AP_AGE = Pattern.compile("\\b(?<name>[A-Z][a-z]+), (?<age>\\d{1,3}),"
            + "|\\b[a-z]{3,}, (?<noun>\\d{2}),(?!\\s*\\d)"
            + "|\\baged (?<aged>\\d{1,3})\\b(?!\\s*(?:to|-|and)\\s*\\d)");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

    // expressions asked of each number, compiled once
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern LEADING_GAP = Pattern.compile("^[\\s-]+");
    private static final Pattern WORD_GAPS = Pattern.compile("[\\s-]+");
    private static final Pattern YEARS_OLD = Pattern.compile("years? old\\b.*");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    private static final Pattern PLAIN_FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** The quantities of a sentence, in order; bare numbers and years are not quantities. */
    public static List<Quantity> in(String sentence) {
        List<Quantity> quantities = new ArrayList<>();
        Matcher m = NUMBER.matcher(sentence);
        String rangeCurrency = null;
        Matcher rangeTop = null;
        // a count named as a part of a group ("three of the five miners"): its value and hedge, and where the group's number starts
        double partValue = 0;
        String partHedge = null;
        int partStart = -1;
        int wholeAt = -1;
        String lower = null; // the sentence in lower case, made once when a bare number first needs it
        Integer lastOrdinal = null; // where the sentence's last ordinal starts, looked for once when a count needs it
        int from = 0;
        while (from < sentence.length()) {
            // the expression is asked from just before the next figure or number word, not at every character between
            if (!NearCandidates.find(m, sentence, from, at -> NumberWords.nextNumber(sentence, at),
                    number -> earliestStart(sentence, number))) {
                break;
            }
            // the next number may stand among this one's following words: "two of three missing children"
            from = m.group("scale") != null ? m.end("scale") : m.end("number");
            String number = m.group("number").toLowerCase(Locale.ROOT);
            int end = m.end("number");
            if (end < sentence.length() && sentence.startsWith("-to-", end)) {
                continue; // a ratio, "10-to-1"
            }
            if (m.start("number") > 0 && (Character.isLetterOrDigit(sentence.charAt(m.start("number") - 1))
                    || sentence.charAt(m.start("number") - 1) == ':')) {
                continue; // inside a word, or the minutes of "11:40"
            }
            if (labelled(sentence, m.start())) {
                continue; // a label, not a count: "Flight 990", "page 6", "grade 7 pupils", "year seven pupils"
            }
            if (m.group("currency") != null && m.group("scale") == null && RANGE_GOES_ON.matcher(sentence).region(end,
                    sentence.length()).lookingAt()) {
                // "$15-23 billion": the low end takes the top's scale, so it is read with the top, as "up to $23 billion"
                rangeCurrency = m.group("currency");
                rangeTop = RANGE_GOES_ON.matcher(sentence).region(end, sentence.length());
                rangeTop.lookingAt();
                continue;
            }
            String currency = m.group("currency");
            if (currency == null && rangeTop != null && m.start("number") == rangeTop.end() - 1) {
                currency = rangeCurrency;
            }
            rangeTop = null;
            double value;
            if (Character.isDigit(number.charAt(0))) {
                // "1,004" groups thousands; "3,5" (one or two digits after a single comma) is a decimal comma
                value = Double.parseDouble(DECIMAL_COMMA.matcher(number).matches() ? number.replace(',', '.')
                        : number.replace(",", ""));
            } else {
                value = NumberWords.value(number);
            }
            boolean dozen = number.endsWith("dozen"); // "a dozen people" is a round figure, not exactly twelve
            if (m.group("hedge") != null && m.group("hedge").strip().equalsIgnoreCase("several")) {
                value *= 2; // "several hundred": at least two hundred
            }
            if (m.group("scale") != null) {
                value *= SCALES.get(m.group("scale").toLowerCase(Locale.ROOT));
            }
            double rawTop = value;
            String restRaw = m.group("rest") == null ? "" : m.group("rest");
            String rest = LEADING_GAP.matcher(restRaw).replaceAll("").strip().toLowerCase(Locale.ROOT);
            String[] nouns = rest.isEmpty() ? new String[0] : WORD_GAPS.split(rest);
            String noun = nouns.length > 0 ? nouns[0] : null;
            if (m.group("percent") != null) {
                quantities.add(new Quantity(value, "percent", hedge(m.group("hedge")),
                        sentence.substring(m.start(), m.end("percent")).strip()));
                continue;
            }
            if (restRaw.startsWith("-") && m.group("currency") != null) {
                // a sum as a compound modifier: "a $600-a-year penalty"
                quantities.add(new Quantity(value, "money:" + m.group("currency"), hedge(m.group("hedge")),
                        sentence.substring(m.start(), m.end("number")).strip()));
                continue;
            }
            if (restRaw.startsWith("-") && m.group("scale") == null) {
                // a compound modifier: a measure ("a 140-metre ship", "the 82-year-old") or not a count
                // at all ("two-party bloc", "42-year reign")
                Quantity measure = measure(sentence, m, value, nouns);
                if (measure != null) {
                    quantities.add(measure);
                }
                continue;
            }
            boolean clock = ("a".equals(noun) || "p".equals(noun)) && sentence.startsWith(".m", m.end("rest"));
            if (clock || "am".equals(noun) || "pm".equals(noun) || noun != null && TIME_ZONES.contains(noun)
                    || "local".equals(noun) && nouns.length > 1 && nouns[1].startsWith("time")) {
                continue; // a time of day, "11 p.m.": a slot of its own (TimeOfDay)
            }
            if (CLOCK_MINUTES.matcher(sentence).region(m.end("number"), sentence.length()).lookingAt()) {
                continue; // "12 minutes past the hour": a broadcast's clock, not a count
            }
            if ("a".equals(noun) || "an".equals(noun) || "per".equals(noun) && !rest.startsWith("per cent")) {
                noun = null; // "$50,000 a year": a rate, not what is counted
            }
            boolean wholeOfAPart = m.start() == wholeAt;
            if ("of".equals(noun) && nouns.length > 1 && PART_OF.contains(nouns[1])) {
                // "three of the five miners" counts three miners: the five are the group they are a part of
                partValue = value;
                partHedge = hedge(m.group("hedge"));
                partStart = m.start();
                wholeAt = m.end("rest");
                while (wholeAt < sentence.length() && isRegexSpace(sentence.charAt(wholeAt))) {
                    wholeAt++;
                }
            }
            if (noun != null && NOT_NOUNS.contains(noun)) {
                noun = null;
            }
            // "... and five on the ground", "109 aboard": the noun is left out, the where is said
            String elidedWhere = noun == null || noun.equals("aboard") || noun.equals("onboard")
                    ? where(sentence, m.group("scale") != null ? m.end("scale") : m.end("number")) : "";
            if (YEAR.matcher(number).matches() && (noun == null || !Character.isLetter(noun.charAt(0))
                    || noun.length() < 3) && currency == null) {
                continue;
            }
            if (currency == null && m.group("hedge") == null && m.group("scale") == null
                    && dayOfMonth(sentence.substring(0, m.start()), number)) {
                continue; // "two April 7 shows": the seventh of April, not seven shows
            }
            if (("each".equals(noun) || "apiece".equals(noun)) && m.group("currency") == null) {
                continue; // "two each in Deraa and Hama": a share of each place, not a count ("$15 each" is a price)
            }
            if (number.equals("one") && (noun == null || noun.equals("another") || noun.equals("of"))) {
                continue; // "one of", pronoun use
            }
            Matcher rangeStart = RANGE_START.matcher(TextScan.tail(sentence, m.start(), RANGE_CHARS));
            boolean range = m.group("hedge") == null && rangeStart.find();
            String hedge = range ? "atMost" : hedge(m.group("hedge")); // "10 to 12 people": the top of a range, read as "up to 12"
            double low = range ? rangeLow(rangeStart, m) : Double.NaN;
            if (dozen && hedge.equals("exact")) {
                hedge = "about";
            }
            String slot;
            String singular = noun == null ? null : singular(noun);
            if (currency != null) {
                slot = "money:" + currency;
            } else if ("square".equals(singular) && nouns.length > 1 && METRES.containsKey(singular(nouns[1]))) {
                // "60,683 square miles (157,168 square km)": one area, converted and rounded
                value *= METRES.get(singular(nouns[1])) * METRES.get(singular(nouns[1]));
                slot = SURFACE;
            } else if (singular != null && METRES.containsKey(singular)) {
                value *= METRES.get(singular);
                slot = "length";
            } else if (singular != null && KMH.containsKey(singular)) {
                value *= KMH.get(singular);
                slot = "speed";
            } else if (singular != null && (singular.equals("percent") || rest.startsWith("per cent"))) {
                slot = "percent";
            } else if (singular != null && singular.equals("year") && YEARS_OLD.matcher(rest).matches()) {
                slot = "age";
            } else if (singular != null && DAYS.containsKey(singular)) {
                value *= DAYS.get(singular);
                // "six years ago" is when something began, not how long something lasted ("nine years in office")
                slot = nouns.length > 1 && nouns[1].equals("ago") ? "time ago" : "duration";
            } else if (singular != null && (singular.equals("dollar") || singular.equals("euro") || singular.equals("pound"))) {
                slot = "money:" + singular;
            } else if (singular != null && isMonth(singular)) {
                continue; // "20 May" is a date, not twenty of something
            } else if (!elidedWhere.isEmpty()) {
                slot = ELIDED;
            } else if (singular != null && Character.isLetter(singular.charAt(0))) {
                slot = singular;
            } else {
                if (lower == null) {
                    lower = sentence.toLowerCase(Locale.ROOT);
                }
                if (!lower.contains("death toll")) {
                    continue; // a bare number: nothing to compare it by
                }
                slot = "toll";
            }
            int textEnd = m.group("scale") != null ? m.end("scale") : m.end("number");
            if (noun != null) {
                textEnd = m.start("rest") + m.group("rest").toLowerCase(Locale.ROOT).indexOf(nouns[0]) + nouns[0].length();
                if (slot.equals(SURFACE)) { // "square km": the unit is two words
                    int unit = m.group("rest").toLowerCase(Locale.ROOT).indexOf(nouns[1], textEnd - m.start("rest"));
                    textEnd = m.start("rest") + unit + nouns[1].length();
                }
            }
            if (slot.equals(ELIDED)) {
                textEnd = whereEnd(sentence, textEnd); // "five on the ground": the where says what is counted
            }
            if (slot.equals("duration") && !range) {
                // "3 hours, 50 minutes", "two days and six hours": one span, not a hedge's "about 3 hours" cut short
                Matcher smaller = SMALLER_UNIT.matcher(sentence).region(textEnd, sentence.length());
                if (smaller.lookingAt() && smallerUnit(singular, smaller.group(2))) {
                    value += Double.parseDouble(smaller.group(1))
                            * (smaller.group(2).toLowerCase(Locale.ROOT).startsWith("m") ? 1 / 1440.0 : 1 / 24.0);
                    textEnd = smaller.end();
                    from = Math.max(from, textEnd);
                }
            }
            int start = m.start();
            String where = !elidedWhere.isEmpty() ? elidedWhere
                    : MEASURES.contains(slot) || slot.startsWith("money:") ? "" : where(sentence, textEnd);
            if (range && rawTop != 0) {
                low *= value / rawTop; // in the top's unit: "2-3 hours" is 2 to 3 hours, kept in days
            }
            if (wholeOfAPart && !MEASURES.contains(slot) && !slot.startsWith("money:")) {
                // the group keeps a slot of its own: "three of the five" and "three of the nine" still differ
                quantities.add(new Quantity(value, slot + WHOLE, hedge, sentence.substring(m.start(), textEnd).strip(), low,
                        where));
                value = partValue;
                hedge = partHedge;
                low = Double.NaN;
                start = partStart;
            } else if (hedge.equals("exact") && oneMoreCanFollow(value)) {
                if (lastOrdinal == null) {
                    lastOrdinal = lastOrdinal(sentence);
                }
                if (textEnd <= lastOrdinal && oneMoreFollows(sentence, textEnd, value)) {
                    hedge = "atLeast"; // "two people outside the centre and then a third": at least two, three in all
                }
            }
            quantities.add(new Quantity(value, slot, hedge, sentence.substring(start, textEnd).strip(), low, where));
        }
        resolveElided(quantities);
        Matcher age = AP_AGE.matcher(sentence);
        for (int at = 0; NearCandidates.find(age, sentence, at, index -> nextAge(sentence, index),
                anchor -> earliestAge(sentence, anchor)); at = age.end()) {
            if (age.group("age") != null) { // whose age it is belongs to the slot: Anwar's is not Mahathir's
                quantities.add(new Quantity(Integer.parseInt(age.group("age")), "age of " + age.group("name"), "exact",
                        TRAILING_COMMA.matcher(age.group()).replaceAll("")));
            } else if (age.group("noun") != null) { // whose it is, when only a noun says it, is left to the words around
                quantities.add(new Quantity(Integer.parseInt(age.group("noun")), "age", "exact", age.group("noun")));
            } else {
                quantities.add(new Quantity(Integer.parseInt(age.group("aged")), "age", "exact", age.group()));
            }
        }
        return quantities;
    }

    /**
     * Gives a count whose noun was left out ("All 109 people aboard were killed as well as five on the
     * ground") the noun of the sentence's nearest count before it, else after it; without one it is a bare
     * number and is dropped, as any other.
     */
    private static void resolveElided(List<Quantity> quantities) {
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            if (!q.slot().equals(ELIDED)) {
                continue;
            }
            String noun = null;
            for (int k = i - 1; k >= 0 && noun == null; k--) {
                noun = countedNoun(quantities.get(k));
            }
            for (int k = i + 1; k < quantities.size() && noun == null; k++) {
                noun = countedNoun(quantities.get(k));
            }
            if (noun == null) {
                quantities.remove(i--);
            } else {
                quantities.set(i, new Quantity(q.value(), noun, q.hedge(), q.text(), q.low(), q.where()));
            }
        }
    }

    /** The noun a count counts, when it is a count of things (not a measure, a sum, a group or "others"). */
    private static String countedNoun(Quantity q) {
        String slot = q.slot();
        return slot.equals(ELIDED) || MEASURES.contains(slot) || slot.startsWith("money:") || slot.startsWith("age")
                || slot.endsWith(WHOLE) || slot.equals("other") || slot.equals("others") ? null : slot;
    }

    /** Where those counted were, as {@link #WHERE} reads it just at {@code at}: "on the ground", "aboard" or empty. */
    static String where(String sentence, int at) {
        Matcher where = WHERE.matcher(sentence);
        where.region(at, sentence.length());
        if (!where.lookingAt()) {
            return "";
        }
        return where.group(1) != null ? "on the ground" : "aboard";
    }

    /** The end of the where phrase at {@code at}, or {@code at} when there is none. */
    private static int whereEnd(String sentence, int at) {
        Matcher where = WHERE.matcher(sentence);
        where.region(at, sentence.length());
        return where.lookingAt() ? where.end() : at;
    }

    /**
     * The earliest index a {@link #NUMBER} match can start at when its figure or number word starts at
     * {@code number} (or later): before it at most "a" ("a hundred"), a currency sign and a hedge, each
     * after white space of any length.
     */
    private static int earliestStart(String sentence, int number) {
        int start = TextScan.backOverSpace(sentence, number) - 1; // "a" of "a hundred"
        start = TextScan.backOverSpace(sentence, Math.max(0, start)) - 1; // "$"
        start = TextScan.backOverSpace(sentence, Math.max(0, start)) - LONGEST_HEDGE;
        return Math.max(0, start);
    }


    /** The low end of a range whose top {@code top} matched, in the top's scale when it names none ("4.5 to 5 million"). */
    private static double rangeLow(Matcher rangeStart, Matcher top) {
        String figure = rangeStart.group("low").replace(",", "");
        if (!PLAIN_FIGURE.matcher(figure).matches()) {
            return Double.NaN;
        }
        String scale = rangeStart.group("lowScale") != null ? rangeStart.group("lowScale") : top.group("scale");
        return Double.parseDouble(figure) * (scale == null ? 1 : SCALES.get(scale.toLowerCase(Locale.ROOT)));
    }

    /** Where the next ", " before a figure or "aged " starts, at or after {@code from}: every {@link #AP_AGE} holds one. */
    private static int nextAge(String sentence, int from) {
        int comma = sentence.indexOf(", ", from);
        while (comma >= 0 && TextScan.nextDigit(sentence, comma + 2) != comma + 2) {
            comma = sentence.indexOf(", ", comma + 1);
        }
        int aged = sentence.indexOf("aged ", from);
        return comma < 0 ? aged : aged < 0 ? comma : Math.min(comma, aged);
    }

    /** How early an {@link #AP_AGE} holding {@code anchor} can start: the name before a comma is a capital and small letters. */
    private static int earliestAge(String sentence, int anchor) {
        int name = anchor;
        while (name > 0 && sentence.charAt(name - 1) >= 'a' && sentence.charAt(name - 1) <= 'z') {
            name--;
        }
        return Math.max(0, name - 1);
    }

    /** Whether a count is one {@link #oneMoreFollows} can find one more of: second to tenth. */
    private static boolean oneMoreCanFollow(double value) {
        return value >= 1 && value <= ORDINALS.size() && value == Math.rint(value);
    }

    /** Where the sentence's last ordinal ({@link #ORDINALS}, ASCII letters in any case) starts, or -1: none follows a count after it. */
    private static int lastOrdinal(String sentence) {
        for (int i = sentence.length() - 1; i >= 0; i--) {
            for (String ordinal : ORDINALS) {
                if (TextScan.startsWithAnyCase(sentence, i, ordinal)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether the sentence goes on to one more of a count of {@code value} after {@code from}: "... and then a third". */
    private static boolean oneMoreFollows(String sentence, int from, double value) {
        if (value < 1 || value > ORDINALS.size() || value != Math.rint(value)) {
            return false;
        }
        Matcher more = ONE_MORE.matcher(sentence);
        more.region(from, sentence.length());
        return more.find() && ORDINALS.indexOf(more.group(1).toLowerCase(Locale.ROOT)) == (int) value - 1;
    }

    /**
     * Whether a label ({@link #LABELS}) ends just before {@code start}, white space between. Asked of
     * the few characters before the number, with the sentence visible around them for the word
     * boundary, which is what asking the whole text before it answers.
     */
    private static boolean labelled(String sentence, int start) {
        int from = start;
        while (from > 0 && isRegexSpace(sentence.charAt(from - 1))) {
            from--;
        }
        Matcher label = LABELS.matcher(sentence);
        label.region(Math.max(0, from - LONGEST_LABEL - 1), start);
        label.useTransparentBounds(true);
        return label.find();
    }

    /** The characters {@code \\s} matches (no Unicode classes). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether a number of one or two digits, up to 31, follows a month's name: the day of that month.
     * "may" and "march" in lower case are verbs as often ("they march 20 miles").
     */
    private static boolean dayOfMonth(String before, String number) {
        if (!number.matches("\\d{1,2}") || Integer.parseInt(number) < 1 || Integer.parseInt(number) > 31) {
            return false;
        }
        String trimmed = before.stripTrailing();
        if (trimmed.length() == before.length() || trimmed.isEmpty()) {
            return false; // no space before the number: not a word before it
        }
        String word = trimmed.substring(trimmed.lastIndexOf(' ') + 1).replaceAll("^\\W+", "");
        if (word.equals("may") || word.equals("march")) {
            return false;
        }
        return isMonth(word);
    }

    private static boolean isMonth(String word) {
        String w = word.replace(".", "");
        return CalendarWords.MONTHS.stream().anyMatch(m -> m.equalsIgnoreCase(w))
                || CalendarWords.MONTH_STEMS.stream().anyMatch(m -> m.equalsIgnoreCase(w))
                || CalendarWords.DOTTED_MONTH_ABBREVIATIONS.stream().anyMatch(m -> m.equalsIgnoreCase(w));
    }

    /** A hyphenated measure: "82-year-old" (an age), "140-metre", "270-mph"; null for other compounds. */
    private static Quantity measure(String sentence, Matcher m, double value, String[] words) {
        if (words.length == 0) {
            return null;
        }
        String unit = singular(words[0]);
        String hedge = hedge(m.group("hedge"));
        int end = m.start("rest") + m.group("rest").toLowerCase(Locale.ROOT).indexOf(words[0]) + words[0].length();
        if (unit.equals("year") && words.length > 1 && words[1].startsWith("old")) {
            int old = sentence.toLowerCase(Locale.ROOT).indexOf("old", end) + 3;
            return new Quantity(value, "age", hedge, sentence.substring(m.start(), old).strip());
        }
        if (METRES.containsKey(unit)) {
            return new Quantity(value * METRES.get(unit), "length", hedge, sentence.substring(m.start(), end).strip());
        }
        if (KMH.containsKey(unit)) {
            return new Quantity(value * KMH.get(unit), "speed", hedge, sentence.substring(m.start(), end).strip());
        }
        return null;
    }

    private static String hedge(String words) {
        if (words == null) {
            return "exact";
        }
        String w = words.strip().toLowerCase(Locale.ROOT);
        if (w.equals("more than") || w.equals("over") || w.equals("at least") || w.equals("just over")
                || w.equals("several") || w.equals("hundreds of") || w.equals("thousands of")) {
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
     * it ("1,000" and "1,012" may be one count rounded); or two times ago no further apart than two
     * reports of a story's day may be written ("2 hrs ago" / "9 hrs ago": each counts back from its own
     * writing; "six years ago" / "nine years ago" still differ).
     */
    public boolean consistentWith(Quantity other) {
        if (slot.equals("time ago") && other.slot.equals("time ago") && Math.abs(value - other.value) <= WRITING_GAP_DAYS) {
            return true; // "2 hrs ago" / "9 hrs ago": each counts back from its own writing, hours apart
        }
        if (isRange() != other.isRange() && overlaps(isRange() ? this : other, isRange() ? other : this)) {
            return true; // "2-3 hours" and "about 2 hours"
        }
        double a = value;
        double b = other.value;
        if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))) {
            return true;
        }
        if (converted(slot) && Math.abs(a - b) <= 0.03 * Math.max(Math.abs(a), Math.abs(b))) {
            return true; // "140 metres" and "459 feet": a unit converted and rounded
        }
        if (hedge.equals("exact") && other.hedge.equals("exact")) {
            return roundedFrom(a, b) || roundedFrom(b, a) || writtenRounding(this, b) || writtenRounding(other, a);
        }
        if (hedge.equals(other.hedge) && (hedge.equals("atLeast") || hedge.equals("atMost"))) {
            // two bounds of one kind ("at least 187", "several hundred") are two loose ways of one figure,
            // unless far apart ("more than 100" against "more than 203" is a different count)
            return Math.abs(a - b) <= 0.25 * Math.max(Math.abs(a), Math.abs(b));
        }
        if (!hedge.equals("exact") && !other.hedge.equals("exact") && !hedge.equals(other.hedge)) {
            // two hedges of two kinds ("less than 4 hours" / "about 3 hours"): both true when the values each
            // allows meet; a bound tested only against the other's figure would call these two a conflict
            return low(this) <= high(other) && low(other) <= high(this);
        }
        return (hedge.equals("exact") || within(this, b)) && (other.hedge.equals("exact") || within(other, a));
    }

    /** The least value a hedged figure allows, as {@link #within} reads its hedge. */
    private static double low(Quantity q) {
        return switch (q.hedge) {
            case "about" -> q.value * 0.8;
            case "atLeast" -> q.value * 0.95;
            case "atMost" -> Double.NEGATIVE_INFINITY;
            default -> q.value;
        };
    }

    /** The greatest value a hedged figure allows, as {@link #within} reads its hedge. */
    private static double high(Quantity q) {
        return switch (q.hedge) {
            case "about" -> q.value / 0.8;
            case "atLeast" -> Double.POSITIVE_INFINITY;
            case "atMost" -> q.value * 1.05;
            default -> q.value;
        };
    }

    /** Whether {@code smaller} ("minutes", "hours") is the unit below {@code unit}'s (an hour's, a day's). */
    private static boolean smallerUnit(String unit, String smaller) {
        boolean hours = unit.equals("hour") || unit.equals("hr") || unit.equals("hrs");
        return hours && smaller.toLowerCase(Locale.ROOT).startsWith("m")
                || unit.equals("day") && smaller.toLowerCase(Locale.ROOT).startsWith("h");
    }

    /** Whether this is a range with a low end ("2-3 hours"). */
    public boolean isRange() {
        return !Double.isNaN(low);
    }

    /** Whether the values a single figure allows reach into a range ("about 2 hours" into "2-3 hours"). */
    private static boolean overlaps(Quantity range, Quantity single) {
        double v = single.value;
        double from = switch (single.hedge) {
            case "about" -> 0.8 * v;
            case "atLeast" -> 0.95 * v;
            case "atMost" -> 0;
            default -> v;
        };
        double to = switch (single.hedge) {
            case "about" -> 1.2 * v;
            case "atLeast" -> Double.POSITIVE_INFINITY;
            case "atMost" -> 1.05 * v;
            default -> v;
        };
        return from <= range.value * 1.05 && to >= range.low * 0.95;
    }

    private static boolean converted(String slot) {
        return slot.equals("length") || slot.equals("speed") || slot.equals(SURFACE);
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

    /**
     * Whether a figure written with a scale word may be {@code v} rounded at the precision it is
     * written to: "3 million" stands for anything from 2.5 to 3.5 million ("2.8 million" rounded),
     * "2.8 million" for 2.75 to 2.85 million.
     */
    private static boolean writtenRounding(Quantity written, double v) {
        Matcher m = SCALED_FIGURE.matcher(written.text);
        if (!m.find()) {
            return false;
        }
        int decimals = m.group(1) == null ? 0 : m.group(1).length();
        double scale = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "million" -> 1e6;
            case "billion" -> 1e9;
            default -> 1e12;
        };
        double unit = scale * Math.pow(10, -decimals);
        return Math.abs(v - written.value) <= unit / 2 + 1e-9 * unit;
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
