package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CopyTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://a.example/x", "HTTP://A.EXAMPLE", "http://a.example/?q=%22"})
    void webUrlsMayBecomeLinks(String url) {
        assertThat(Copy.isWebUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "data:text/html,hi",
            "//a.example/x", "https://", "https://a.example/ onmouseover=x", "https://a.example/\u0000",
            "ftp://a.example", "stories/a.html", ""})
    void everythingElseStaysText(String url) {
        assertThat(Copy.isWebUrl(url)).isFalse();
    }

    @Test
    void nullUrlIsNotALink() {
        assertThat(Copy.isWebUrl(null)).isFalse();
    }

    @Test
    void oneLineCollapsesBreaksAndDropsControlCharacters() {
        assertThat(Copy.oneLine("  a\n\tb\u2028c\u0007d\u00A0 e ")).isEqualTo("a b cd e");
        assertThat(Copy.oneLine(null)).isEmpty();
    }

    @Test
    void citedSourcesAreDistinctInCitationOrder() {
        SummarySentence sentence = new SummarySentence("x", List.of(new Citation(3, 0, "a"),
                new Citation(1, 0, "b"), new Citation(3, 4, "c"), new Citation(2, 0, "d")));

        assertThat(Copy.citedSources(sentence)).containsExactly(3, 1, 2);
    }
}
