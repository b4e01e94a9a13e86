package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.TermVector;

import java.util.List;

/**
 * Centroid-based summarization as in MEAD (Radev, Jing, Sty&#347; &amp; Tam 2004, "Centroid-based
 * summarization of multiple documents"). The centroid holds each word's average tf-idf over the
 * articles; a sentence scores {@code Wc*C + Wp*P + Wf*F}: C the summed centroid values of its words,
 * P its position score {@code (n - i + 1) / n * Cmax} in its article, F its overlap with the
 * article's first sentence; all weights 1, as MEAD's defaults. The redundancy filter drops a sentence
 * too similar to one already chosen.
 */
final class CentroidSummarizer implements Summarizer {

    static final double REDUNDANCY = 0.7;
    /** Words whose centroid value falls below this share of the top value are left out of it. */
    static final double CENTROID_CUTOFF = 0.1;

    @Override
    public String name() {
        return "centroid";
    }

    @Override
    public List<AnalyzedSentence> choose(SummaryInput input, Budget budget) {
        return RankedChoice.choose(input, budget, scores(input.story()), REDUNDANCY);
    }

    static double[] scores(StoryAnalysis story) {
        double[] centroid = centroid(story);
        int n = story.sentences().size();
        double[] c = new double[n];
        for (AnalyzedSentence s : story.sentences()) {
            TermVector v = s.tfidf();
            for (int i = 0; i < v.size(); i++) {
                c[s.id()] += centroid[v.term(i)];
            }
        }
        double[] scores = new double[n];
        for (int a = 0; a < story.articles().size(); a++) {
            List<AnalyzedSentence> sentences = story.sentencesOf(a);
            if (sentences.isEmpty()) {
                continue;
            }
            double cMax = 0;
            for (AnalyzedSentence s : sentences) {
                cMax = Math.max(cMax, c[s.id()]);
            }
            TermVector first = sentences.get(0).tfidf();
            int count = sentences.size();
            for (AnalyzedSentence s : sentences) {
                double position = (double) (count - s.position()) / count * cMax;
                double firstOverlap = s.tfidf().dot(first) / Math.max(1e-9, first.norm() * first.norm());
                scores[s.id()] = c[s.id()] + position + firstOverlap * cMax;
            }
        }
        return scores;
    }

    /** Average tf-idf of every stem over the story's articles, small values cut. */
    static double[] centroid(StoryAnalysis story) {
        double[] centroid = new double[story.vocabularySize()];
        for (AnalyzedSentence s : story.sentences()) {
            TermVector v = s.tfidf();
            for (int i = 0; i < v.size(); i++) {
                centroid[v.term(i)] += v.weight(i);
            }
        }
        int articles = Math.max(1, story.articles().size());
        double top = 0;
        for (int t = 0; t < centroid.length; t++) {
            centroid[t] /= articles;
            top = Math.max(top, centroid[t]);
        }
        for (int t = 0; t < centroid.length; t++) {
            if (centroid[t] < CENTROID_CUTOFF * top) {
                centroid[t] = 0;
            }
        }
        return centroid;
    }
}
