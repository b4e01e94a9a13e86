package io.storyline.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryIndexTest {

    @Test
    void keepsOnlyTheMostRecentStoriesPerTerm() {
        StoryIndex index = new StoryIndex(3);
        for (int story = 0; story < 5; story++) {
            index.add(42, story);
            index.add(42, story); // twice: no duplicate
        }
        assertThat(index.stories(42)).containsExactly(2, 3, 4);
        assertThat(index.stories(7)).isEmpty();
    }
}
