package io.storyline.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * A story while the stream runs: the centroid (sum of its articles' unit vectors, pruned to the
 * heaviest terms), its members and its time span. Mutable, owned by one {@link StoryStream}.
 * Similarities are group averages (see {@link #similarity(ArticleProfile)}).
 */
final class OpenStory {

    /** A centroid keeps at most this many terms: enough to describe a story, bounded in cost. */
    static final int CENTROID_TERMS = 300;

    final int number;
    TermWeights centroid = new TermWeights();
    final List<ArticleProfile> members = new ArrayList<>();
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

    /**
     * Group-average similarity of an article to this story: the mean cosine between the article and
     * the story's members, which is the dot product with the centroid (a sum of unit vectors) over
     * the member count. Unlike the cosine with the centroid, it does not grow as a story gathers
     * members (a big story's centroid is smoother and looks closer to everything), so one threshold
     * suits stories of every size.
     */
    double similarity(ArticleProfile profile) {
        return members.isEmpty() ? 0 : profile.dot(centroid) / members.size();
    }

    /** Group-average similarity of two stories: the mean cosine over all pairs of their members. */
    double similarity(OpenStory other) {
        return members.isEmpty() || other.members.isEmpty() ? 0
                : centroid.dot(other.centroid) / ((double) members.size() * other.members.size());
    }

    /**
     * Group-average similarity of a member to the rest of its story (its own weight taken out of the
     * centroid); 0 for a story of one.
     */
    double similarityWithout(ArticleProfile profile) {
        if (members.size() <= 1) {
            return 0;
        }
        double dot = 0;
        double self = 0;
        for (int i = 0; i < profile.terms().length; i++) {
            double c = centroid.get(profile.terms()[i]);
            if (c != 0) {
                dot += profile.weights()[i] * c;
                self += profile.weights()[i] * profile.weights()[i];
            }
        }
        return (dot - self) / (members.size() - 1);
    }

    /** Rebuilds the centroid and span from the members, after some left or joined. */
    void rebuild() {
        TermWeights fresh = new TermWeights();
        firstDay = ArticleProfile.UNDATED;
        lastDay = ArticleProfile.UNDATED;
        for (ArticleProfile member : members) {
            for (int i = 0; i < member.terms().length; i++) {
                fresh.add(member.terms()[i], member.weights()[i]);
            }
            extendSpan(member.day(), member.day());
        }
        centroid = fresh;
        settle();
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

    /** The first day of its span, or {@link ArticleProfile#UNDATED}. */
    int firstDay() {
        return firstDay;
    }

    /** The last day of its span, or {@link ArticleProfile#UNDATED}. */
    int lastDay() {
        return lastDay;
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
    }
}
