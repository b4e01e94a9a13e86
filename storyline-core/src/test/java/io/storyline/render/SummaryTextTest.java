package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTextTest {

    private final SummaryRendering renderer = SummaryRendering.of(OutputFormats.TEXT);

    @Test
    void writesOneSentencePerLineWithoutCitations() {
        String text = renderer.render(SummaryFixtures.pierStory());

        assertThat(text.split("\n", -1)).containsExactly(
                "The north pier at Gull Bay collapsed on Monday morning.",
                "Two deckhands were taken to hospital with minor injuries.",
                "Ferries will use the south quay until June.",
                "");
        assertThat(text).doesNotContain("[1]").doesNotContain("Sources").doesNotContain("Tideline");
    }

    @Test
    void joinsASentenceThatSpansLinesOntoOneLine() {
        Summary summary = new Summary("lead", List.of(new SummarySentence("Crews worked\nthrough the\r\n night.",
                List.of(new Citation(1, 0, "x")))), SummaryFixtures.threeSources());

        assertThat(renderer.render(summary)).isEqualTo("Crews worked through the night.\n");
    }

    @Test
    void emptySummaryIsEmptyText() {
        assertThat(renderer.render(SummaryFixtures.empty())).isEmpty();
    }

    @Test
    void keepsMarkupCharactersVerbatim() {
        assertThat(renderer.render(SummaryFixtures.hostile()))
                .isEqualTo(SummaryFixtures.HOSTILE + "\n");
    }
}
