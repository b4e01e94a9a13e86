package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.TermVector;
import io.storyline.analyze.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cheap evidence that a concept (a stemmed bigram not made of two stop words, or a content word) belongs in a
 * human summary, for the learned weights of {@link ConceptModel}: how many outlets carry it, how
 * often and how early it is mentioned, whether it opens articles, and what kind of words it joins.
 * These are the document-level features of Li, Qian &amp; Liu 2013 ("Using Supervised Bigram-based
 * ILP for Extractive Summarization") and Hong &amp; Nenkova 2014 ("Improving the Estimation of Word
 * Importance for News Multi-Document Summarization", RegSum) that need no background corpus.
 */
public final class ConceptFeatures {

    /** Feature names, in the order of each vector; the first is the constant 1 (the intercept). */
    public static final List<String> NAMES = List.of(
            "bias",           // always 1
            "article share",  // articles carrying the concept / articles in the story
            "log articles",   // ln(1 + articles carrying it)
            "log mentions",   // ln(1 + sentences carrying it)
            "earliest",       // 1 - the smallest relative position (position / article's sentences) of a mention
            "lead share",     // articles mentioning it in their first three sentences / articles
            "opening share",  // articles mentioning it in their first sentence / articles
            "stop word",      // one of its two words is a stop word
            "number",         // one of its two words holds a digit
            "word share",     // mean share of articles carrying each of its two words
            "capitalised",    // share of mentions with a capitalised word not opening the sentence (a name)
            "centrality",     // largest cosine of a mentioning sentence with the story's centroid
            "eligible share", // share of mentioning sentences that may stand in a summary (Candidates)
            "mean position"); // 1 - the mean relative position of its mentions

    /** A mention in the first this many sentences of an article counts for the lead share. */
    static final int LEAD = 3;

    private ConceptFeatures() {
    }

    /**
     * Every content word of the story, keyed by {@link #wordKey}, with its feature vector: for a
     * word, both "words" of the bigram features are the word itself, and "stop word" is always 0.
     */
    public static Map<Long, double[]> ofWords(StoryAnalysis story) {
        return collect(story, true);
    }

    /** A content word's key, kept apart from the (non-negative) bigram concepts. */
    public static long wordKey(int stem) {
        return -1L - stem;
    }

    public static int stemOfWordKey(long key) {
        return (int) (-1L - key);
    }

    /** Every concept of the story with its feature vector ({@link #NAMES}). */
    public static Map<Long, double[]> of(StoryAnalysis story) {
        return collect(story, false);
    }

    private static Map<Long, double[]> collect(StoryAnalysis story, boolean words) {
        int articles = Math.max(1, story.articles().size());
        Map<Long, Stats> stats = new HashMap<>();
        TermVector centroid = centroid(story);
        for (AnalyzedSentence s : story.sentences()) {
            double relative = s.position() / (double) Math.max(1, story.sentencesOf(s.article()).size());
            double centrality = s.tfidf().cosine(centroid);
            boolean eligible = Candidates.eligible(s);
            int[] stems = s.stems();
            boolean[] stop = s.stop();
            boolean[] capital = Tokens.capitalised(s.text());
            boolean aligned = capital.length == stems.length;
            for (int i = 0; words && i < stems.length; i++) {
                if (!stop[i]) {
                    Stats st = stats.computeIfAbsent(wordKey(stems[i]), k -> new Stats());
                    if (st.mention(s, relative)) {
                        st.centrality = Math.max(st.centrality, centrality);
                        st.eligible += eligible ? 1 : 0;
                        st.positions += relative;
                    }
                    st.capitalised |= aligned && i > 0 && capital[i];
                }
            }
            for (int i = 0; !words && i + 1 < stems.length; i++) {
                if (!(stop[i] && stop[i + 1])) {
                    long c = ((long) stems[i] << 32) | stems[i + 1];
                    Stats st = stats.computeIfAbsent(c, k -> new Stats());
                    if (st.mention(s, relative)) {
                        st.centrality = Math.max(st.centrality, centrality);
                        st.eligible += eligible ? 1 : 0;
                        st.positions += relative;
                    }
                    st.stop |= stop[i] || stop[i + 1];
                    st.capitalised |= aligned && ((i > 0 && capital[i] && !stop[i]) || (capital[i + 1] && !stop[i + 1]));
                }
            }
        }
        Map<Long, double[]> features = new HashMap<>();
        stats.forEach((c, st) -> {
            int first = c < 0 ? stemOfWordKey(c) : (int) (c >>> 32);
            int second = c < 0 ? first : (int) (long) c;
            boolean stop = st.stop;
            boolean number = hasDigit(story.stem(first)) || hasDigit(story.stem(second));
            double wordShare = (story.articleFrequency(first) + story.articleFrequency(second)) / (2.0 * articles);
            features.put(c, new double[] {
                    1,
                    st.articles / (double) articles,
                    Math.log1p(st.articles),
                    Math.log1p(st.sentences),
                    1 - st.earliest,
                    st.leadArticles / (double) articles,
                    st.openingArticles / (double) articles,
                    stop ? 1 : 0,
                    number ? 1 : 0,
                    wordShare,
                    st.capitalised ? 1 : 0,
                    st.centrality,
                    st.eligible / (double) st.sentences,
                    1 - st.positions / st.sentences});
        });
        return features;
    }

    /** The concept's two stems, space-separated, as a reference summary's bigram is matched. */
    public static String words(StoryAnalysis story, long concept) {
        return story.stem((int) (concept >>> 32)) + " " + story.stem((int) (long) concept);
    }

    /** The sum of the story's sentence vectors (also {@link SentenceQuality}'s centrality reference). */
    static TermVector centroid(StoryAnalysis story) {
        Map<Integer, Double> sum = new HashMap<>();
        for (AnalyzedSentence s : story.sentences()) {
            TermVector v = s.tfidf();
            for (int i = 0; i < v.size(); i++) {
                sum.merge(v.term(i), v.weight(i), Double::sum);
            }
        }
        return TermVector.of(sum);
    }

    private static boolean hasDigit(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (Character.isDigit(stem.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Counts gathered over a concept's mentions; sentences arrive in story order. */
    private static final class Stats {
        int articles;
        int sentences;
        int leadArticles;
        int openingArticles;
        double earliest = 1;
        boolean stop;
        boolean capitalised;
        double centrality;
        int eligible;
        double positions;
        private int lastArticle = -1;
        private int lastSentence = -1;
        private int lastLeadArticle = -1;

        /** Counts a mention; true when it is the first in its sentence. */
        boolean mention(AnalyzedSentence s, double relative) {
            boolean newSentence = s.id() != lastSentence;
            if (newSentence) {
                lastSentence = s.id();
                sentences++;
            }
            if (s.article() != lastArticle) {
                lastArticle = s.article();
                articles++;
            }
            if (s.position() < LEAD && s.article() != lastLeadArticle) {
                lastLeadArticle = s.article();
                leadArticles++;
                if (s.position() == 0) {
                    openingArticles++;
                }
            }
            earliest = Math.min(earliest, relative);
            return newSentence;
        }
    }
}
