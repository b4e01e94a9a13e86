package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which telling of a chosen fact the summary shows. A fact several outlets report in other words is one
 * fact to the search, which takes whichever telling its weights favour; but a citation says the outlet
 * reports the sentence shown ({@link io.storyline.analyze.Backing}), so a wordier telling, whose extra
 * words the other reports lack, is cited to its own outlet alone and reads as one outlet's claim when
 * several agree. So each chosen sentence gives way to another article's telling of the same fact when
 * more outlets back that one, as the outlet comparison shows a fact by the member most others hold
 * ({@code compare.CommonStatements}); the method's choice stands on a tie. A shorter telling is not taken:
 * it says less, and is backed more easily for it (one of few content words by any report), so it would
 * trade what the summary says for its citations (measured: taking shorter tellings too cost ROUGE-1 0.8 on
 * DUC 2004). Nor is a telling that does not fit the words the chosen one leaves free, is not a candidate
 * of the method, or tells an event another chosen sentence tells.
 */
final class BackedTellings {

    private BackedTellings() {
    }

    /**
     * The chosen sentences with each replaced by the best-backed telling of its fact, in the same order.
     *
     * @param allowed the sentences the method may show (eligible, not withheld, not already read)
     */
    static List<AnalyzedSentence> preferred(SummaryInput input, Budget budget, List<AnalyzedSentence> chosen,
                                            Predicate<AnalyzedSentence> allowed) {
        List<AnalyzedSentence> shown = new ArrayList<>(chosen);
        int used = 0;
        for (AnalyzedSentence s : shown) {
            used += Selection.cost(budget, s);
        }
        for (int i = 0; i < shown.size(); i++) {
            AnalyzedSentence s = shown.get(i);
            int backers = input.facts().reports(s).size();
            int free = Math.max(0, budget.limit() - used);
            AnalyzedSentence best = null;
            int bestBackers = backers;
            for (AnalyzedSentence t : input.facts().reportsOfEvent(s)) {
                if (t == s || t.words() < s.words() || !input.facts().same(s, t) || !allowed.test(t)
                        || Selection.cost(budget, t) > Selection.cost(budget, s) + free
                        || tellsAnotherChosen(input, shown, i, t)) {
                    continue;
                }
                int n = input.facts().reports(t).size();
                if (n > bestBackers) {
                    best = t;
                    bestBackers = n;
                }
            }
            if (best != null) {
                used += Selection.cost(budget, best) - Selection.cost(budget, s);
                shown.set(i, best);
            }
        }
        return shown;
    }

    private static boolean tellsAnotherChosen(SummaryInput input, List<AnalyzedSentence> shown, int except,
                                              AnalyzedSentence t) {
        for (int j = 0; j < shown.size(); j++) {
            if (j != except && (shown.get(j) == t || input.facts().sameEvent(shown.get(j), t))) {
                return true;
            }
        }
        return false;
    }
}
