package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Right-to-left article text in the HTML pages takes its own direction ({@code dir="auto"}), so Arabic and
 * Hebrew sentences read right to left with their punctuation at their end; English pages are unchanged.
 */
class TextDirectionTest {

    private static final String ARABIC = "\u0623\u063a\u0644\u0642\u062a \u0627\u0644\u0633\u0644\u0637\u0627\u062a"
            + " \u0627\u0644\u062c\u0633\u0631 \u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621.";
    private static final String HEBREW = "\u05d4\u05d2\u05e9\u05e8 \u05e0\u05e1\u05d2\u05e8 \u05d1\u05d9\u05d5\u05dd"
            + " \u05e9\u05dc\u05d9\u05e9\u05d9.";

    private static Summary summary(String first, String second, String title) {
        return new Summary("lead", List.of(new SummarySentence(first, List.of(new Citation(1, 0, first))),
                new SummarySentence(second, List.of(new Citation(1, 1, second)))),
                List.of(new Source(1, "a", "Al Waha", title, null, LocalDate.of(2026, 3, 3), "a.html")));
    }

    @Test
    void summarySentencesAndTitlesInRightToLeftScriptsTakeTheirOwnDirection() {
        Document doc = Jsoup.parse(SummaryRendering.of(OutputFormats.HTML).render(summary(ARABIC, HEBREW, ARABIC)));
        assertThat(doc.getElementsContainingOwnText("\u0623\u063a\u0644\u0642\u062a")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.closest("[dir=auto]")).as(e.outerHtml()).isNotNull());
        assertThat(doc.getElementsContainingOwnText("\u05d4\u05d2\u05e9\u05e8")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.closest("[dir=auto]")).isNotNull());
        // the page's own words stay left to right
        assertThat(doc.selectFirst("html").hasAttr("dir")).isFalse();
        assertThat(doc.select("h2").eachAttr("dir")).isEmpty();
    }

    @Test
    void timelineEntriesInArabicTakeTheirOwnDirection() {
        Timeline timeline = new Timeline(List.of(new TimelineEntry(LocalDate.of(2026, 3, 3),
                List.of(new SummarySentence(ARABIC, List.of(new Citation(1, 0, ARABIC)))))),
                List.of(new Source(1, "a", "Al Waha", null, null, LocalDate.of(2026, 3, 3), "a.html")),
                List.of(), List.of());
        Document doc = Jsoup.parse(OutputFormats.HTML.render(RecordType.TIMELINE, timeline, RenderOptions.defaults()));
        assertThat(doc.getElementsContainingOwnText("\u0623\u063a\u0644\u0642\u062a")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.closest("[dir=auto]")).isNotNull());
    }

    @Test
    void anEnglishPageGetsNoDirectionMarks() {
        String html = SummaryRendering.of(OutputFormats.HTML).render(summary("The bridge closed on Tuesday.",
                "It reopens on Friday.", "Bridge closed"));
        assertThat(Jsoup.parse(html).select("[dir]")).isEmpty();
    }
}
