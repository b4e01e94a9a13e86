package io.storyline.ingest;

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

    private DateParsing() {
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
