package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.CalendarWords;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.analyze.time.TimeReference;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A next morning's print story put on the web the night before. A paper's site stamps the page with the
 * time it went up ("Thursday 21 July 2005 23.58 BST"), and the story in the last hour before midnight is
 * often the one printed for the next morning: its "last night" and "yesterday" are the evening and the
 * day of its stamp, not the day before. Read so only when the article reads back ("yesterday", "last
 * night") and never says "today", "tonight" or "this morning" outside quotation marks: a story written
 * for the web that evening says "today" of its stamp's day (on Timeline17, late pages with "today" are
 * the web's: "BP's woes increased today", 22.31 BST).
 */
final class PrintEdition {

    /** The first hour of the evening's last hour: a page stamped from then on may be the next morning's. */
    static final int LATE_HOUR = 23;
    /** How many of an article's first sentences may hold its page stamp (after a headline and standfirst). */
    private static final int STAMP_SENTENCES = 3;

    private static final Pattern STAMP = Pattern.compile("\\b(?:" + CalendarWords.alternation(CalendarWords.WEEKDAYS)
            + ")\\s+(\\d{1,2})\\s+(" + CalendarWords.alternation(CalendarWords.MONTHS) + ")\\s+(\\d{4}),?\\s+"
            + "(\\d{1,2})[.:](\\d\\d)\\s?(am|pm)?(?:\\s(?:GMT|BST|UTC|CET|[ECMP][SD]T|ET))?\\b");

    private PrintEdition() {
    }

    /**
     * For each article, its "now" when it is a next morning's print story stamped late on its publication
     * day (the day after the stamp), else null.
     */
    static LocalDate[] mornings(StoryAnalysis story, TimeExpressions resolver) {
        LocalDate[] morning = new LocalDate[story.articles().size()];
        boolean[] late = new boolean[morning.length];
        boolean[] readsBack = new boolean[morning.length];
        boolean[] today = new boolean[morning.length];
        for (AnalyzedSentence s : story.sentences()) {
            LocalDate pub = story.articles().get(s.article()).published();
            if (pub == null) {
                continue;
            }
            if (s.position() < STAMP_SENTENCES && !late[s.article()]) {
                late[s.article()] = stampedLate(s.text(), pub);
            }
            if (!late[s.article()]) {
                continue;
            }
            for (TimeReference r : resolver.resolve(s.text(), pub)) {
                if (r.quoted()) {
                    continue;
                }
                String word = r.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                readsBack[s.article()] |= word.equals("yesterday") || word.equals("last night");
                today[s.article()] |= word.equals("today") || word.equals("tonight")
                        || word.matches("this (?:morning|afternoon|evening)");
            }
        }
        for (int a = 0; a < morning.length; a++) {
            if (late[a] && readsBack[a] && !today[a]) {
                morning[a] = story.articles().get(a).published().plusDays(1);
            }
        }
        return morning;
    }

    /** Whether the text holds a page stamp of the day, at {@value #LATE_HOUR}:00 or later. */
    static boolean stampedLate(String text, LocalDate day) {
        Matcher m = STAMP.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(4));
            if ("pm".equals(m.group(6)) && hour < 12) {
                hour += 12;
            } else if ("am".equals(m.group(6)) && hour == 12) {
                hour = 0;
            }
            LocalDate stamped;
            try {
                stamped = LocalDate.of(Integer.parseInt(m.group(3)), CalendarWords.MONTHS.indexOf(m.group(2)) + 1,
                        Integer.parseInt(m.group(1)));
            } catch (java.time.DateTimeException impossible) {
                continue;
            }
            if (stamped.equals(day)) {
                return hour >= LATE_HOUR && hour < 24;
            }
        }
        return false;
    }
}
