package io.storyline.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Citation;
import io.storyline.model.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two outlets' ages of one person a day apart: one year more is the person ageing, any other pair a disagreement. */
class UpdatesAgeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private final Updates updates = new Updates(List.of(
            new Source(1, "a", "Vale Post", "Hail", null, MONDAY, "a.txt"),
            new Source(2, "b", "Ridge Wire", "Hail", null, MONDAY.plusDays(1), "b.txt")));

    private boolean update(String value, String other) {
        return updates.between("number", "age of Ostrow", value, other,
                new Citation(1, 0, "Farmer Ana Ostrow, " + value + ", lost her crop."),
                new Citation(2, 0, "Farmer Ana Ostrow, " + other + ", lost her crop."));
    }

    @Test
    void anAgeMovesOnlyByTheYearAPersonAges() {
        assertThat(update("71", "72")).isTrue();
        assertThat(update("71", "67")).isFalse();
    }

    @Test
    void aFigureTooLongForAnAgeIsADisagreementNotAFailure() {
        assertThat(update("71", "123456789012345")).isFalse();
    }
}
