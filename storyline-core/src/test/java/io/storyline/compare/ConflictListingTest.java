package io.storyline.compare;

import io.storyline.Storyline;
import io.storyline.analyze.SlotDifference;
import io.storyline.analyze.Slots;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Dispute;
import io.storyline.model.Fact;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.SummaryOptions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How conflicts are listed (session-19 cold trial, on a story written for this test): once per pair of outlets.
 */
class ConflictListingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 8);

    private static Article article(String id, String outlet, LocalDate day, String text) {
        return new Article(id, outlet, null, null, day, text, id + ".txt");
    }

    @Test
    void aConflictIsListedOncePerPairOfOutletsNotOncePerArticle() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Lake Courier", DAY, "The fire burned 700 hectares of forest near Tolm, officials said.\n\n"
                        + "Smoke closed the road to the coast."),
                article("b", "Hill Post", DAY, "The fire burned 1,900 hectares of forest near Tolm, officials said.\n\n"
                        + "Schools in Tolm stayed shut."),
                article("c", "Hill Post", DAY, "The fire burned 1,900 hectares of forest near Tolm, officials said on Monday.\n\n"
                        + "Two helicopters dropped water on the flames.")));
        assertThat(comparison.conflicts()).filteredOn(c -> c.slot().contains("hectare")).hasSize(1);
    }
}
