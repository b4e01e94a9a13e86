package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A summary being filled: the sentences chosen so far, the budget they use, and the rules every
 * method shares, that no fact is said twice (nor one event twice with different values) and no withheld
 * sentence is shown ({@link SummaryInput#withheld}).
 */
final class Selection {

    private final SummaryInput input;
    private final Budget budget;
    private final List<AnalyzedSentence> chosen = new ArrayList<>();
    private int used;

    Selection(SummaryInput input, Budget budget) {
        this.input = input;
        this.budget = budget;
    }

    static int cost(Budget budget, AnalyzedSentence s) {
        // one byte more per sentence for the separator, as DUC's byte limit counts it
        return budget.cost(s.words(), s.text().getBytes(StandardCharsets.UTF_8).length + 1);
    }

    boolean fits(AnalyzedSentence s) {
        return budget.overflow() ? used < budget.limit() : used + cost(budget, s) <= budget.limit();
    }

    boolean repeatsChosenFact(AnalyzedSentence s) {
        for (AnalyzedSentence c : chosen) {
            if (input.facts().sameEvent(c, s)) {
                return true;
            }
        }
        return false;
    }

    boolean canAdd(AnalyzedSentence s) {
        return fits(s) && !input.withholds(s) && !repeatsChosenFact(s);
    }

    /** Adds the sentence if it fits and says something new; tells whether it did. */
    boolean add(AnalyzedSentence s) {
        if (!canAdd(s)) {
            return false;
        }
        chosen.add(s);
        used += cost(budget, s);
        return true;
    }

    boolean isFull() {
        return used >= budget.limit();
    }

    int remaining() {
        return budget.limit() - used;
    }

    List<AnalyzedSentence> chosen() {
        return List.copyOf(chosen);
    }
}
