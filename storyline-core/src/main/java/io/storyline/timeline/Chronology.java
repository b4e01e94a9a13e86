package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.CalendarWords;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years of a chronology's items. A list of what happened ("March 21: Eight servicemen died ...",
 * "January 7: A soldier died ...") gives each item a day and month but rarely a year, and runs on past
 * New Year without saying so. Read one by one against the article's day, an item of two Junes ago is
 * put in this June, after the article was written. Read as a list, the items are past events in
 * order: the newest is on or before the article's day, and going back through the list the year
 * falls by one each time the month goes up (the year rises where the month goes back). Lists written
 * newest first are read in the other direction.
 */
final class Chronology {

    /** Fewer items than this are not a list: a sentence that merely opens on a date. */
    static final int MIN_ITEMS = 3;

    private static final String MONTH_NAMES = CalendarWords.alternation(CalendarWords.MONTHS) + "|"
            + CalendarWords.alternation(CalendarWords.MONTH_ABBREVIATIONS);
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    /** An item's label: a day and month without a year opening the sentence, then a colon, a dash or the item. */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:(?<m1>" + MONTH_NAMES + ")\\.?\\s+(?<d1>" + DAY
            + ")|(?<d2>" + DAY + ")\\s+(?<m2>" + MONTH_NAMES + "))\\b(?!,?\\s*\\d)\\s*(?::|-|\u2013|\u2014)?\\s+[A-Z]");
    /** Words that make an item a plan rather than a past event: a schedule is no chronology of the past. */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|is due|are due|is scheduled|are scheduled"
            + "|is expected|are expected)\\b");

    private Chronology() {
    }

    private record Item(int sentence, MonthDay day) {
    }

    /** The day of each chronology item of the story, by sentence id, with the year the list gives it. */
    static Map<Integer, LocalDate> itemDays(StoryAnalysis story) {
        Map<Integer, LocalDate> days = new HashMap<>();
        Map<Integer, List<Item>> byArticle = new HashMap<>();
        for (AnalyzedSentence s : story.sentences()) {
            MonthDay label = label(s.text());
            if (label != null) {
                byArticle.computeIfAbsent(s.article(), a -> new ArrayList<>()).add(new Item(s.id(), label));
            }
        }
        byArticle.forEach((article, items) -> {
            LocalDate published = story.articles().get(article).published();
            if (published == null || items.size() < MIN_ITEMS
                    || items.stream().anyMatch(i -> FUTURE.matcher(story.sentences().get(i.sentence()).text()).find())) {
                return;
            }
            days.putAll(years(items, published));
        });
        return days;
    }

    /** The day and month of an item's label, or null when the sentence opens on none. */
    static MonthDay label(String sentence) {
        Matcher m = ITEM.matcher(sentence);
        if (!m.lookingAt()) {
            return null;
        }
        String month = m.group("m1") != null ? m.group("m1") : m.group("m2");
        String day = (m.group("d1") != null ? m.group("d1") : m.group("d2")).replaceAll("\\D", "");
        try {
            return MonthDay.of(CalendarWords.month(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The items' days: the newest on or before the day of publication, the years carried back from it. */
    private static Map<Integer, LocalDate> years(List<Item> items, LocalDate published) {
        List<Item> ordered = new ArrayList<>(items);
        // the months a reader passes going down the list, read forward in time and read backward: a list
        // in time order moves a little forward at each step and a long way only at its New Years
        int forward = 0;
        int backward = 0;
        for (int i = 1; i < items.size(); i++) {
            int from = items.get(i - 1).day().getMonthValue();
            int to = items.get(i).day().getMonthValue();
            forward += Math.floorMod(to - from, 12);
            backward += Math.floorMod(from - to, 12);
        }
        if (backward < forward) {
            java.util.Collections.reverse(ordered); // newest first
        }
        Map<Integer, LocalDate> days = new HashMap<>();
        MonthDay newest = ordered.get(ordered.size() - 1).day();
        int year = published.getYear();
        if (newest.atYear(year).isAfter(published)) {
            year--;
        }
        for (int i = ordered.size() - 1; i >= 0; i--) {
            MonthDay day = ordered.get(i).day();
            if (i < ordered.size() - 1 && day.getMonthValue() > ordered.get(i + 1).day().getMonthValue()) {
                year--;
            }
            if (day.isValidYear(year)) {
                days.put(ordered.get(i).sentence(), day.atYear(year));
            }
        }
        return days;
    }
}
