package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each concept of a story is worth, after Gillick &amp; Favre 2009 ("A Scalable Global Model
 * for Summarization"): concepts are stemmed word bigrams that are not two stop words, and a
 * concept's weight is the number of articles that carry it, so what several outlets report outweighs
 * what one says. Concepts carried by too few articles get no weight: they are one outlet's detail.
 *
 * <p>Measured on DUC 2004 and left out: extra weight for concepts in an article's opening sentences
 * (the position weighting of the ICSI TAC systems), weights growing faster or slower than the
 * article count, sentence counts, content-word unigrams, a smoothed bonus for how early each
 * article first mentions a concept, and a lower or higher article threshold; none raised ROUGE-2
 * (see docs/BENCHMARKS.md). Content words are weighted the same way ({@link #wordWeight}) only for
 * valuing the few words of a sentence the scorer cuts.
 */
final class ConceptWeights {

    private final Map<Long, Double> weights;
    private final Map<Integer, Integer> wordWeights;
    private final Map<Integer, Double> wordConcepts;

    private ConceptWeights(Map<Long, Double> weights, Map<Integer, Integer> wordWeights,
                           Map<Integer, Double> wordConcepts) {
        this.weights = weights;
        this.wordWeights = wordWeights;
        this.wordConcepts = wordConcepts;
    }

    /** The story's concepts carried by at least {@code minArticles} articles, weighted by that count. */
    static ConceptWeights of(StoryAnalysis story, int minArticles) {
        Map<Long, Integer> articleCount = new HashMap<>();
        Map<Long, Integer> lastArticle = new HashMap<>();
        Map<Integer, Integer> wordCount = new HashMap<>();
        Map<Integer, Integer> wordLastArticle = new HashMap<>();
        for (AnalyzedSentence s : story.sentences()) {
            for (long c : concepts(s)) {
                Integer last = lastArticle.put(c, s.article());
                if (last == null || last != s.article()) {
                    articleCount.merge(c, 1, Integer::sum);
                }
            }
            int[] stems = s.stems();
            for (int i = 0; i < stems.length; i++) {
                if (!s.stop()[i]) {
                    Integer last = wordLastArticle.put(stems[i], s.article());
                    if (last == null || last != s.article()) {
                        wordCount.merge(stems[i], 1, Integer::sum);
                    }
                }
            }
        }
        articleCount.values().removeIf(n -> n < minArticles);
        wordCount.values().removeIf(n -> n < minArticles);
        Map<Long, Double> weights = new HashMap<>();
        articleCount.forEach((c, n) -> weights.put(c, (double) n));
        return new ConceptWeights(weights, wordCount, Map.of());
    }

    /**
     * The same concepts as {@link #of}, each weighing the probability {@code model} gives it of being
     * in a human summary, times the number of articles in the story (so a concept sure to be
     * summarized weighs what one carried by every article weighs under {@link #of}).
     */
    static ConceptWeights learned(StoryAnalysis story, int minArticles, ConceptModel model) {
        return learned(story, minArticles, model, null, 0);
    }

    /**
     * As above, and with {@code wordModel}, content words become concepts too, each weighing
     * {@code wordShare} times the story's articles times the probability that the word is in a
     * human summary (RegSum's word importance, Hong &amp; Nenkova 2014).
     */
    static ConceptWeights learned(StoryAnalysis story, int minArticles, ConceptModel model,
                                  ConceptModel wordModel, double wordShare) {
        ConceptWeights counted = of(story, minArticles);
        Map<Long, double[]> features = ConceptFeatures.of(story);
        double scale = story.articles().size() * Double.parseDouble(System.getProperty("sl.scale", "1"));
        double mix = Double.parseDouble(System.getProperty("sl.mix", "1"));
        double power = Double.parseDouble(System.getProperty("sl.power", "1"));
        Map<Long, Double> weights = new HashMap<>();
        counted.weights.forEach((c, n) -> weights.put(c, (1 - mix) * n + mix * scale * Math.pow(model.probability(features.get(c)), power)));
        Map<Integer, Double> words = new HashMap<>();
        if (wordModel != null) {
            ConceptFeatures.weighedWords(story).forEach((key, f) -> words.put(ConceptFeatures.stemOfWordKey(key),
                    wordShare * story.articles().size() * wordModel.probability(f)));
        }
        return new ConceptWeights(weights, counted.wordWeights, words);
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
        return bigrams;
    }

    boolean counts(long concept) {
        return weights.containsKey(concept);
    }

    /** The concept's weight; 0 for one that does not count. */
    double weight(long concept) {
        return weights.getOrDefault(concept, 0.0);
    }

    /**
     * A content word's weight, counted like a concept's (the articles carrying it, 0 below the
     * threshold); for the words of a sentence the scorer cuts, not for choosing whole sentences.
     */
    int wordWeight(int stem) {
        return wordWeights.getOrDefault(stem, 0);
    }

    /** The weight of a content word as a concept of its own; 0 when words are no concepts. */
    double wordConcept(int stem) {
        return wordConcepts.getOrDefault(stem, 0.0);
    }

    int size() {
        return weights.size();
    }
}
