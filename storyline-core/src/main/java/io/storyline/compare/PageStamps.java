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
        Matcher stamp = LEADING_STAMP.matcher(sentence);
        if (!stamp.find()) {
            stamp = PUBLISHED_STAMP.matcher(sentence);
            if (!stamp.find()) {
                return false;
            }
        }
        String rest = sentence.substring(stamp.end());
        if (kind.equals("date")) {
            return !Slots.of(rest).dates().contains(value) && !rest.contains(value);
        }
        return !rest.contains(value);
    }
}
