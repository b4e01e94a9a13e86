package io.storyline.analyze.time;

import java.util.ArrayList;
import java.util.List;

/**
 * The words news copy names days and months with, for every rule that reads or skips them: time
 * expressions, sentence splitting, names, datelines, photo captions. Only the English forms of
 * news style, capitalised as written. Where news style itself has several forms the lists keep
 * them apart, and each caller says which it takes:
 * <ul>
 *   <li>{@link #MONTH_ABBREVIATIONS}: every abbreviation a month is written with ("Mar", "Sep" and
 *       "Sept"); "May" has none;</li>
 *   <li>{@link #AP_MONTH_ABBREVIATIONS}: the seven AP style writes before a day, with a dot
 *       ("Jan. 5", "Sept. 11"; March to July are spelled out);</li>
 *   <li>{@link #DOTTED_MONTH_ABBREVIATIONS}: AP's seven and "Sep.", which other styles write.</li>
 * </ul>
 */
public final class CalendarWords {

    /** Monday to Sunday. */
    public static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    /** January to December. */
    public static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    /** The three letters each month's name and every abbreviation of it begin with: "Jan" to "Dec". */
    public static final List<String> MONTH_STEMS = MONTHS.stream().map(m -> m.substring(0, 3)).toList();
    /** Every abbreviation of a month, without its dot: the stems but "May", and "Sept" beside "Sep". */
    public static final List<String> MONTH_ABBREVIATIONS = List.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");
    /** The months AP style abbreviates before a day (with a dot): "Jan.", "Feb.", "Aug.", "Sept.", "Oct." ... */
    public static final List<String> AP_MONTH_ABBREVIATIONS = List.of("Jan", "Feb", "Aug", "Sept", "Oct", "Nov",
            "Dec");
    /** AP's abbreviations and "Sep", which other styles write before a day: the months seen as "Xxx." in news. */
    public static final List<String> DOTTED_MONTH_ABBREVIATIONS = List.of("Jan", "Feb", "Aug", "Sept", "Sep", "Oct",
            "Nov", "Dec");

    private CalendarWords() {
    }

    /**
     * A month-and-day key as the comparison keeps it ("mar 19": a month's three-letter stem in lower case
     * and the day) written for a reader: "March 19". Keys stay the values matched and compared (however
     * the source wrote the date); this is what a note or a conflict shows. A string that is no such key is
     * returned as it is.
     */
    public static String monthDay(String key) {
        int space = key.indexOf(' ');
        if (space == 3) {
            String stem = key.substring(0, 3);
            for (String month : MONTHS) {
                if (month.regionMatches(true, 0, stem, 0, 3)) {
                    return month + key.substring(space);
                }
            }
        }
        return key;
    }

    /** The weekdays, then the months, by their full names. */
    public static List<String> dayAndMonthNames() {
        List<String> names = new ArrayList<>(WEEKDAYS);
        names.addAll(MONTHS);
        return List.copyOf(names);
    }

    /** Each abbreviation followed by its dot: "Jan.", "Feb." ... */
    public static List<String> withDots(List<String> abbreviations) {
        return abbreviations.stream().map(a -> a + ".").toList();
    }

    /**
     * The words as the alternatives of a regular expression, in their order ("Monday|Tuesday|..."),
     * a dot matching only a dot; the caller puts them in a group.
     */
    public static String alternation(List<String> words) {
        return String.join("|", words.stream().map(w -> w.replace(".", "\\.")).toList());
    }

    /**
     * The number (1 to 12) of the month a name or abbreviation stands for, read from its first three
     * letters in any case: "Sept." and "SEPTEMBER" are 9.
     *
     * @throws IllegalArgumentException when the word names no month
     */
    public static int month(String nameOrAbbreviation) {
        String stem = nameOrAbbreviation.length() < 3 ? nameOrAbbreviation : nameOrAbbreviation.substring(0, 3);
        for (int m = 0; m < MONTH_STEMS.size(); m++) {
            if (MONTH_STEMS.get(m).equalsIgnoreCase(stem)) {
                return m + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + nameOrAbbreviation);
    }
}
