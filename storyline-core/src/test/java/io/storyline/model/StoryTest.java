package io.storyline.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryTest {

    @Test
    void holdsASpanOrNone() {
        Story story = new Story("s1", "Bridge shut", LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 12),
                List.of("Herald"), List.of("a", "b"));
        assertThat(story.size()).isEqualTo(2);
        assertThat(story.firstDate()).contains(LocalDate.of(2026, 3, 11));
        assertThat(new Story("s2", "x", null, null, List.of(), List.of("c")).lastDate()).isEmpty();
    }

    @Test
    void refusesEmptyStoriesAndBackwardSpans() {
        assertThatThrownBy(() -> new Story("s", "x", null, null, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Story("s", "x", LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 11),
                List.of(), List.of("a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Story("s", "x", LocalDate.of(2026, 3, 12), null, List.of(), List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
