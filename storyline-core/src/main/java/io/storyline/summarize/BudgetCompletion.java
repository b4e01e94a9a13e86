package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.LostWords;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fills the words a summary was asked for when the sentences that read well alone ({@link
 * Candidates#eligible}) have run out: every one is in the summary or repeats what it says. That happens
 * when the budget is near the story's length (Multi-News asks for summaries about half as long as its
 * clusters; on its first 300 training clusters 32 of the default's summaries fell ten words or more
 * short, by up to 161, while the lead baseline filled them). The rest of the budget is then filled from the story's
 * other sentences of at least {@link Candidates#MIN_WORDS} words and three content words: quotes, long
 * sentences, lines whose capitals the source lost, each time the one that adds most concept weight per
 * word, as long as it says no fact the summary already says.
 *
 * <p>Chosen among three sets of fallback sentences on Multi-News validation clusters 1-300 and training
 * clusters 1-600 (this set; only sentences opening with a capital and closing with a stop gained under
 * a third as much on validation 1-300), confirmed on validation clusters 301-2000 (docs/BENCHMARKS.md).
 */
final class BudgetCompletion {

    private BudgetCompletion() {
    }

    /**
     * Adds fallback sentences to {@code selection} until it is full, when the eligible sentences ran out.
     *
     * @param fresh the story's eligible sentences not already read, in story order: the summarizer's own
     *              pass over the story, not made again here
     */
    static void complete(SummaryInput input, Selection selection, ConceptWeights weights, List<AnalyzedSentence> fresh) {
        if (selection.isFull() || !exhausted(selection, fresh)) {
            return;
        }
        List<Remaining> rest = new ArrayList<>();
        for (AnalyzedSentence s : input.story().sentences()) {
            if (!Candidates.eligible(s) && fallback(s) && !alreadyRead(input, s)) {
                rest.add(new Remaining(s, new HashSet<>(ConceptWeights.concepts(s))));
            }
        }
        Set<Long> covered = new HashSet<>();
        for (AnalyzedSentence s : selection.chosen()) {
            covered.addAll(ConceptWeights.concepts(s));
        }
        while (!selection.isFull()) {
            Remaining best = null;
            double bestValue = -1;
            for (Remaining r : rest) {
                if (selection.canAdd(r.sentence())) {
                    double value = newWeight(r.concepts(), covered, weights) / Math.max(1, r.sentence().words());
                    if (value > bestValue) {
                        bestValue = value;
                        best = r;
                    }
                }
            }
            if (best == null) {
                return;
            }
            rest.remove(best);
            selection.add(best.sentence());
            covered.addAll(best.concepts());
        }
    }

    /** A sentence that may still complete the summary, with its concepts (each once), worked out once for every round. */
    private record Remaining(AnalyzedSentence sentence, Set<Long> concepts) {
    }

    /** A sentence that may complete a summary: not a bare fragment, nor one missing words its page lost. */
    static boolean fallback(AnalyzedSentence s) {
        return s.words() >= Candidates.MIN_WORDS && s.tfidf().size() >= 3 && !LostWords.in(s.text());
    }

    /**
     * Whether every eligible sentence is in the summary, repeats one of its facts, or was already read:
     * whether each of {@code fresh} (the eligible sentences not read) is chosen or repeats a chosen fact.
     */
    static boolean exhausted(Selection selection, List<AnalyzedSentence> fresh) {
        Set<Integer> chosen = new HashSet<>();
        selection.chosen().forEach(s -> chosen.add(s.id()));
        for (AnalyzedSentence s : fresh) {
            if (!chosen.contains(s.id()) && !selection.repeatsChosenFact(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean alreadyRead(SummaryInput input, AnalyzedSentence s) {
        return input.read() != null && input.read().repeats(s, input.story());
    }

    private static double newWeight(Set<Long> concepts, Set<Long> covered, ConceptWeights weights) {
        double value = 0;
        for (long c : concepts) {
            if (weights.counts(c) && !covered.contains(c)) {
                value += weights.weight(c);
            }
        }
        return value;
    }
}
