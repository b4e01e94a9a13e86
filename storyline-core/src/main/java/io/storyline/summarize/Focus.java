package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.StopWords;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a focused summary should answer ({@code --focus "question or topic"}), and how relevant each
 * sentence of a story is to it: Biased LexRank (Otterbacher, Erkan &amp; Radev 2005, "Using Random Walks
 * for Question-focused Sentence Retrieval"). A sentence's relevance to the focus is
 * {@code rel(s|q) = sum over focus words w of log(tf(w,s)+1) * log(tf(w,q)+1) * idf(w)}; its score is the
 * stationary probability of a walk that jumps, with the question bias {@link #QUESTION_BIAS}, to a
 * sentence in proportion to its relevance and otherwise follows the story's similarity graph, so a
 * sentence that says nothing of the focus's words still scores when it is like the sentences that do.
 * Words are compared as the story's stems, stop words left out.
 */
public final class Focus {

    /**
     * The walk's chance of jumping by relevance to the focus instead of following similarity (the paper's d):
     * chosen among 0.5, 0.7 and 0.9 on 13 of DUC 2006's 25 development topics (every other one by name,
     * from the first), confirmed on the other 12 (docs/BENCHMARKS.md).
     */
    static final double QUESTION_BIAS = 0.9;
    private static final double TOLERANCE = 1e-9;

    private final String text;

    private Focus(String text) {
        this.text = text;
    }

    /** The focus a user wrote; null or blank for none. */
    public static Focus of(String question) {
        return question == null || question.isBlank() ? null : new Focus(question.strip());
    }

    public String text() {
        return text;
    }

    /** The focus's content words (lower-cased, stop words left out), with how often each is written. */
    Map<String, Integer> words() {
        Map<String, Integer> words = new HashMap<>();
        for (String word : Tokens.matchWords(text)) {
            if (!StopWords.contains(word)) {
                words.merge(word, 1, Integer::sum);
            }
        }
        return words;
    }

    /**
     * Each sentence's Biased LexRank score in the story, scaled so the best is 1; null when no content word
     * of the focus is in the story (the summary is then the ordinary one).
     */
    double[] scores(StoryAnalysis story, SimilarityGraph graph) {
        Map<Integer, Integer> terms = new HashMap<>();
        words().forEach((word, count) -> {
            int term = story.termOf(word);
            if (term >= 0) {
                terms.merge(term, count, Integer::sum);
            }
        });
        List<AnalyzedSentence> sentences = story.sentences();
        int n = sentences.size();
        double[] relevance = new double[n];
        double total = 0;
        for (AnalyzedSentence s : sentences) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (int w = 0; w < s.stems().length; w++) {
                if (!s.stop()[w] && terms.containsKey(s.stems()[w])) {
                    tf.merge(s.stems()[w], 1, Integer::sum);
                }
            }
            double r = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                r += Math.log(e.getValue() + 1) * Math.log(terms.get(e.getKey()) + 1) * story.idf(e.getKey());
            }
            relevance[s.id()] = r;
            total += r;
        }
        if (total <= 0) {
            return null;
        }
        return scaled(walk(graph, relevance, total));
    }

    /** Biased LexRank's walk: jumps go to sentences by their relevance to the focus. */
    private static double[] walk(SimilarityGraph graph, double[] relevance, double total) {
        double[] jump = new double[relevance.length];
        for (int i = 0; i < jump.length; i++) {
            jump[i] = relevance[i] / total;
        }
        return LexRankSummarizer.walk(graph, jump, QUESTION_BIAS, TOLERANCE);
    }

    private static double[] scaled(double[] scores) {
        double max = 0;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        if (max > 0) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] /= max;
            }
        }
        return scores;
    }

    @Override
    public String toString() {
        return text;
    }
}
