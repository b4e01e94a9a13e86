package io.storyline.ingest;

import io.storyline.analyze.time.CalendarWords;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates from metadata values, folder names and file names. */
final class DateParsing {

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** A date inside a file name: 2011-03-31, 2011_03_31, 2011.03.31 or 20110331, not inside a longer number. */
    private static final Pattern NAME_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})([-_.]?)(\\d{2})\\2(\\d{2})(?!\\d)");

    /** A date in a page address: /2019/11/19/, /2019/nov/19/, /2019-11-19, -2019-11-19, /20191119/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/-](\\d{1,2}|[a-z]{3})[/-](\\d{1,2})(?=[/_.-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=/)");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    /** Month stems as URLs write them ("/2024/mar/05/"). */
    private static final java.util.List<String> MONTHS = CalendarWords.MONTH_STEMS.stream()
            .map(m -> m.toLowerCase(java.util.Locale.ROOT)).toList();

    private DateParsing() {
    }

    /**
     * A publication time from a metadata value, keeping the time of day and offset when the value has them;
     * null when the value is not a date.
     */
    static PublicationTime parseTime(String value, PublicationTime.Source source) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > 10 && (v.charAt(10) == ' ')) {
            v = v.substring(0, 10) + 'T' + v.substring(11).strip();
        }
        v = v.replaceFirst("(?i)\\s*(z|utc|gmt)$", "Z").replaceFirst("\\s+([+-]\\d{2}:?\\d{2})$", "$1");
        v = OFFSET_WITHOUT_COLON.matcher(v).replaceFirst("$1:$2");
        try {
            OffsetDateTime t = OffsetDateTime.parse(v);
            return new PublicationTime(t.toLocalDate(), t.toString(), source);
        } catch (DateTimeException ignored) {
            // try the next form
        }
        try {
            java.time.LocalDateTime t = java.time.LocalDateTime.parse(v);
            return new PublicationTime(t.toLocalDate(), t.toString(), source);
        } catch (DateTimeException ignored) {
            // try the next form
        }
        try {
            ZonedDateTime t = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return new PublicationTime(t.toLocalDate(), t.toOffsetDateTime().toString(), source);
        } catch (DateTimeException ignored) {
            // try the next form
        }
        Matcher m = ISO_DAY.matcher(v);
        LocalDate day = m.lookingAt() ? date(m.group(1), m.group(2), m.group(3)) : null;
        return day == null ? null : new PublicationTime(day, day.toString(), source);
    }

    /** The date in a page's address, as many news sites put it there; null when there is none. */
    static PublicationTime fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            LocalDate d;
            if (m.group(1) != null) {
                String month = m.group(2);
                int named = MONTHS.indexOf(month);
                d = named >= 0 ? date(m.group(1), String.valueOf(named + 1), m.group(3))
                        : month.chars().allMatch(Character::isDigit) ? date(m.group(1), month, m.group(3)) : null;
            } else {
                d = date(m.group(4), m.group(5), m.group(6));
            }
            if (d != null) {
                return new PublicationTime(d, d.toString(), PublicationTime.Source.URL);
            }
        }
        return null;
    }

    /** An ISO date or date-time ("2011-03-31", "2011-03-31T18:02:00Z", "2011-03-31T18:02"), else null. */
    static LocalDate parseIso(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException ignored) {
            // try the next form
        }
        Matcher m = ISO_DAY.matcher(v);
        return m.lookingAt() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** A folder named exactly YYYY-MM-DD, as in Timeline17's InputDocs. */
    static LocalDate fromFolderName(String name) {
        Matcher m = ISO_DAY.matcher(name);
        return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    static LocalDate fromFileName(String name) {
        Matcher m = NAME_DATE.matcher(name);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(3), m.group(4));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
