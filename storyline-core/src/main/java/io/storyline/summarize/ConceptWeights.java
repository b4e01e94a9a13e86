package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each concept of a story is worth. Concepts are stemmed word bigrams that are not two stop
 * words (Gillick &amp; Favre 2009, "A Scalable Global Model for Summarization"). A concept earns one
 * point for every article that carries it, and more when that article carries it in its opening
 * sentences, where news copy puts what matters: the position weighting of Gillick, Favre,
 * Hakkani-T&uuml;r et al.'s TAC 2008/2009 systems ("The ICSI/UTD Summarization System at TAC 2009").
 * Concepts carried by too few articles are dropped: they are one outlet's detail, not the story.
 */
final class ConceptWeights {

    static final double UNIGRAMS = Double.parseDouble(System.getProperty("sl.uni", "0"));
    static final double POW = Double.parseDouble(System.getProperty("sl.pow", "1"));
    private final Map<Long, Double> weights;

    private ConceptWeights(Map<Long, Double> weights) {
        this.weights = weights;
    }

    /**
     * @param leadSentences how many opening sentences of an article count as its lead
     * @param leadBonus     the extra points an article gives a concept it carries in its lead
     * @param minArticles   concepts carried by fewer articles get no weight
     */
    static ConceptWeights of(StoryAnalysis story, int leadSentences, double leadBonus, int minArticles) {
        Map<Long, Integer> articleCount = new HashMap<>();
        Map<Long, Integer> lastArticle = new HashMap<>();
        Map<Long, Integer> leadCount = new HashMap<>();
        Map<Long, Integer> lastLead = new HashMap<>();
        for (AnalyzedSentence s : story.sentences()) {
            boolean lead = s.position() < leadSentences;
            for (long c : concepts(s)) {
                Integer last = lastArticle.put(c, s.article());
                if (last == null || last != s.article()) {
                    articleCount.merge(c, 1, Integer::sum);
                }
                if (lead) {
                    Integer lastL = lastLead.put(c, s.article());
                    if (lastL == null || lastL != s.article()) {
                        leadCount.merge(c, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Long, Double> weights = new HashMap<>();
        articleCount.forEach((c, n) -> {
            if (n >= minArticles) {
                double w = Math.pow(n, POW) + leadBonus * leadCount.getOrDefault(c, 0);
                weights.put(c, (c & 0xFFFFFFFFL) == 0xFFFFFFFFL ? w * UNIGRAMS : w);
            }
        });
        return new ConceptWeights(weights);
    }

    /** Gillick &amp; Favre keep bigrams in at least 3 of DUC's 10 articles; smaller stories need fewer. */
    static int minArticles(int articles) {
        return Math.max(1, Math.min(3, Math.round(articles / 4f)));
    }

    /** The sentence's concepts in order of occurrence, repeats included. */
    static List<Long> concepts(AnalyzedSentence s) {
        return concepts(s, s.stems().length);
    }

    /** The concepts among the sentence's first {@code words} matching words. */
    static List<Long> concepts(AnalyzedSentence s, int words) {
        List<Long> bigrams = new ArrayList<>();
        int[] stems = s.stems();
        boolean[] stop = s.stop();
        int end = Math.min(words, stems.length);
        for (int i = 0; i + 1 < end; i++) {
            if (!(stop[i] && stop[i + 1])) {
                bigrams.add(((long) stems[i] << 32) | stems[i + 1]);
            }
        }
        if (UNIGRAMS > 0) {
            for (int i = 0; i < end; i++) {
                if (!stop[i]) {
                    bigrams.add(((long) stems[i] << 32) | 0xFFFFFFFFL);
                }
            }
        }
        return bigrams;
    }

    boolean counts(long concept) {
        return weights.containsKey(concept);
    }

    double weight(long concept) {
        return weights.getOrDefault(concept, 0.0);
    }

    int size() {
        return weights.size();
    }
}
