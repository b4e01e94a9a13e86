package io.storyline.evaluate;

import java.util.List;

/**
 * Trafilatura's evaluation metric for one page: each snippet the main text must hold ("with") is a true
 * positive when found and a false negative when missed; each boilerplate snippet it must not hold
 * ("without") is a false positive when found and a true negative when absent. Matching is by substring
 * after white space is collapsed to single spaces in both texts. A page with no text extracted finds
 * nothing: every "with" snippet is missed, every "without" one absent.
 */
final class SnippetMatch {

    private SnippetMatch() {
    }

    static PageScore of(List<String> with, List<String> without, String predicted) {
        String text = normalised(predicted == null ? "" : predicted);
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (String snippet : with) {
            if (!text.isEmpty() && text.contains(normalised(snippet))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String snippet : without) {
            if (!text.isEmpty() && text.contains(normalised(snippet))) {
                fp++;
            } else {
                tn++;
            }
        }
        return new PageScore(tp, fp, fn, tn);
    }

    static String normalised(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }
}
