package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.CalendarWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock of a live blog: its updates open on a stamp ("(Update 3:09 a.m. Wednesday in Cairo, 8:09
 * p.m. ET Tuesday)"), and the file's date is the day the page was started, so the updates are on or
 * after it. A weekday in a stamp is the first such day on or after the file's date (read back from
 * it, "Wednesday" in a page filed on a Monday would be five days early), and where a stamp gives the
 * time in two places the earlier day is the event's (a speech at 11 p.m. in Cairo is reported at 12:05
 * a.m. Wednesday there and 5:05 p.m. Tuesday in New York). The stamp's day is the "now" of its update
 * and of the updates under it until another stamp names a day.
 */
final class UpdateStamps {

    private static final Pattern STAMP = Pattern.compile(
            "(?:-LRB-|\\()\\s*Update(?:d)?\\b[^()]{0,100}?(?:-RRB-|\\))");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(" + CalendarWords.alternation(CalendarWords.WEEKDAYS) + ")\\b");

    private UpdateStamps() {
    }

    /** Where the update stamp opening the sentence ends, or -1 when it opens on none. */
    static int stampEnd(String sentence) {
        Matcher m = STAMP.matcher(sentence);
        int start = 0;
        while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) {
            start++;
        }
        m.region(start, sentence.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** Whether the offset falls inside an update stamp anywhere in the sentence (two updates may be run together). */
    static boolean inStamp(String sentence, int offset) {
        Matcher m = STAMP.matcher(sentence);
        while (m.find()) {
            if (offset >= m.start() && offset < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day a stamp names, read forward from the file's date: the earliest of its weekdays; null when
     * it names no weekday.
     */
    static LocalDate stampDay(String stamp, LocalDate filed) {
        LocalDate earliest = null;
        Matcher m = WEEKDAY.matcher(stamp);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate on = filed.plusDays((day.getValue() - filed.getDayOfWeek().getValue() + 7) % 7);
            earliest = earliest == null || on.isBefore(earliest) ? on : earliest;
        }
        return earliest;
    }

    /**
     * For each sentence, the day of the update stamp it stands under (its own or the last one above it
     * in its article that named a day), or null when none has.
     */
    static LocalDate[] clock(StoryAnalysis story) {
        LocalDate[] now = new LocalDate[story.sentences().size()];
        int article = -1;
        LocalDate current = null;
        for (AnalyzedSentence s : story.sentences()) {
            if (s.article() != article) {
                article = s.article();
                current = null;
            }
            LocalDate filed = story.articles().get(s.article()).published();
            int end = stampEnd(s.text());
            if (end > 0 && filed != null) {
                LocalDate day = stampDay(s.text().substring(0, end), filed);
                current = day != null ? day : current;
            }
            now[s.id()] = current;
        }
        return now;
    }
}
