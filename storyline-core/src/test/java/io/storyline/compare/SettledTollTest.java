package io.storyline.compare;

import io.storyline.model.Article;
import io.storyline.model.Comparison;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The toll of a past crash, aboard or on the ground, does not move weeks later: two values are a conflict. */
class SettledTollTest {

    private static final LocalDate CRASH = LocalDate.of(2026, 2, 3);

    private static Article article(String id, String outlet, LocalDate day, String text) {
        return new Article(id, outlet, null, null, day, text, id + ".txt");
    }

    private static List<String> groundConflicts(LocalDate second, LocalDate third) {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Airfield Wire", CRASH, "A cargo plane crashed into a warehouse near Selby on Tuesday.\n\n"
                        + "Investigators began searching the wreckage for the flight recorders."),
                article("b", "Airfield Wire", second, "The cargo plane that crashed near Selby killed all 6 people aboard "
                        + "and three people on the ground, investigators said in their first report."),
                article("c", "Morning Ledger", third, "The cargo plane that crashed near Selby killed all 6 people aboard "
                        + "and four people on the ground, investigators said in their first report.")));
        return comparison.disagreements().stream().filter(c -> c.slot().endsWith("on the ground"))
                .map(c -> c.value() + " / " + c.otherValue()).toList();
    }

    @Test
    void weeksAfterTheCrashTwoTollsOnTheGroundAreAConflict() {
        assertThat(groundConflicts(CRASH.plusDays(20), CRASH.plusDays(40))).containsExactly("three people / four people");
    }

    @Test
    void aCrashWithAnotherTollAboardIsAnotherCrash() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("b", "Airfield Wire", CRASH.plusDays(20), "The cargo plane that crashed near Selby killed all 6 "
                        + "people aboard and three people on the ground, investigators said in their first report."),
                article("c", "Morning Ledger", CRASH.plusDays(40), "Selby's airfield has a grim record.\n\n"
                        + "In 1994 a helicopter crash at the field killed 35 people on board and one on the ground.")));
        assertThat(comparison.conflicts()).noneMatch(c -> c.slot().contains("on the ground"));
    }

    @Test
    void inTheFirstDaysAHigherTollIsTheStoryMovingOn() {
        assertThat(groundConflicts(CRASH.plusDays(1), CRASH.plusDays(2))).isEmpty();
        // listed as an update, not hidden (Updates)
        Comparison comparison = OutletComparison.compare(List.of(
                article("b", "Airfield Wire", CRASH.plusDays(1), "The cargo plane that crashed near Selby killed all 6 "
                        + "people aboard and three people on the ground, investigators said in their first report."),
                article("c", "Morning Ledger", CRASH.plusDays(2), "The cargo plane that crashed near Selby killed all 6 "
                        + "people aboard and four people on the ground, investigators said in their first report.")));
        assertThat(comparison.updates()).anyMatch(c -> c.slot().endsWith("on the ground"));
    }
}
