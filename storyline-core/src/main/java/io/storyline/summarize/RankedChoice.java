package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The selection step of score-then-pick methods (LexRank, Centroid): walk the eligible sentences
 * from best score down, keep each that fits, repeats no chosen fact and is not too similar to a
 * chosen sentence (the methods' redundancy threshold).
 */
final class RankedChoice {

    private RankedChoice() {
    }

    static List<AnalyzedSentence> choose(SummaryInput input, Budget budget, double[] scores,
                                         double redundancy) {
        List<AnalyzedSentence> ranked = new ArrayList<>();
        for (AnalyzedSentence s : input.story().sentences()) {
            if (Candidates.eligible(s)) {
                ranked.add(s);
            }
        }
        ranked.sort(Comparator.comparingDouble((AnalyzedSentence s) -> -scores[s.id()])
                .thenComparingInt(AnalyzedSentence::id));
        Selection selection = new Selection(input, budget);
        for (AnalyzedSentence s : ranked) {
            if (selection.isFull()) {
                break;
            }
            if (!tooSimilar(input, selection.chosen(), s, redundancy)) {
                selection.add(s);
            }
        }
        return selection.chosen();
    }

    private static boolean tooSimilar(SummaryInput input, List<AnalyzedSentence> chosen,
                                      AnalyzedSentence s, double redundancy) {
        for (AnalyzedSentence c : chosen) {
            if (input.graph().similarity(c.id(), s.id()) > redundancy) {
                return true;
            }
        }
        return false;
    }
}
