package io.storyline.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock time a sentence gives: "11:40 p.m.", "10 a.m.", "noon", "shortly after midnight". A hedge
 * ("about", "shortly after", "around") allows half an hour either way; exact times must agree to
 * the minute.
 *
 * @param minutes minutes after midnight
 * @param hedged  whether the time is given roughly
 * @param text    the words as written
 */
record TimeOfDay(int minutes, boolean hedged, String text) {

    private static final String HEDGE = "(?<hedge>\\b(?:about|around|approximately|roughly|shortly (?:after|before)"
            + "|just (?:after|before)|soon after|after|before|nearly|almost)\\s+)?";
    private static final Pattern CLOCK = Pattern.compile("(?i)" + HEDGE
            + "(?<![:\\d]\\s?)\\b(?<hour>\\d{1,2})(?:[:.]\\s?(?<minute>\\d{2}))?\\s*(?<half>[ap])\\.?\\s?m\\b\\.?");
    private static final Pattern NAMED = Pattern.compile("(?i)" + HEDGE + "\\b(?<name>noon|midnight|midday)\\b");
    /** The longest hedge of {@link #HEDGE}, without the white space after it. */
    private static final int LONGEST_HEDGE = "shortly before".length();
    private static final int TOLERANCE = 30;
    /**
     * "By 10am the shares had recovered", "as of 2 p.m.": the moment the writer looked, not when
     * something happened. A page updated through the day says it at each hour; it is no slot. Only
     * where it opens the sentence or a clause: "the tally was final by 12:05 a.m." says when it was done.
     */
    private static final Pattern OBSERVED_AT = Pattern.compile("(?i)(?:^|[,;:\u2014]\\s*)(?:by|as of)\\s+$");
    /** Every character a match of {@link #OBSERVED_AT} can hold, but white space (ASCII letters in lower case). */
    private static final String OBSERVED_CHARS = ",;:\u2014byasof";

    /** The clock times of a sentence at which something happens, in order (not a time it was observed at). */
    static List<TimeOfDay> in(String sentence) {
        return scan(sentence, false);
    }

    /**
     * Whether the two sentences were observed at times that cannot be one moment ("As of 10:30 p.m.,
     * officials reported ..." and "As of 3:30 p.m., officials reported ..."): no disagreement between
     * outlets, but neither is one report either, so neither may be cited for the other.
     */
    static boolean observedApart(String a, String b) {
        List<TimeOfDay> first = scan(a, true);
        List<TimeOfDay> second = scan(b, true);
        return !first.isEmpty() && !second.isEmpty() && !first.get(0).consistentWith(second.get(0));
    }

    /** The sentence's clock times: those something happens at, or with {@code observed} those it was seen at. */
    private static List<TimeOfDay> scan(String sentence, boolean observed) {
        List<TimeOfDay> times = new ArrayList<>();
        // each expression only where it can match: a clock time has a figure, a named one its word
        boolean figures = NumberWords.hasDigit(sentence);
        Matcher m = CLOCK.matcher(sentence);
        int from = 0;
        // asked only just before each figure (a hedge may stand before it), not at every character between
        while (figures && NearCandidates.find(m, sentence, from, at -> TextScan.nextDigit(sentence, at),
                figure -> TextScan.backOverSpace(sentence, figure) - LONGEST_HEDGE)) {
            from = m.end();
            if (observed != (m.group("hedge") == null && OBSERVED_AT.matcher(TextScan.tail(sentence, m.start(), OBSERVED_CHARS)).find())) {
                continue;
            }
            int hour = Integer.parseInt(m.group("hour"));
            int minute = m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute"));
            if (hour < 1 || hour > 12 || minute > 59) {
                continue;
            }
            boolean pm = m.group("half").equalsIgnoreCase("p");
            int minutes = (hour % 12 + (pm ? 12 : 0)) * 60 + minute;
            times.add(new TimeOfDay(minutes, m.group("hedge") != null, m.group().strip()));
        }
        boolean named = namesHour(sentence);
        Matcher n = NAMED.matcher(sentence);
        while (named && n.find()) {
            if (observed != (n.group("hedge") == null && OBSERVED_AT.matcher(TextScan.tail(sentence, n.start(), OBSERVED_CHARS)).find())) {
                continue;
            }
            int minutes = n.group("name").toLowerCase(Locale.ROOT).equals("midnight") ? 0 : 12 * 60;
            times.add(new TimeOfDay(minutes, n.group("hedge") != null, n.group().strip()));
        }
        return times;
    }

    /** Whether the sentence has a word {@link #NAMED} looks for: a quick test before the expression. */
    private static boolean namesHour(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return lower.contains("noon") || lower.contains("midnight") || lower.contains("midday");
    }

    /** Whether the two times can be one moment: equal, or within half an hour when either is rough. */
    boolean consistentWith(TimeOfDay other) {
        int apart = Math.abs(minutes - other.minutes);
        apart = Math.min(apart, 24 * 60 - apart);
        return apart == 0 || (hedged || other.hedged) && apart <= TOLERANCE;
    }
}
