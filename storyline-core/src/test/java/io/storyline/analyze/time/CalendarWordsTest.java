package io.storyline.analyze.time;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarWordsTest {

    @Test
    void aMonthIsReadFromItsNameOrAnyAbbreviationInAnyCase() {
        assertThat(CalendarWords.month("January")).isEqualTo(1);
        assertThat(CalendarWords.month("Sept.")).isEqualTo(9);
        assertThat(CalendarWords.month("SEPTEMBER")).isEqualTo(9);
        assertThat(CalendarWords.month("sep")).isEqualTo(9);
        assertThat(CalendarWords.month("May")).isEqualTo(5);
        assertThat(CalendarWords.month("Dec")).isEqualTo(12);
        for (int m = 0; m < 12; m++) {
            assertThat(CalendarWords.month(CalendarWords.MONTHS.get(m))).isEqualTo(m + 1);
        }
        for (String abbreviation : CalendarWords.MONTH_ABBREVIATIONS) {
            assertThat(CalendarWords.MONTHS.get(CalendarWords.month(abbreviation) - 1)).startsWith(abbreviation);
        }
        assertThatThrownBy(() -> CalendarWords.month("Monday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarWords.month("Ma")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMonthAndDayKeyIsWrittenForAReader() {
        assertThat(CalendarWords.monthDay("mar 19")).isEqualTo("March 19");
        assertThat(CalendarWords.monthDay("sep 11")).isEqualTo("September 11");
        assertThat(CalendarWords.monthDay("may 3")).isEqualTo("May 3");
        // anything that is no key is shown as it is
        assertThat(CalendarWords.monthDay("")).isEqualTo("");
        assertThat(CalendarWords.monthDay("xyz 4")).isEqualTo("xyz 4");
        assertThat(CalendarWords.monthDay("March 19")).isEqualTo("March 19");
        assertThat(CalendarWords.monthDay("mar")).isEqualTo("mar");
    }

    @Test
    void theAbbreviationListsDifferAsNewsStyleDoes() {
        assertThat(CalendarWords.MONTH_STEMS).containsExactly("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                "Sep", "Oct", "Nov", "Dec");
        assertThat(CalendarWords.MONTH_ABBREVIATIONS).doesNotContain("May").contains("Sep", "Sept", "Mar");
        assertThat(CalendarWords.AP_MONTH_ABBREVIATIONS).doesNotContain("Mar", "Apr", "May", "Jun", "Jul", "Sep");
        assertThat(CalendarWords.DOTTED_MONTH_ABBREVIATIONS)
                .containsExactlyInAnyOrderElementsOf(concat(CalendarWords.AP_MONTH_ABBREVIATIONS, List.of("Sep")));
        assertThat(CalendarWords.MONTH_ABBREVIATIONS).containsAll(CalendarWords.DOTTED_MONTH_ABBREVIATIONS);
        assertThat(CalendarWords.dayAndMonthNames()).hasSize(19).startsWith("Monday").endsWith("December");
    }

    @Test
    void anAlternationMatchesEachWordWholeAndADotOnlyAsADot() {
        Pattern dotted = Pattern.compile("(?:" + CalendarWords.alternation(
                CalendarWords.withDots(CalendarWords.AP_MONTH_ABBREVIATIONS)) + ")");
        assertThat(dotted.matcher("Sept.").matches()).isTrue();
        assertThat(dotted.matcher("Jan.").matches()).isTrue();
        assertThat(dotted.matcher("Janx").matches()).isFalse();
        assertThat(dotted.matcher("Sep.").matches()).isFalse();
        Pattern weekday = Pattern.compile("(?:" + CalendarWords.alternation(CalendarWords.WEEKDAYS) + ")");
        assertThat(CalendarWords.WEEKDAYS).allMatch(d -> weekday.matcher(d).matches());
        assertThat(weekday.matcher("Mon").matches()).isFalse();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
