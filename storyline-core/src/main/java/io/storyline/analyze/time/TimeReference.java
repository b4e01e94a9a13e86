package io.storyline.analyze.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression found in a sentence and resolved to the calendar.
 *
 * @param text        the expression as written ("on Thursday", "March 19")
 * @param start       offset of its first character in the sentence
 * @param end         offset just past its last character
 * @param granularity whether it names a day, a month or a year
 * @param date        the day named, or the first day of the month or year named
 * @param quoted      whether it stands inside quotation marks (someone else's words, whose "now"
 *                    may not be the article's)
 */
public record TimeReference(String text, int start, int end, Granularity granularity, LocalDate date,
                            boolean quoted) {

    public TimeReference {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(date, "date");
    }

    public boolean isDay() {
        return granularity == Granularity.DAY;
    }

    /** {@code 2011-03-31}, {@code 2011-03} or {@code 2011}, as the granularity allows. */
    public String value() {
        return switch (granularity) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    @Override
    public String toString() {
        return (quoted ? "q:" : "") + value() + " \u201C" + text + "\u201D";
    }
}
