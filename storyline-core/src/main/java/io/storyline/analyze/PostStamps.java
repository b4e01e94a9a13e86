package io.storyline.analyze;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The times a page stamps its posts with: a blog's updates and its readers' comments open with a stamp
 * closed by a bar ("January 28, 2011 06:33 pm at 6:33 pm | Two men charged ...", "January 30, 2011 at
 * 12:11 pm | Reply ..."). Two lines stamped at different times are two posts: not a disagreement about
 * when something happened, and one fact only when they say the same words after their stamps. The outlet comparison
 * reads such stamps as page furniture ({@code compare.PageStamps}); this is the summary's and the
 * timeline's reading of them in {@link Facts#relation}.
 */
final class PostStamps {

    /** What may follow a stamp's time before its closing bar: the same time written again ("at 6:33 pm"). */
    private static final Pattern CLOSES_STAMP = Pattern.compile(
            "(?:\\s*(?:at\\s+)?\\d{1,2}:\\d{2}\\s*[aApP]\\.?[mM]\\.?)*\\s*\\|");

    /** A time of day as stamps write it ("6:33 pm"). */
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\s*[aApP]\\.?[mM]\\.?");

    /** A live page's update mark opening a line: "(Update 10:37 p.m. Cairo, 3:37 p.m. ET)". */
    private static final Pattern UPDATE = Pattern.compile(
            "\\s*\\((?i:updated?)\\b[^()]{0,60}?\\b\\d{1,2}(?::\\d{2})?\\s*[aApP]\\.?\\s?[mM]\\b\\.?[^()]{0,60}\\)");

    private PostStamps() {
    }

    /** Whether every slot in which the two differ, but for negation, is a time each one's stamp gives. */
    static boolean onlyStampsDiffer(String a, String b, List<SlotDifference> differences) {
        boolean stamp = false;
        for (SlotDifference d : differences) {
            if (d.kind().equals("negation")) {
                continue;
            }
            if (!d.kind().equals("time") || !stamped(a, d.value()) || !stamped(b, d.otherValue())) {
                return false;
            }
            stamp = true;
        }
        return stamp;
    }

    /**
     * Whether the two lines say the same words after their stamps ("January 28, 2011 06:33 pm at 6:33 pm | Two
     * men charged ..." / "January 28, 2011 11:51 am at 11:51 am | ... 12:03 pm | Two men charged ..."): one item
     * posted twice, one fact. Each line is read from its last stamp's bar; a line without one is never the same.
     */
    static boolean sameBesideStamps(String a, String b) {
        String afterA = afterStamps(a);
        String afterB = afterStamps(b);
        return afterA != null && afterB != null && !afterA.isEmpty() && afterA.equalsIgnoreCase(afterB);
    }

    /**
     * Whether both lines open with a stamp ({@link #stampOf}) and the stamps differ: two posts or two updates of a
     * live page, written at two moments. Values that differ between them are the story moving on ("(Update 9:08
     * p.m. ...) More than 500 Americans have been evacuated" / "(Update 10:37 p.m. ...) about 1,600 Americans"),
     * or two readers talking, never two outlets disagreeing.
     */
    static boolean postedApart(String a, String b) {
        String stampA = stampOf(a);
        String stampB = stampOf(b);
        return stampA != null && stampB != null && !stampA.equalsIgnoreCase(stampB);
    }

    /**
     * The stamp a line opens with, its white space made single spaces: the text up to its last stamp bar
     * ("January 30, 2011 at 12:11 pm |"), or a live page's update mark ("(Update 10:37 p.m. Cairo, 3:37 p.m.
     * ET)"); null when it opens with neither.
     */
    static String stampOf(String text) {
        java.util.regex.Matcher update = UPDATE.matcher(text);
        if (update.lookingAt()) {
            return update.group().replaceAll("\\s+", " ");
        }
        int end = stampEnd(text);
        return end < 0 ? null : text.substring(0, end).strip().replaceAll("\\s+", " ");
    }

    /** The text after the line's last stamp bar, its white space made single spaces; null when it has no stamp. */
    private static String afterStamps(String text) {
        int end = stampEnd(text);
        return end < 0 ? null : text.substring(end).strip().replaceAll("\\s+", " ");
    }

    /** Where the line's last stamp bar ends, or -1. */
    private static int stampEnd(String text) {
        int end = -1;
        java.util.regex.Matcher time = TIME.matcher(text);
        while (time.find()) {
            java.util.regex.Matcher closes = CLOSES_STAMP.matcher(text).region(time.end(), text.length());
            if (closes.lookingAt()) {
                end = Math.max(end, closes.end());
            }
        }
        return end;
    }

    /** Whether the time, as written in the text, is closed by a stamp's bar somewhere in it. */
    static boolean stamped(String text, String time) {
        if (time == null || time.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(time); at >= 0; at = text.indexOf(time, at + 1)) {
            if (CLOSES_STAMP.matcher(text).region(at + time.length(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
