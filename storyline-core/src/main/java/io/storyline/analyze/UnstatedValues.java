package io.storyline.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values a sentence gives without stating them of its event, so that another report's other value does not
 * dispute them:
 * <ul>
 *   <li>the day it was said on: a weekday just after a verb of saying ("said Monday", "said in his Tuesday
 *       night address"), with only prepositions, articles and possessives between; "the attack happened
 *       Tuesday, he said" still states the attack's day;</li>
 *   <li>a value in a condition: inside a clause opened by "if" or "unless", up to its comma ("if you postpone
 *       the debate on Friday, ..."): supposed, not stated.</li>
 * </ul>
 * Read without a parser, on the words as written; a value the sentence does not spell out as written (a date
 * given in figures) is never set aside.
 */
final class UnstatedValues {

    /** Words that may stand between a verb of saying and the day it was said on. */
    private static final Set<String> FRAME = Set.of("on", "in", "at", "late", "early", "his", "her", "its", "their",
            "a", "an", "the", "last", "this");
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** How many words a day of saying may stand after its verb. */
    private static final int REACH = 3;

    private UnstatedValues() {
    }

    /**
     * Whether the two values are not one thing told two ways: one is supposed (in a condition), or one is the day
     * something was said and the other is not. Two days of saying that differ ("said Tuesday" / "said Wednesday")
     * still disagree on when it was said.
     */
    static boolean either(String a, String b, SlotDifference difference) {
        String kind = difference.kind();
        if (supposed(a, difference.value()) || supposed(b, difference.otherValue())) {
            return true;
        }
        return kind.equals("day") && unstated(a, kind, difference.value()) != unstated(b, kind, difference.otherValue());
    }

    /** Whether every occurrence of the value, as written in the text, stands in a condition. */
    static boolean supposed(String text, String value) {
        return unstated(text, "", value);
    }

    /** Whether every occurrence of the value, as written in the text, is unstated there (false when none is found). */
    static boolean unstated(String text, String kind, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        List<String> tokens = MainVerbs.tokens(text).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<String> valueWords = MainVerbs.tokens(value).stream().filter(t -> !MainVerbs.isClauseBreak(t))
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
        if (valueWords.isEmpty()) {
            return false;
        }
        boolean found = false;
        for (int i = 0; i + valueWords.size() <= tokens.size(); i++) {
            if (!tokens.subList(i, i + valueWords.size()).equals(valueWords)) {
                continue;
            }
            found = true;
            if (!(kind.equals("day") && dayOfSaying(tokens, i) || inCondition(tokens, i))) {
                return false;
            }
        }
        return found;
    }

    private static boolean dayOfSaying(List<String> tokens, int day) {
        for (int k = day - 1; k >= 0 && day - k <= REACH; k--) {
            String word = tokens.get(k);
            if (MainVerbs.isSaying(word)) {
                return true;
            }
            if (!FRAME.contains(word)) {
                return false;
            }
        }
        return false;
    }

    private static boolean inCondition(List<String> tokens, int at) {
        for (int k = at - 1; k >= 0; k--) {
            String word = tokens.get(k);
            if (MainVerbs.isClauseBreak(word)) {
                return false;
            }
            if (CONDITIONS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
