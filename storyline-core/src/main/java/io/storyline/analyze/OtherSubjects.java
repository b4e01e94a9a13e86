package io.storyline.analyze;

import io.storyline.analyze.time.CalendarWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two statements that differ in a slot are about different things: where their words otherwise
 * line up, one names a thing the other replaces ("fissures 9 metres from the edge at the caravan park"
 * against "... 12 metres ... at Mill Cove"; "killed 30 people in Padang" against "killed 50 in
 * Bukittinggi"). Two values of two things are no disagreement, as an editor reads them.
 * <p>
 * The words are aligned by their longest common subsequence; each run where both sides have words the
 * other lacks is a replacement. A replacement counts when one side holds a name (a capitalised word that
 * does not open the sentence and is no weekday or month), is short (at most four words a side) and stands
 * near a differing value, and neither side holds a differing slot's value
 * (that is the disagreement itself: "Prime Minister John Key" against "... Helen Clark") or a word of
 * attribution ("Reuters reported" against "police said" name the teller, not the thing). A run before the
 * first shared word is a dateline or a lead-in, never counted.
 */
final class OtherSubjects {

    /** How many words from a differing value a replacement may stand and still name what it measures. */
    private static final int NEAR = 6;
    /**
     * The most words a replacement may have on either side: a name put for a name ("the caravan park" /
     * "Mill Cove"), not two stretches of a run-on list that happen not to line up.
     */
    private static final int SHORT = 4;
    /** A word with its apostrophe ending ("Assad's"): the word Outcomes reads too. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Set<String> ATTRIBUTION = Set.of("said", "says", "say", "saying", "told", "tells", "tell",
            "reported", "reports", "reporting", "according", "announced", "announces", "added", "adds", "stated",
            "confirmed", "quoted", "quoting", "cited", "citing");
    /** Capitalised words that name no thing: weekdays, months and their abbreviations, and "I". */
    private static final Set<String> CALENDAR = notNames();

    private OtherSubjects() {
    }

    /** Whether {@code a} and {@code b}, which differ in {@code differences}, replace a named thing by another. */
    static boolean differ(String a, String b, List<SlotDifference> differences) {
        List<String> x = words(a);
        List<String> y = words(b);
        Set<String> values = new java.util.HashSet<>();
        for (SlotDifference d : differences) {
            values.addAll(lower(words(d.value())));
            values.addAll(lower(words(d.otherValue())));
        }
        List<String> lx = lower(x);
        List<String> ly = lower(y);
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = lx.get(i).equals(ly.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        boolean matched = false;
        List<Integer> runX = new ArrayList<>();
        List<Integer> runY = new ArrayList<>();
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && lx.get(i).equals(ly.get(j))) {
                if (matched && replacesAName(runX, x, lx, runY, y, ly, values)) {
                    return true;
                }
                runX.clear();
                runY.clear();
                matched = true;
                i++;
                j++;
            } else if (j >= y.size() || (i < x.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                runX.add(i++);
            } else {
                runY.add(j++);
            }
        }
        return matched && replacesAName(runX, x, lx, runY, y, ly, values);
    }

    private static boolean replacesAName(List<Integer> runX, List<String> x, List<String> lx, List<Integer> runY,
                                         List<String> y, List<String> ly, Set<String> values) {
        if (runX.isEmpty() || runY.isEmpty() || runX.size() > SHORT || runY.size() > SHORT
                || (!nearAValue(runX, lx, values) && !nearAValue(runY, ly, values))) {
            return false;
        }
        for (List<Integer> run : List.of(runX, runY)) {
            List<String> lower = run == runX ? lx : ly;
            for (int k : run) {
                if (values.contains(lower.get(k)) || ATTRIBUTION.contains(lower.get(k))) {
                    return false;
                }
            }
        }
        return hasName(runX, x, lx, ly) || hasName(runY, y, ly, lx);
    }

    /**
     * Whether the run stands within {@value #NEAR} words of a differing value: the thing measured is named
     * beside its measure, while a long list's other lines ("Peru ...", "Israel, Costa Rica: 2 confirmed
     * cases each") are other entries, not what the differing figure counts.
     */
    private static boolean nearAValue(List<Integer> run, List<String> lower, Set<String> values) {
        for (int k = 0; k < lower.size(); k++) {
            if (values.contains(lower.get(k))) {
                for (int r : run) {
                    if (Math.abs(r - k) <= NEAR) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the run holds a name the other sentence does not write: a name both give, possessive or not, is one
     * thing put in another place in the sentence ("Fresh Table's contract" / "The caterer, Fresh Table, holds a
     * contract"), not another thing.
     */
    private static boolean hasName(List<Integer> run, List<String> words, List<String> lower, List<String> otherLower) {
        Set<String> other = new java.util.HashSet<>();
        otherLower.forEach(w -> other.add(withoutPossessive(w)));
        for (int k : run) {
            String w = words.get(k);
            if (k > 0 && Character.isUpperCase(w.codePointAt(0)) && !CALENDAR.contains(lower.get(k))
                    && !other.contains(withoutPossessive(lower.get(k)))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutPossessive(String lowerCaseWord) {
        return lowerCaseWord.endsWith("'s") || lowerCaseWord.endsWith("’s")
                ? lowerCaseWord.substring(0, lowerCaseWord.length() - 2) : lowerCaseWord;
    }

    private static Set<String> notNames() {
        Set<String> words = new java.util.HashSet<>(Set.of("i"));
        for (List<String> list : List.of(CalendarWords.dayAndMonthNames(), CalendarWords.MONTH_ABBREVIATIONS)) {
            list.forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(words);
    }

    private static List<String> words(String text) {
        return TextScan.all(WORD, text);
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
