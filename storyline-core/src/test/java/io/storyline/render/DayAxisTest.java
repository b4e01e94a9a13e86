package io.storyline.render;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DayAxisTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aFarReferenceIsCutShortSoTheStorysOwnDaysTakeMostOfTheAxis() {
        DayAxis axis = DayAxis.of(List.of(day("2026-04-13"), day("2026-03-03"), day("2026-04-14"), day("2026-04-15"),
                day("2026-04-16")));
        assertThat(axis.breaks()).hasSize(1);
        assertThat(axis.breaks().get(0).days()).isEqualTo(41);
        assertThat(axis.at(day("2026-03-03"))).isEqualTo(0.0);
        assertThat(axis.at(day("2026-04-16"))).isEqualTo(1.0);
        // drawn to scale the April days would share the last 7% of the axis; cut, they take over half of it
        assertThat(axis.at(day("2026-04-16")) - axis.at(day("2026-04-13"))).isGreaterThan(0.5);
        assertThat(axis.at(day("2026-04-14")) - axis.at(day("2026-04-13")))
                .isCloseTo(axis.at(day("2026-04-15")) - axis.at(day("2026-04-14")), within(1e-9));
    }

    @Test
    void aStoryCoveredAcrossItsSpanIsDrawnToScale() {
        DayAxis axis = DayAxis.of(List.of(day("2009-04-20"), day("2009-09-20"), day("2010-03-20"), day("2011-03-20"),
                day("2011-04-20")));
        assertThat(axis.breaks()).isEmpty();
        assertThat(axis.at(day("2010-03-20"))).isCloseTo(334.0 / 730, within(1e-9));
    }

    @Test
    void aWeekIsNeverCut() {
        DayAxis axis = DayAxis.of(List.of(day("2026-03-10"), day("2026-03-11"), day("2026-03-17")));
        assertThat(axis.breaks()).isEmpty();
        assertThat(axis.at(day("2026-03-11"))).isCloseTo(1.0 / 7, within(1e-9));
    }

    @Test
    void oneDayStandsInTheMiddleAndDaysKeepTheirOrder() {
        assertThat(DayAxis.of(List.of(day("2026-03-10"), day("2026-03-10"))).at(day("2026-03-10"))).isEqualTo(0.5);
        DayAxis axis = DayAxis.of(List.of(day("2020-01-01"), day("2026-01-01"), day("2026-01-02"), day("2023-06-01")));
        assertThat(axis.at(day("2020-01-01"))).isLessThan(axis.at(day("2023-06-01")));
        assertThat(axis.at(day("2023-06-01"))).isLessThan(axis.at(day("2026-01-01")));
        assertThat(axis.at(day("2026-01-01"))).isLessThan(axis.at(day("2026-01-02")));
    }
}
