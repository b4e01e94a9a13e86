package io.storyline.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line that only stamps the story with its date ("Dienstag, 4. Juni 2019, 15:54", "Updated 12.12.2022,
 * 08:30 Uhr", "March 3, 2021 at 9:14 am"): page furniture beside the headline or under the story, no part
 * of its text. The date itself is metadata, read from the page's markup. A line is a stamp when every word
 * in it is a number, a day or month name, or a word that goes with a time ("Uhr", "GMT", "updated", "am"),
 * save at most one other word at its start (the section the page files the story under, or a place), and
 * it holds a date: a day and month named, or a day written in numbers ("12.12.2022", "2019-06-04").
 */
final class DateStamp {

    /** Longer than this, a line is a sentence, whatever it holds. */
    private static final int MAX_CHARS = 80;
    /** What the extractor puts between paragraphs. */
    private static final String PARAGRAPH_BREAK = "\n\n";
    private static final Pattern WORDS = Pattern.compile("[\\s,;|·•()\\[\\]–—]+");
    /** A day in numbers: day, month and year (in any order) with dots, slashes or hyphens. */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\d{1,4}([./-])\\d{1,2}\\1\\d{2,4}\\.?");
    /** A number, a time ("08:30", "9.14"), an ordinal ("4.", "3rd", "1er"). */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}([.:h]\\d{1,2}){0,2}(\\.|st|nd|rd|th|er|º|ª)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * Months and weekdays in the languages of Western European news (English, German, French, Spanish,
     * Italian, Portuguese, Dutch), lower case, with their common abbreviations.
     */
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "okt", "dez",
            "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "janv", "févr", "avr", "juil", "déc", "enero", "febrero", "marzo", "abril", "mayo", "junio",
            "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "dic",
            "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
            "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
            "dezembro", "januari", "februari", "maart", "mei", "augustus");
    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonntag", "sonnabend", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì",
            "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "segunda", "terça", "quarta", "quinta", "sexta",
            "feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");
    /** Words a stamp holds beside the date: when it was published or changed, "at", "Uhr", a time zone. */
    private static final Set<String> STAMP_WORDS = Set.of(
            "updated", "update", "published", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m",
            "uhr", "um", "den", "der", "vom", "stand", "aktualisiert", "veröffentlicht", "erstellt", "zuletzt",
            "publié", "mis", "à", "jour", "le", "du", "h", "actualizado", "publicado", "el", "de", "del", "a", "las",
            "pubblicato", "aggiornato", "il", "alle", "ore", "em", "às", "op", "om", "gepubliceerd", "bijgewerkt",
            "gmt", "utc", "cet", "cest", "mez", "mesz", "bst", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst",
            "pdt", "ist", "aest", "hrs");

    private DateStamp() {
    }

    /** Whether the line is only a date stamp. */
    static boolean isStamp(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_CHARS) {
            return false;
        }
        List<String> words = List.of(WORDS.split(text.toLowerCase(Locale.ROOT)));
        boolean month = false;
        boolean numericDate = false;
        boolean number = false;
        int others = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = trimmed(words.get(i));
            if (word.chars().noneMatch(Character::isLetterOrDigit)) {
                continue; // a dash or a bar between the parts
            }
            if (NUMERIC_DATE.matcher(word).matches()) {
                numericDate = true;
            } else if (NUMBER.matcher(word).matches()) {
                number = true;
            } else if (MONTHS.contains(word)) {
                month = true;
            } else if (!WEEKDAYS.contains(word) && !STAMP_WORDS.contains(word)) {
                if (i > 0 || ++others > 1) {
                    return false;
                }
            }
        }
        return numericDate || (month && number);
    }

    /**
     * The text without the stamp paragraphs it opens or ends with (paragraphs are separated by a blank
     * line). A stamp inside the story (a live report's "12:30 GMT") is left alone, and so is a text that is
     * nothing but a stamp.
     */
    static String withoutStampLines(String text) {
        List<String> paragraphs = List.of(text.split(PARAGRAPH_BREAK, -1));
        int from = 0;
        int to = paragraphs.size();
        while (from < to - 1 && isStamp(paragraphs.get(from))) {
            from++;
        }
        while (to - 1 > from && isStamp(paragraphs.get(to - 1))) {
            to--;
        }
        return from == 0 && to == paragraphs.size() ? text : String.join(PARAGRAPH_BREAK, paragraphs.subList(from, to));
    }

    /** The word without the dot or colon an abbreviation or a label ends with. */
    private static String trimmed(String word) {
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == ':') && !endsInDigitDot(word, end)) {
            end--;
        }
        return word.substring(0, end);
    }

    private static boolean endsInDigitDot(String word, int end) {
        return end >= 2 && word.charAt(end - 1) == '.' && Character.isDigit(word.charAt(end - 2));
    }
}
