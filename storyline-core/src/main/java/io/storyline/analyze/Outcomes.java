package io.storyline.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * What befell the people a count counts: killed, hurt, missing, arrested, rescued or evacuated. Two
 * counts of one kind of thing that befell them differently ("killing 12 people" / "wounding 30
 * people") are two facts of one attack, not a dispute about one figure, as an editor reads them.
 * An outcome belongs to the nearest outcome word within a few words of the value ("killing 12 people",
 * "12 people were killed", "12 dead").
 */
public final class Outcomes {

    /** How many words before a value its outcome word may stand ("killing 12"). */
    private static final int BEFORE = 2;
    /** How many words after a value's first word its outcome word may stand ("12 people were later killed"). */
    private static final int AFTER = 5;
    private static final Map<String, String> OUTCOMES = WordClasses.of(
            "killed: killed killing kill kills dead died die dies dying deaths death fatalities perished",
            "hurt: wounded wounding injured injuring injuries injury hurt hospitalized hospitalised",
            "missing: missing unaccounted",
            "arrested: arrested arresting detained detaining arrests",
            "rescued: rescued rescuing saved",
            "evacuated: evacuated evacuating displaced homeless");

    private Outcomes() {
    }

    /**
     * The differences left once counts of two different outcomes are set aside: a number difference whose
     * two values each have an outcome, and not the same one, is no disagreement.
     */
    static List<SlotDifference> withoutOtherOutcomes(String a, String b, List<SlotDifference> differences) {
        List<SlotDifference> left = new ArrayList<>();
        for (SlotDifference d : differences) {
            if (!differ(a, b, d)) {
                left.add(d);
            }
        }
        return left;
    }

    /** Whether the difference is a count of one outcome in {@code a} against a count of another in {@code b}. */
    public static boolean differ(String a, String b, SlotDifference difference) {
        if (!difference.kind().equals("number")) {
            return false;
        }
        String mine = of(a, difference.value());
        String theirs = of(b, difference.otherValue());
        return mine != null && theirs != null && !mine.equals(theirs);
    }

    /** The outcome of the count written {@code value} in {@code sentence}, or null when none stands near it. */
    static String of(String sentence, String value) {
        int at = sentence.indexOf(value);
        if (at < 0) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = OtherSubjects.WORD.matcher(sentence);
        int first = -1;
        while (m.find()) {
            if (first < 0 && m.end() > at) {
                first = spans.size();
            }
            spans.add(new int[] {m.start(), m.end()});
        }
        if (first < 0) {
            return null;
        }
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (int i = Math.max(0, first - BEFORE); i <= Math.min(spans.size() - 1, first + AFTER); i++) {
            String outcome = OUTCOMES.get(sentence.substring(spans.get(i)[0], spans.get(i)[1]).toLowerCase(Locale.ROOT));
            if (outcome != null && Math.abs(i - first) < distance) {
                best = outcome;
                distance = Math.abs(i - first);
            }
        }
        return best;
    }
}
