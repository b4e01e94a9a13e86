package io.storyline.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a sentence asks, wants or plans to be done, as against what was done: "Cuban-American lawmakers asked
 * Burton to issue a subpoena" does not report that Burton issued one. The words of such an infinitive clause
 * ("to issue a subpoena requiring the boy to testify") are the request's, so a report whose only mention of
 * the act is a request does not back a sentence stating the act ({@link Backing}). Only the infinitive a verb
 * of asking, wanting or planning governs is taken out, never any "to V": "police used the law to arrest him"
 * reports the arrest.
 */
final class Requests {

    /** Verbs whose infinitive is a request or an intention, not an act (base and past forms). */
    private static final Set<String> ASKING = Set.of("ask", "asked", "asks", "asking", "urge", "urged", "urges",
            "request", "requested", "requests", "demand", "demanded", "demands", "want", "wanted", "wants", "seek",
            "sought", "seeks", "plan", "plans", "planned", "planning", "propose", "proposed", "proposes", "hope",
            "hoped", "hopes", "intend", "intends", "intended", "threaten", "threatened", "threatens", "vow", "vowed",
            "vows", "promise", "promised", "promises", "pressed", "pressing", "calling", "called", "call", "calls",
            "petitioned", "lobbied", "appealed");
    /** Words between the verb of asking and its "to" at most: the one asked ("House Committee Chairman Dan Burton, R-Ind.,"). */
    private static final int MOST_WORDS_BEFORE_TO = 14;

    private Requests() {
    }

    /** Whether the sentence itself asks or plans something ("Castro called on Britain to release Pinochet"). */
    static boolean asks(String sentence) {
        return requested(MainVerbs.tokens(sentence)) != null;
    }

    /** The sentence without the infinitive clauses its verbs of asking govern; the sentence itself when it has none. */
    static String withoutRequested(String sentence) {
        List<String> tokens = MainVerbs.tokens(sentence);
        boolean[] out = requested(tokens);
        if (out == null) {
            return sentence;
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (!out[i]) {
                kept.append(tokens.get(i)).append(' ');
            }
        }
        return kept.toString().strip();
    }

    /** Per token, whether it stands in a requested infinitive clause; null when there is none. */
    private static boolean[] requested(List<String> tokens) {
        boolean[] out = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!ASKING.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int to = -1;
            for (int k = i + 1; k < tokens.size() && k - i <= MOST_WORDS_BEFORE_TO; k++) {
                String w = tokens.get(k).toLowerCase(Locale.ROOT);
                if (w.equals("to")) {
                    to = k;
                    break;
                }
                if (w.equals(";") || w.equals(":") || MainVerbs.CLAUSES_OF_BACKGROUND.contains(w) || w.equals("that")) {
                    break;
                }
            }
            if (to < 0) {
                continue;
            }
            int end = to + 1;
            // the infinitive clause ends at a clause break or where a clause of its own opens ("when workers refused")
            while (end < tokens.size() && !MainVerbs.isClauseBreak(tokens.get(end))
                    && !MainVerbs.CLAUSES_OF_BACKGROUND.contains(tokens.get(end).toLowerCase(Locale.ROOT))) {
                end++;
            }
            if (out == null) {
                out = new boolean[tokens.size()];
            }
            for (int k = to; k < end; k++) {
                out[k] = true;
            }
        }
        return out;
    }
}
