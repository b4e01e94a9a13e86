package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetMatchTest {

    @Test
    void countsSnippetsFoundAndMissedAfterCollapsingWhiteSpace() {
        PageScore s = SnippetMatch.of(List.of("the pier will  close", "next spring"), List.of("Imprint", "Share this"),
                "The council said the pier\nwill close.\n\nShare   this story");
        // "the pier will close" is found across the line break, "next spring" is missed;
        // "Share this" is found (boilerplate kept), "Imprint" absent
        assertThat(s).isEqualTo(new PageScore(1, 1, 1, 1));
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
    }

    @Test
    void aPageWithNoTextFindsNothing() {
        assertThat(SnippetMatch.of(List.of("a", "b"), List.of("c"), "")).isEqualTo(new PageScore(0, 0, 2, 1));
    }
}
