package io.storyline.analyze;

import io.storyline.analyze.time.CalendarWords;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two sentences' dates (or weekdays) date two events, not one event two ways: "the rig sank on
 * 22 April, two days after a huge explosion" and "the rig suffered a huge explosion on 20 April and later
 * sank" give the sinking's and the explosion's days, and agree. Each value is read with the words beside
 * it in its own clause (four before, three after, not across a comma or a clause opener); when those of
 * one sentence share no word with those of the other, the two values are of different events. Words are
 * compared by their first {@value #PREFIX} letters, so "explosion" and "exploded" are one event word.
 */
final class DatedEvents {

    private static final int BEFORE = 4;
    private static final int AFTER = 3;
    /** Letters two words must share at their start to be one event word ("explos", "explod"). */
    private static final int PREFIX = 5;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.-][\\p{L}\\p{N}]+)*|[,;:()\u2014\u2013]");
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", "\u2014", "\u2013", "and", "but", "after",
            "before", "since", "following", "until", "when", "while", "because", "although", "though", "where", "which",
            "who", "whom", "whose", "said", "says", "than");

    private DatedEvents() {
    }

    /** Whether the difference is a date or a weekday that each sentence gives to another event. */
    static boolean apart(String a, String b, SlotDifference difference) {
        if (!difference.kind().equals("date") && !difference.kind().equals("day")) {
            return false;
        }
        Set<String> besideA = beside(a, difference.kind(), difference.value());
        Set<String> besideB = beside(b, difference.kind(), difference.otherValue());
        if (besideA.isEmpty() || besideB.isEmpty()) {
            return false;
        }
        for (String x : besideA) {
            for (String y : besideB) {
                if (x.startsWith(y) || y.startsWith(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The content words beside each place the text gives the value, cut to their first letters. */
    static Set<String> beside(String text, String kind, String value) {
        Set<String> words = new HashSet<>();
        if (kind.equals("day")) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(value) + "\\b").matcher(text);
            while (m.find()) {
                addAround(text, m.start(), m.end(), words);
            }
        } else {
            Matcher m = Slots.DATE.matcher(text);
            while (m.find()) {
                if (CalendarWords.monthDay(Slots.date(m)).equals(value)) { // a date difference shows the date as written for a reader
                    addAround(text, m.start(), m.end(), words);
                }
            }
        }
        return words;
    }

    private static void addAround(String text, int start, int end, Set<String> words) {
        List<String> before = tokens(text.substring(0, start));
        for (int k = before.size() - 1; k >= 0 && before.size() - k <= BEFORE && !BREAKS.contains(before.get(k)); k--) {
            add(before.get(k), words);
        }
        List<String> after = tokens(text.substring(end));
        for (int k = 0; k < after.size() && k < AFTER && !BREAKS.contains(after.get(k)); k++) {
            add(after.get(k), words);
        }
    }

    private static List<String> tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        List<String> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    private static void add(String word, Set<String> words) {
        if (word.length() < 3 || !Character.isLetter(word.charAt(0)) || StopWords.contains(word)
                || CalendarWords.MONTHS.stream().anyMatch(mo -> mo.equalsIgnoreCase(word))
                || CalendarWords.WEEKDAYS.stream().anyMatch(d -> d.equalsIgnoreCase(word))) {
            return;
        }
        words.add(word.length() > PREFIX ? word.substring(0, PREFIX) : word);
    }
}
