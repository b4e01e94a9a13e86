package io.storyline.summarize;

import io.storyline.model.Article;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two outlets telling one fact around one figure, or with a swapped verb, are shown once in the default
 * summary, whatever the words left over; and two facts that share a figure are both kept. A made-up story.
 */
class AnchoredRewordingSummaryTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static final List<Article> ARTICLES = List.of(
            article("ledger", "Tarn Ledger", """
                    A landslide buried the mountain road above Ostrava Creek on Sunday night, the county said.
                    Firefighters moved 2,150 villagers from Ostrava Creek to sports halls in Marl overnight.
                    The two drivers whose lorries were trapped fled across the fields before the second slide.
                    Engineers said the slope had been moving for weeks.
                    Forty homes lost power for the night.
                    """),
            article("wire", "Kell Wire", """
                    About 2,000 villagers were moved from Ostrava Creek to sports halls in the town of Marl.
                    The two drivers whose lorries were trapped escaped across the fields before the second slide.
                    The county will open a temporary road through the valley by Friday.
                    Forty homes were still without water on Monday.
                    """));

    @Test
    void aFactToldAroundOneFigureOrWithASwappedVerbIsShownOnce() {
        Summary summary = new StorySummarizer(Summarizers.byNameOrThrow(Summarizers.DEFAULT))
                .summarize(ARTICLES, Budget.words(150));
        assertThat(summary.sentences().stream().filter(s -> s.text().contains("villagers"))).hasSize(1);
        assertThat(summary.sentences().stream().filter(s -> s.text().contains("drivers"))).hasSize(1);
    }

    @Test
    void twoFactsThatShareAFigureAreBothShown() {
        Summary summary = new StorySummarizer(Summarizers.byNameOrThrow(Summarizers.DEFAULT))
                .summarize(ARTICLES, Budget.words(150));
        List<String> homes = summary.sentences().stream().map(SummarySentence::text)
                .filter(t -> t.startsWith("Forty homes")).toList();
        assertThat(homes).hasSize(2);
    }
}
