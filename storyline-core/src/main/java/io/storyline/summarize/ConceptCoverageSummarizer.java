package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Storyline's default: choose the sentences that together cover the most important concepts of
 * the story, after Gillick &amp; Favre 2009 ("A Scalable Global Model for Summarization"). Concepts
 * are stemmed word bigrams that are not two stop words; a concept's weight is the number of articles
 * that carry it, so what several outlets report outweighs what one says. The summary maximises the
 * summed weight of the concepts it covers, each counted once, within the budget: redundancy costs
 * by itself. The maximisation is the cost-scaled greedy of Lin &amp; Bilmes 2010 ("Multi-document
 * Summarization via Budgeted Maximization of Submodular Functions"), compared at the end with the
 * best single sentence, which bounds its loss against the optimum.
 */
public final class ConceptCoverageSummarizer implements Summarizer {

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public List<AnalyzedSentence> choose(SummaryInput input, Budget budget) {
        StoryAnalysis story = input.story();
        Map<Long, Integer> weights = conceptWeights(story);
        List<AnalyzedSentence> candidates = new ArrayList<>();
        List<long[]> concepts = new ArrayList<>();
        for (AnalyzedSentence s : story.sentences()) {
            if (Candidates.eligible(s)) {
                long[] own = concepts(s).stream().filter(weights::containsKey)
                        .mapToLong(Long::longValue).distinct().toArray();
                if (own.length > 0) {
                    candidates.add(s);
                    concepts.add(own);
                }
            }
        }
        List<AnalyzedSentence> greedy = greedy(input, budget, weights, candidates, concepts);
        AnalyzedSentence bestSingle = null;
        int bestSingleValue = 0;
        for (int i = 0; i < candidates.size(); i++) {
            int value = value(concepts.get(i), weights);
            boolean fits = budget.overflow() || Selection.cost(budget, candidates.get(i)) <= budget.limit();
            if (fits && value > bestSingleValue) {
                bestSingle = candidates.get(i);
                bestSingleValue = value;
            }
        }
        if (bestSingle != null && bestSingleValue > coverage(greedy, weights)) {
            return List.of(bestSingle);
        }
        return greedy;
    }

    private static List<AnalyzedSentence> greedy(SummaryInput input, Budget budget, Map<Long, Integer> weights,
                                                 List<AnalyzedSentence> candidates, List<long[]> concepts) {
        Selection selection = new Selection(input, budget);
        Map<Long, Boolean> covered = new HashMap<>();
        boolean[] used = new boolean[candidates.size()];
        while (!selection.isFull()) {
            int best = -1;
            double bestRatio = 0;
            for (int i = 0; i < candidates.size(); i++) {
                if (used[i] || !selection.canAdd(candidates.get(i))) {
                    continue;
                }
                int gain = 0;
                for (long c : concepts.get(i)) {
                    if (!covered.containsKey(c)) {
                        gain += weights.get(c);
                    }
                }
                double ratio = gain / (double) Selection.cost(budget, candidates.get(i));
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            selection.add(candidates.get(best));
            for (long c : concepts.get(best)) {
                covered.put(c, Boolean.TRUE);
            }
        }
        return selection.chosen();
    }

    /** Concept weights: articles per bigram, keeping those carried by enough articles. */
    static Map<Long, Integer> conceptWeights(StoryAnalysis story) {
        Map<Long, Integer> articleCount = new HashMap<>();
        Map<Long, Integer> lastArticle = new HashMap<>();
        for (AnalyzedSentence s : story.sentences()) {
            for (long c : concepts(s)) {
                Integer last = lastArticle.put(c, s.article());
                if (last == null || last != s.article()) {
                    articleCount.merge(c, 1, Integer::sum);
                }
            }
        }
        int minArticles = minArticles(story.articles().size());
        articleCount.values().removeIf(n -> n < minArticles);
        return articleCount;
    }

    /** Gillick &amp; Favre keep bigrams in at least 3 of DUC's 10 articles; smaller stories need fewer. */
    static int minArticles(int articles) {
        return Math.max(1, Math.min(3, Math.round(articles / 4f)));
    }

    static List<Long> concepts(AnalyzedSentence s) {
        List<Long> bigrams = new ArrayList<>();
        int[] stems = s.stems();
        boolean[] stop = s.stop();
        for (int i = 0; i + 1 < stems.length; i++) {
            if (!(stop[i] && stop[i + 1])) {
                bigrams.add(((long) stems[i] << 32) | stems[i + 1]);
            }
        }
        return bigrams;
    }

    private static int value(long[] concepts, Map<Long, Integer> weights) {
        int value = 0;
        for (long c : concepts) {
            value += weights.get(c);
        }
        return value;
    }

    private static int coverage(List<AnalyzedSentence> chosen, Map<Long, Integer> weights) {
        Map<Long, Boolean> covered = new HashMap<>();
        for (AnalyzedSentence s : chosen) {
            for (long c : concepts(s)) {
                if (weights.containsKey(c)) {
                    covered.put(c, Boolean.TRUE);
                }
            }
        }
        int value = 0;
        for (long c : covered.keySet()) {
            value += weights.get(c);
        }
        return value;
    }
}
