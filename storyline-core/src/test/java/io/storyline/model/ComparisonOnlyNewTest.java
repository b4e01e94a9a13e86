package io.storyline.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Comparison#onlyNew}: what of a story's comparison a reader of the other articles has not seen. */
class ComparisonOnlyNewTest {

    private static Source source(int number, String id) {
        return new Source(number, id, "Outlet " + number, "Title " + number, null, LocalDate.of(2024, 5, number), "test");
    }

    private static Citation cite(int source) {
        return new Citation(source, 0, "sentence of " + source);
    }

    @Test
    void keepsTheFactsOnlyNewArticlesReportTheConflictsWithANewSideAndTheNewQuotes() {
        List<Source> sources = List.of(source(1, "new-a"), source(2, "new-b"), source(3, "old"));
        Fact onlyNew = new Fact("The fire was put out.", List.of(cite(1), cite(2)), List.of("Outlet 1", "Outlet 2"));
        Fact alsoOld = new Fact("The fire broke out.", List.of(cite(1), cite(3)), List.of("Outlet 1", "Outlet 3"));
        Fact onlyOld = new Fact("Wheat was stored.", List.of(cite(3)), List.of("Outlet 3"));
        Conflict newAgainstOld = new Conflict("number", "hurt", "six", cite(2), "four", cite(3));
        Conflict oldAgainstOld = new Conflict("day", "day", "Tuesday", cite(3), "Wednesday", cite(3));
        Quote newQuote = new Quote("It will reopen", "the owner", true, 1, 0);
        Quote oldQuote = new Quote("It is burning", "the chief", true, 3, 0);
        Comparison all = new Comparison(sources, List.of(), List.of(newQuote, oldQuote),
                List.of(onlyNew, alsoOld, onlyOld), List.of(newAgainstOld, oldAgainstOld));

        Comparison fresh = all.onlyNew(Set.of("new-a", "new-b"));

        assertThat(fresh.facts()).containsExactly(onlyNew);
        assertThat(fresh.conflicts()).containsExactly(newAgainstOld);
        assertThat(fresh.quotes()).containsExactly(newQuote);
        assertThat(fresh.sources()).isEqualTo(sources);
        assertThat(all.onlyNew(Set.of()).facts()).isEmpty();
    }
}
