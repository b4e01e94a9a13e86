package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What each concept of a story is worth, after Gillick &amp; Favre 2009 ("A Scalable Global Model
 * for Summarization"): concepts are stemmed word bigrams, and a concept's weight is the number of
 * articles that carry it, so what several outlets report outweighs what one says. Concepts carried
 * by too few articles get no weight: they are one outlet's detail.
 *
 * <p>Two further kinds of concept, both measured on DUC 2004 and Multi-News (docs/BENCHMARKS.md,
 * rows 40-47 of the default's log), because ROUGE-1 and -2 as the field runs them keep stop words:
 * <ul>
 *   <li>a <em>story word</em>, a content word carried by at least half of the articles, worth
 *       {@link #STORY_WORD_SHARE} of its article count: the words every outlet uses are the words a
 *       reference summary uses;</li>
 *   <li>a pair of stop words ("of the", "to be"), worth {@link #FUNCTION_PAIR_SHARE} of its article
 *       count: a small reward for plain connected prose over strings of names.</li>
 * </ul>
 *
 * <p>Measured and left out: extra weight for concepts in an article's opening sentences, weights
 * growing faster or slower than the article count, sentence counts, content words of fewer articles,
 * a smoothed bonus for how early each article first mentions a concept, Lin &amp; Hovy's topic
 * signatures against a background of other news (as a bigram bonus, a filter or word concepts), and
 * a background idf on story words. Content words are also weighted plainly ({@link #wordWeight}) for
 * valuing the few words of a sentence the scorer cuts.
 *
 * <p>An article into which copies of it were merged (a wire story and its update) counts as the copies
 * it stands for ({@link io.storyline.model.Article#copies()}): merging what was read twice must not
 * weigh it less than reading it twice did.
 *
 * <p>{@link #learned} replaces the article counts by probabilities learnt from human summaries
 * (Li, Qian &amp; Liu 2013; Hong &amp; Nenkova 2014): the method {@code learned}, on whole articles.
 */
final class ConceptWeights {

    /** A story word's weight per article carrying it. */
    static final double STORY_WORD_SHARE = 0.7;
    /** A story word must be carried by at least this share of the articles. */
    static final double STORY_WORD_ARTICLES = 0.5;
    /** A pair of stop words' weight per article carrying it. */
    static final double FUNCTION_PAIR_SHARE = 0.2;
    /** The first half of a story word's concept id; no stem id reaches it. */
    private static final int WORD_MARK = Integer.MAX_VALUE;

    private final Map<Long, Double> weights;
    private final Map<Integer, Integer> wordWeights;
    private final Map<Integer, Double> wordConcepts;

    private ConceptWeights(Map<Long, Double> weights, Map<Integer, Integer> wordWeights,
                           Map<Integer, Double> wordConcepts) {
        this.weights = weights;
        this.wordWeights = wordWeights;
        this.wordConcepts = wordConcepts;
    }

    /** The story's concepts carried by at least {@code minArticles} articles, weighted as above. */
    static ConceptWeights of(StoryAnalysis story, int minArticles) {
        Map<Long, Integer> articleCount = articleCounts(story, c -> c);
        Map<Integer, Integer> wordCount = new HashMap<>();
        Map<Integer, Integer> wordLastArticle = new HashMap<>();
        Set<Integer> stopStems = new HashSet<>();
        for (AnalyzedSentence s : story.sentences()) {
            int[] stems = s.stems();
            for (int i = 0; i < stems.length; i++) {
                if (s.stop()[i]) {
                    stopStems.add(stems[i]);
                } else {
                    Integer last = wordLastArticle.put(stems[i], s.article());
                    if (last == null || last != s.article()) {
                        wordCount.merge(stems[i], story.copiesOf(s.article()), Integer::sum);
                    }
                }
            }
        }
        wordCount.values().removeIf(n -> n < minArticles);
        double storyWordArticles = Math.max(minArticles, STORY_WORD_ARTICLES * story.reports());
        Map<Long, Double> weights = new HashMap<>();
        articleCount.forEach((c, n) -> {
            int first = (int) (c >>> 32);
            int second = (int) (long) c;
            if (first == WORD_MARK) {
                if (n >= storyWordArticles) {
                    weights.put(c, STORY_WORD_SHARE * n);
                }
            } else if (n >= minArticles) {
                boolean functionPair = stopStems.contains(first) && stopStems.contains(second);
                weights.put(c, functionPair ? FUNCTION_PAIR_SHARE * n : n);
            }
        });
        return new ConceptWeights(weights, wordCount, Map.of());
    }

    /**
     * Learned weights (Li, Qian &amp; Liu 2013; Hong &amp; Nenkova 2014): every concept of the story
     * weighs the probability {@code concepts} gives it of being in a human summary, times the number
     * of articles (so a concept sure to be summarized weighs what one carried by every article weighs
     * under {@link #of}); one outlet's detail is no longer cut off by a threshold but weighed down by
     * the model. With {@code words}, every content word is a concept of its own as well, weighing
     * {@code wordShare} times the articles times its probability under {@code words}. Content words'
     * article counts ({@link #wordWeight}) stay as in {@link #of}.
     */
    static ConceptWeights learned(StoryAnalysis story, ConceptModel concepts, ConceptModel words, double wordShare) {
        double scale = story.reports();
        Map<Long, Double> weights = new HashMap<>();
        ConceptFeatures.of(story).forEach((c, f) -> weights.put(c, scale * concepts.probability(f)));
        Map<Integer, Double> wordConcepts = new HashMap<>();
        if (words != null) {
            ConceptFeatures.ofWords(story).forEach((key, f) -> wordConcepts.put(ConceptFeatures.stemOfWordKey(key),
                    wordShare * scale * words.probability(f)));
        }
        return new ConceptWeights(weights, of(story, minArticles(story.reports())).wordWeights, wordConcepts);
    }

    /**
     * For each of the story's concepts ({@link #concepts}), under {@code key}, the number of articles that
     * carry it, each counting the copies it stands for ({@link StoryAnalysis#copiesOf}): the count behind a
     * concept's weight, an update's discount ({@link #discounted}) and what was read before ({@link AlreadyRead}).
     */
    static <K> Map<K, Integer> articleCounts(StoryAnalysis story, Function<Long, K> key) {
        Map<K, Integer> counts = new HashMap<>();
        Map<K, Integer> lastArticle = new HashMap<>();
        for (AnalyzedSentence s : story.sentences()) {
            for (long c : concepts(s)) {
                K k = key.apply(c);
                Integer last = lastArticle.put(k, s.article());
                if (last == null || last != s.article()) {
                    counts.merge(k, story.copiesOf(s.article()), Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Gillick &amp; Favre keep bigrams in at least 3 of DUC's 10 articles; with story words, 2 measured better. */
    static int minArticles(int articles) {
        return Math.max(1, Math.min(2, Math.round(articles / 4f)));
    }

    /** The sentence's concepts: its bigrams in order of occurrence, then its content words; repeats included. */
    static List<Long> concepts(AnalyzedSentence s) {
        return concepts(s, s.stems().length);
    }

    /** The sentence's concepts ({@link #concepts(AnalyzedSentence)}) but those with a word {@code skipped} (none when null). */
    static List<Long> concepts(AnalyzedSentence s, boolean[] skipped) {
        if (skipped == null) {
            return concepts(s);
        }
        List<Long> concepts = new ArrayList<>();
        int[] stems = s.stems();
        for (int i = 0; i + 1 < stems.length; i++) {
            if (!skipped[i] && !skipped[i + 1]) {
                concepts.add(((long) stems[i] << 32) | stems[i + 1]);
            }
        }
        for (int i = 0; i < stems.length; i++) {
            if (!s.stop()[i] && !skipped[i]) {
                concepts.add(storyWord(stems[i]));
            }
        }
        return concepts;
    }

    /** The concepts among the sentence's first {@code words} matching words. */
    static List<Long> concepts(AnalyzedSentence s, int words) {
        List<Long> concepts = new ArrayList<>();
        int[] stems = s.stems();
        boolean[] stop = s.stop();
        int end = Math.min(words, stems.length);
        for (int i = 0; i + 1 < end; i++) {
            concepts.add(((long) stems[i] << 32) | stems[i + 1]);
        }
        for (int i = 0; i < end; i++) {
            if (!stop[i]) {
                concepts.add(storyWord(stems[i]));
            }
        }
        return concepts;
    }

    /** The concept id of a content word as a story word. */
    static long storyWord(int stem) {
        return ((long) WORD_MARK << 32) | stem;
    }

    /**
     * The concept as its stems spelled out ("euro currenc", a story word "w:euro"), to compare concepts of
     * two stories analysed apart ({@link AlreadyRead}); a learned word concept ({@link ConceptFeatures#wordKey})
     * is spelled as the story word it is.
     */
    static String spelled(long concept, StoryAnalysis story) {
        if (concept < 0) {
            return "w:" + story.stem(ConceptFeatures.stemOfWordKey(concept));
        }
        int first = (int) (concept >>> 32);
        int second = (int) concept;
        return first == WORD_MARK ? "w:" + story.stem(second) : story.stem(first) + " " + story.stem(second);
    }

    /**
     * These weights with each concept's scaled by what the reader has not read of it ({@link AlreadyRead#keep}),
     * given the share of the new articles ({@code story}) that carry it: an update's weights. Content words'
     * plain weights ({@link #wordWeight}, which only value the few words of a cut last sentence) stay as they
     * are.
     */
    ConceptWeights discounted(AlreadyRead read, StoryAnalysis story) {
        Map<Long, Integer> articles = articleCounts(story, c -> c);
        double reports = Math.max(1, story.reports());
        Map<Long, Double> kept = new HashMap<>();
        weights.forEach((c, w) -> kept.put(c, w * read.keep(c, story, Math.min(1, articles.getOrDefault(c, 0) / reports))));
        Map<Integer, Double> keptWords = new HashMap<>();
        wordConcepts.forEach((stem, w) -> keptWords.put(stem, w * read.keep(ConceptFeatures.wordKey(stem), story,
                Math.min(1, articles.getOrDefault(storyWord(stem), 0) / reports))));
        return new ConceptWeights(kept, wordWeights, keptWords);
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
