package io.storyline.analyze;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The times a page stamps its posts with: a blog's updates and its readers' comments open with a stamp
 * closed by a bar ("January 28, 2011 06:33 pm at 6:33 pm | Two men charged ...", "January 30, 2011 at
 * 12:11 pm | Reply ..."). Two lines stamped at different times are two posts: not one report of a fact
 * to cite for the other, and not a disagreement about when something happened. The outlet comparison
 * reads such stamps as page furniture ({@code compare.PageStamps}); this is the summary's and the
 * timeline's reading of them in {@link Facts#relation}.
 */
final class PostStamps {

    /** What may follow a stamp's time before its closing bar: the same time written again ("at 6:33 pm"). */
    private static final Pattern CLOSES_STAMP = Pattern.compile(
            "(?:\\s*(?:at\\s+)?\\d{1,2}:\\d{2}\\s*[aApP]\\.?[mM]\\.?)*\\s*\\|");

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
