package io.storyline.analyze;

import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;

/**
 * {@link Matcher#find(int)} for an expression every match of which holds a candidate that is cheap to
 * find (a figure, the "day" of a weekday) and starts at most a known way before it. {@code find} tries
 * every character up to the end of the text; here only the starts just before each candidate are
 * tried, which in a long text with few candidates (a whole article, when near copies are compared)
 * is a small part of them. The answer is {@code find}'s: starts are tried in order, each as
 * {@code find} tries it (bounds transparent, so {@code \b} and look-behind see the text before it).
 */
final class NearCandidates {

    private NearCandidates() {
    }

    /**
     * Whether the expression matches at or after {@code from}, the match (if any) left in {@code matcher}
     * as {@code find(from)} leaves it.
     *
     * @param next          the first candidate at or after an index, or -1 when there is none; it may
     *                      name more positions than are candidates, never fewer
     * @param earliestStart how early a match holding the candidate at an index can start; never later for
     *                      a later candidate
     */
    static boolean find(Matcher matcher, CharSequence text, int from, IntUnaryOperator next,
                        IntUnaryOperator earliestStart) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int untried = from;
        for (int candidate = next.applyAsInt(from); candidate >= 0; candidate = next.applyAsInt(candidate + 1)) {
            for (int start = Math.max(untried, earliestStart.applyAsInt(candidate)); start <= candidate; start++) {
                if (matcher.region(start, text.length()).lookingAt()) {
                    return true;
                }
            }
            untried = Math.max(untried, candidate + 1);
        }
        return false;
    }
}
