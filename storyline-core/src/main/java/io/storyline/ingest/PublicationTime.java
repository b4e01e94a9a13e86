package io.storyline.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a page says it was published, and which part of the page said so.
 *
 * @param date   the calendar date as written (in the page's own time zone)
 * @param iso    the time as ISO-8601: a date ({@code 2019-11-19}), a local date-time, or a date-time with offset
 * @param source the kind of markup it came from
 */
public record PublicationTime(LocalDate date, String iso, Source source) {

    /** Kinds of markup that carry a publication time, in the order they are trusted. */
    public enum Source {
        /** schema.org {@code datePublished} in a JSON-LD block. */
        JSON_LD,
        /** Open Graph {@code article:published_time}, microdata or a named {@code <meta>} tag. */
        META,
        /** A {@code <time datetime>} element. */
        TIME_ELEMENT,
        /** A date in the page's address ({@code /2019/11/19/}). */
        URL
    }

    public PublicationTime {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(source, "source");
    }
}
