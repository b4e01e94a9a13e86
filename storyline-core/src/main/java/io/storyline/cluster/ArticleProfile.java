package io.storyline.cluster;

import io.storyline.model.Article;

/**
 * An article as the clusterer compares it: a unit tf-idf vector over its strongest terms, sorted by
 * term id, and the rarest of them (its keys) for the index.
 *
 * @param sequence its place in the stream (0 for the first article)
 * @param article  the article
 * @param day      its publication day (epoch day), or {@link #UNDATED}
 * @param terms    term ids, ascending
 * @param weights  unit-length weights, parallel to {@code terms}
 * @param keys     the highest-weighted terms, strongest first
 */
record ArticleProfile(int sequence, Article article, int day, int[] terms, double[] weights, int[] keys) {

    static final int UNDATED = Integer.MIN_VALUE;

    boolean dated() {
        return day != UNDATED;
    }

    /** Dot product with a story centroid (unnormalised). */
    double dot(TermWeights centroid) {
        double sum = 0;
        for (int i = 0; i < terms.length; i++) {
            sum += weights[i] * centroid.get(terms[i]);
        }
        return sum;
    }
}
