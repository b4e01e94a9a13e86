package io.storyline.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * A story while the stream runs: the centroid (sum of its articles' unit vectors, pruned to the
 * heaviest terms), its members and its time span. Mutable, owned by one {@link StoryStream}.
 */
final class OpenStory {

    /** A centroid keeps at most this many terms: enough to describe a story, bounded in cost. */
    static final int CENTROID_TERMS = 300;

    final int number;
    final TermWeights centroid = new TermWeights();
    final List<ArticleProfile> members = new ArrayList<>();
    private double norm;
    private int firstDay = ArticleProfile.UNDATED;
    private int lastDay = ArticleProfile.UNDATED;

    OpenStory(int number) {
        this.number = number;
    }

    void add(ArticleProfile profile) {
        members.add(profile);
        for (int i = 0; i < profile.terms().length; i++) {
            centroid.add(profile.terms()[i], profile.weights()[i]);
        }
        extendSpan(profile.day(), profile.day());
        settle();
    }

    /** Takes in every article of another story (which the caller then retires). */
    void absorb(OpenStory other) {
        members.addAll(other.members);
        centroid.addAll(other.centroid);
        extendSpan(other.firstDay, other.lastDay);
        settle();
    }

    /** Cosine between an article and this story's centroid. */
    double similarity(ArticleProfile profile) {
        return norm == 0 ? 0 : profile.dot(centroid) / norm;
    }

    /** Cosine between two centroids. */
    double similarity(OpenStory other) {
        return norm == 0 || other.norm == 0 ? 0 : centroid.dot(other.centroid) / (norm * other.norm);
    }

    /** Days between an article and this story's span; 0 inside it or when either is undated. */
    int gapTo(int day) {
        if (day == ArticleProfile.UNDATED || firstDay == ArticleProfile.UNDATED) {
            return 0;
        }
        return Math.max(0, Math.max(day - lastDay, firstDay - day));
    }

    /** Days between two stories' spans; 0 when they overlap or either is undated. */
    int gapTo(OpenStory other) {
        if (other.firstDay == ArticleProfile.UNDATED || firstDay == ArticleProfile.UNDATED) {
            return 0;
        }
        return Math.max(0, Math.max(other.firstDay - lastDay, firstDay - other.lastDay));
    }

    int size() {
        return members.size();
    }

    private void extendSpan(int first, int last) {
        if (first == ArticleProfile.UNDATED) {
            return;
        }
        firstDay = firstDay == ArticleProfile.UNDATED ? first : Math.min(firstDay, first);
        lastDay = lastDay == ArticleProfile.UNDATED ? last : Math.max(lastDay, last);
    }

    private void settle() {
        centroid.keepTop(CENTROID_TERMS);
        norm = centroid.norm();
    }
}
