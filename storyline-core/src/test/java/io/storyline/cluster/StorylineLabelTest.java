package io.storyline.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names a storyline's label may be built from. */
class StorylineLabelTest {

    @Test
    void weekdaysAndMonthsAreDatesNotNames() {
        assertThat(StorylineLabel.names("Protesters return to Tahrir Square on Friday, January 28"))
                .containsExactly("Tahrir Square");
        assertThat(StorylineLabel.names("Aid for Haiti pledged by Obama in March")).containsExactlyInAnyOrder("Obama",
                "Haiti");
    }
}
