package io.storyline.compare;

import io.storyline.analyze.Slots;
import io.storyline.analyze.time.CalendarWords;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times and dates that belong to the page, not to the news: a live page's "(Update 8:53 p.m. Cairo,
 * 1:53 p.m. ET)" before each entry, and the " | "-separated runs a scrape leaves of comment stamps,
 * menus and bylines ("January 31, 2011 at 4:16 pm | Reply"), and a page's publication stamp run into
 * its first sentence ("Friday, July 23, 2010; 11:01 PM KENNER, LA. -- ..."). Two pages' stamps never
 * disagree.
 */
final class PageStamps {

    /** A parenthesis opening the sentence that holds a clock time: the entry's time stamp. */
    private static final Pattern LEADING_STAMP = Pattern.compile(
            "^\\W*\\(([^()]*\\b\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?\\s?m\\b[^()]*)\\)\\s*", Pattern.CASE_INSENSITIVE);
    /**
     * A publication stamp opening the sentence: a full date with its year and a clock time after it,
     * its weekday perhaps before it ("Friday, July 23, 2010; 11:01 PM", "July 23, 2010 11:01 AM").
     * News prose never opens on a dated clock time; a caption's "Thursday July 8, 2010 -" is left alone.
     */
    private static final Pattern PUBLISHED_STAMP = Pattern.compile("^\\W*(?:"
            + "(?:(?:" + CalendarWords.alternation(CalendarWords.WEEKDAYS) + "),?\\s+)?" + "(?:" + CalendarWords.alternation(CalendarWords.MONTHS)
            + ")\\s+\\d{1,2},?\\s+\\d{4}[;,]?\\s*\\d{1,2}[:.]\\d{2}\\s*[ap]\\.?\\s?m\\.?"
            + ")(?![\\p{L}\\p{N}])[;,]?\\s*", Pattern.CASE_INSENSITIVE);
    /** A pipe between spaces: no sentence of prose holds one; a scrape's fused furniture does. */
    private static final Pattern PIPE = Pattern.compile("\\s\\|\\s|\\s\\|$");
    private static final Set<String> STAMP_KINDS = Set.of("time", "day", "date");
    /**
     * A weekday with its date and no preposition before it, run into a capitalised word: a page's
     * heading or dateline fused with the text after it ("Your stories Friday 15 January Up to 10,000
     * troops ..."). Prose dates an event with "on", "by" or "since", or binds it to a verb.
     */
    private static final Pattern HEADING_DATE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + CalendarWords.alternation(CalendarWords.WEEKDAYS) + "),?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:"
            + CalendarWords.alternation(CalendarWords.MONTHS) + ")|(?:" + CalendarWords.alternation(CalendarWords.MONTHS)
            + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?,?\\s+(?=\\p{Lu})");
    /** Words that bind a date to the news: before one of them, a weekday and date are prose. */
    private static final Set<String> DATING_WORDS = Set.of("on", "by", "until", "till", "since", "from", "to",
            "before", "after", "last", "next", "this", "that", "of", "for", "and", "or", "between", "through",
            "said", "says", "announced", "confirmed", "at", "as", "in");

    private PageStamps() {
    }

    /** Whether the line is page furniture fused into one "sentence" (pipe-separated stamps, menus, links). */
    static boolean furniture(String sentence) {
        return PIPE.matcher(sentence).find();
    }

    /**
     * Whether the conflict's time, day or date stands only in the sentence's leading time stamp or
     * publication stamp: with
     * the stamp taken away the sentence no longer gives it.
     */
    static boolean stamped(String kind, String value, String sentence) {
        if (!STAMP_KINDS.contains(kind)) {
            return false;
        }
        if (inHeadingOnly(kind, value, sentence)) {
            return true;
        }
        Matcher stamp = LEADING_STAMP.matcher(sentence);
        if (!stamp.find()) {
            stamp = PUBLISHED_STAMP.matcher(sentence);
            if (!stamp.find()) {
                return false;
            }
        }
        String rest = sentence.substring(stamp.end());
        if (kind.equals("date")) {
            return java.util.Collections.disjoint(Slots.of(rest).dates(), Slots.of(value).dates()) && !rest.contains(value);
        }
        return !rest.contains(value);
    }

    /** The sentence without its leading entry stamp ("(Update 9:08 p.m. Cairo) ..."). */
    static String withoutLeadingStamp(String sentence) {
        Matcher stamp = LEADING_STAMP.matcher(sentence);
        return stamp.find() ? sentence.substring(stamp.end()) : sentence;
    }

    /**
     * The clock time of the sentence's leading entry stamp, lower case without spaces ("9:08p.m.cairo,
     * 2:08p.m.et"), or null when it has none: two entries of live pages stamped at two times are two
     * moments of the story, a later figure an update of an earlier one.
     */
    static String entryStamp(String sentence) {
        Matcher stamp = LEADING_STAMP.matcher(sentence);
        return stamp.find() ? stamp.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "") : null;
    }

    /** Whether the day or date stands in the sentence only inside fused headings ({@link #HEADING_DATE}). */
    private static boolean inHeadingOnly(String kind, String value, String sentence) {
        Matcher heading = HEADING_DATE.matcher(sentence);
        StringBuilder rest = new StringBuilder();
        StringBuilder headings = new StringBuilder();
        int from = 0;
        while (heading.find()) {
            String before = sentence.substring(0, heading.start()).stripTrailing();
            String previous = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if (DATING_WORDS.contains(previous) || previous.endsWith("ed")) {
                continue;
            }
            rest.append(sentence, from, heading.start()).append(' ');
            headings.append(heading.group()).append(' ');
            from = heading.end();
        }
        if (headings.isEmpty()) {
            return false;
        }
        rest.append(sentence.substring(from));
        if (kind.equals("date")) {
            Set<String> keys = Slots.of(value).dates();
            return !keys.isEmpty() && Slots.of(headings.toString()).dates().containsAll(keys)
                    && java.util.Collections.disjoint(Slots.of(rest.toString()).dates(), keys);
        }
        return headings.toString().contains(value) && !rest.toString().contains(value);
    }
}
