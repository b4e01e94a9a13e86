package io.storyline.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluralTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Plural.count(1, "article")).isEqualTo("1 article");
        assertThat(Plural.count(0, "article")).isEqualTo("0 articles");
        assertThat(Plural.count(2, "source")).isEqualTo("2 sources");
        assertThat(Plural.count(1, "story", "stories")).isEqualTo("1 story");
        assertThat(Plural.count(3, "story", "stories")).isEqualTo("3 stories");
    }
}
