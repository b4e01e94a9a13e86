package io.storyline.ingest;

import io.storyline.analyze.SentenceSplitter;
import io.storyline.analyze.time.CalendarWords;

import java.util.regex.Pattern;

/**
 * A photo caption left in a scrape's text as a paragraph of its own ("Libyan rebels prepare heavy
 * machine guns ... outside Brega, Libya on Thursday, March 31."). Wire captions end on where and when
 * the picture was taken, the weekday and the date together, a form running text rarely uses: a place
 * and its country or region right before the day ("Brega, Libya on Thursday, March 31.", "Aleppo,
 * Syria, Sunday, March 18, 2012."), or a day, date and year after a comma ("... in Washington, Tuesday,
 * July 20, 2010."). A paragraph of one such sentence is a caption unless it quotes someone, narrates
 * or announces ("was", "will", "said" ...): "Rebels retook Brega on Thursday, March 31." and "Polls
 * close at 8 p.m. on Tuesday, Nov. 3." are news. Counts in docs/BENCHMARKS.md.
 */
final class PhotoCaption {

    /** "Thursday, March 31", "Tuesday, Nov. 3", "Sunday Sept. 9". */
    private static final String DAY = "(?:" + CalendarWords.alternation(CalendarWords.WEEKDAYS) + "),? (?:"
            + CalendarWords.alternation(CalendarWords.MONTHS) + "|"
            + CalendarWords.alternation(CalendarWords.withDots(CalendarWords.DOTTED_MONTH_ABBREVIATIONS))
            + ") \\d{1,2}";
    private static final String PLACE = "\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,3}";
    /** "Brega, Libya on Thursday, March 31." / "Aleppo, Syria, Sunday, March 18, 2012." */
    private static final Pattern PLACE_THEN_DAY = Pattern.compile(
            ".*\\b" + PLACE + ", " + PLACE + "(?:,| on) " + DAY + "(?:, \\d{4})?\\.");
    /** "..., Tuesday, July 20, 2010." */
    private static final Pattern DAY_WITH_YEAR = Pattern.compile(".*, " + DAY + ", \\d{4}\\.");
    private static final Pattern NARRATION = Pattern.compile(
            "(?i)\\b(?:will|would|was|were|had|could|should|said|says|told|is expected|are expected)\\b");
    private static final Pattern QUOTE = Pattern.compile("[\"\u201C\u201D]");
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** The label of a picture's credit ("Foto:", "Crédits photos :", "Titelbild:", "Quelle: Foto"). */
    private static final String CREDIT_LABEL = "(?:(?:titelbild|fotos?|photos?|bild(?:er)?|crédits? photos?|photo credit"
            + "|credits?|image|bildquelle|fotoquelle)\\s*:|quelle\\s*:\\s*fotos?)";
    /** A line that is only a credit: "Foto: Knauf", "(Quelle: Foto Steven Vangermain)". */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)\\(?" + CREDIT_LABEL + "\\s*[^.!?]{1,80}\\)?");
    /** A short caption that ends on its picture's credit: "... in Bremen ausbilden. © CAE", "... escolar. Foto: Andina". */
    private static final Pattern CREDITED = Pattern.compile(
            "(?is).{0,250}?[.!?|]\\s*(?:©|\\(?" + CREDIT_LABEL + ")\\s*[^.!?:]{1,60}\\)?");
    /** Longest block {@link #credited} looks at. */
    private static final int MAX_CREDITED_CHARS = 300;

    private PhotoCaption() {
    }

    /**
     * Whether a block of a web page is a picture's credit, or a caption that ends on one: pages set captions
     * outside {@code <figcaption>} as plain blocks, and only the credit tells them from the story.
     */
    static boolean credited(String block) {
        String text = block.strip();
        return text.length() <= MAX_CREDITED_CHARS && (CREDIT_LINE.matcher(text).matches() || CREDITED.matcher(text).matches());
    }

    /**
     * Whether the paragraph ends as both caption patterns must, on a digit and a full stop ("March 31.",
     * "2012."): asked first, since the patterns, open at their start, cost a pass per character of a paragraph.
     */
    private static boolean endsOnDateDigit(String paragraph) {
        int n = paragraph.length();
        return n >= 2 && paragraph.charAt(n - 1) == '.' && paragraph.charAt(n - 2) >= '0' && paragraph.charAt(n - 2) <= '9';
    }

    /** Whether a paragraph is one caption sentence. */
    static boolean is(String paragraph) {
        return endsOnDateDigit(paragraph) && (PLACE_THEN_DAY.matcher(paragraph).matches() || DAY_WITH_YEAR.matcher(paragraph).matches())
                && !QUOTE.matcher(paragraph).find() && !NARRATION.matcher(paragraph).find()
                && SPLITTER.split(paragraph).size() == 1;
    }
}
