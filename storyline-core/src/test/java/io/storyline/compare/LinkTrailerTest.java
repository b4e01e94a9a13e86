package io.storyline.compare;

import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Fact;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A wire service's link trailer, printed under two reports, is not listed as a fact both carry. */
class LinkTrailerTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2026, 3, 12), text, id + ".txt");
    }

    @Test
    void aLinkTrailerIsNoFact() {
        String trailer = "\n\n------ On the Net: The harbour board's report: http://www.harbour-board.example.org";
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Harbor Wire", "The ferry Marlow Star sank off Port Alder on Friday with 30 people aboard."
                        + trailer),
                article("b", "Coast Courier", "Rescuers searched the water off Port Alder for the crew of the ferry "
                        + "Marlow Star on Saturday." + trailer)));
        assertThat(comparison.facts()).extracting(Fact::text).noneMatch(t -> t.contains("http://"));
        assertThat(comparison.facts()).extracting(Fact::text).anyMatch(t -> t.startsWith("The ferry Marlow Star sank"));
    }
}
