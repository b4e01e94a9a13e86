package io.storyline.cluster;

import org.junit.jupiter.api.Test;

import static io.storyline.cluster.Newsroom.ferry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OpenStoryTest {

    /** A unit vector over the given term ids, equal weights. */
    private static ArticleProfile profile(int sequence, int... terms) {
        double[] weights = new double[terms.length];
        java.util.Arrays.fill(weights, 1 / Math.sqrt(terms.length));
        return new ArticleProfile(sequence, ferry("a" + sequence, "A", null), ArticleProfile.UNDATED, terms, weights,
                terms);
    }

    @Test
    void similarityIsTheMeanCosineWithTheMembers() {
        OpenStory story = new OpenStory(0);
        story.add(profile(0, 1, 2));
        story.add(profile(1, 3, 4));
        // cosine 1 with the first member, 0 with the second: the mean is 0.5 (the centroid's cosine would be 0.71)
        assertThat(story.similarity(profile(2, 1, 2))).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void similarityDoesNotGrowWithTheStorysSize() {
        OpenStory small = new OpenStory(0);
        small.add(profile(0, 1, 2));
        OpenStory big = new OpenStory(1);
        for (int i = 0; i < 10; i++) {
            big.add(profile(i, 1, 2));
        }
        ArticleProfile newcomer = profile(20, 1, 5);
        assertThat(big.similarity(newcomer)).isCloseTo(small.similarity(newcomer), within(1e-9));
    }

    @Test
    void storiesAreComparedByTheMeanOverPairsOfMembers() {
        OpenStory left = new OpenStory(0);
        left.add(profile(0, 1, 2));
        left.add(profile(1, 7, 8));
        OpenStory right = new OpenStory(1);
        right.add(profile(2, 1, 2));
        // pairs: (1,2)-(1,2) cosine 1, (7,8)-(1,2) cosine 0
        assertThat(left.similarity(right)).isCloseTo(0.5, within(1e-9));
        assertThat(right.similarity(left)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aMemberIsComparedWithTheRestOfItsStoryWithoutItself() {
        ArticleProfile first = profile(0, 1, 2);
        ArticleProfile second = profile(1, 1, 2);
        ArticleProfile stranger = profile(2, 5, 6);
        OpenStory story = new OpenStory(0);
        story.add(first);
        assertThat(story.similarityWithout(first)).isZero();
        story.add(second);
        story.add(stranger);
        assertThat(story.similarityWithout(first)).isCloseTo(0.5, within(1e-9));
        assertThat(story.similarityWithout(stranger)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void rebuildingAfterAMemberLeavesForgetsItsTerms() {
        ArticleProfile kept = profile(0, 1, 2);
        ArticleProfile leaving = profile(1, 5, 6);
        OpenStory story = new OpenStory(0);
        story.add(kept);
        story.add(leaving);
        story.members.remove(leaving);
        story.rebuild();
        assertThat(story.centroid.get(5)).isZero();
        assertThat(story.similarity(profile(2, 1, 2))).isCloseTo(1.0, within(1e-9));
    }
}
