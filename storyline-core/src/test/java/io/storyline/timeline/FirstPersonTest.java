package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import io.storyline.model.Timeline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Invented sentences about a library closing. */
class FirstPersonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "In my village the library was the only warm room in winter.",
        "We should ask why the council never consulted the readers.",
        "You don't have to go far to find someone who learned to read there.",
        "I'm told the building will be sold by the spring.",
        "The cuts hit us harder than the councillors admit.",
    })
    void aWriterSpeakingForThemselvesIsFound(String sentence) {
        assertThat(FirstPerson.speaks(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The council closed the Elm Street library on Tuesday.",
        "The reading room was built in memory of the dead of World War I.",
        "\"We will not give up.",
        "Our readers are stubborn,\" the head librarian said on Friday.",
        "The librarian told the meeting: \"We will keep the doors open.",
        "\"We had no choice,\" the council leader said of the closure.",
        "The librarian said \u201cI will miss every one of them\u201d as she locked the doors.",
        "US publishers offered to buy the building's collection.",
        "Volume II of the town's history was found in the basement.",
    })
    void aReportAndTheQuotesInItAreNot(String sentence) {
        assertThat(FirstPerson.speaks(sentence)).isFalse();
    }

    @Test
    void aReportOutranksAColumnistOnTheSameDay() {
        LocalDate tuesday = LocalDate.of(2024, 5, 7);
        Article report = new Article("r1", "Courier", null, "Library", tuesday,
                "The council closed the Elm Street library on Tuesday after forty years. "
                        + "Readers queued outside the Elm Street library on Tuesday to return their books.", "r1.txt");
        // the closest to the day's centroid, as it mixes both reports' words
        Article column = new Article("c1", "Courier", null, "Library", tuesday,
                "We watched the council close the Elm Street library on Tuesday as readers queued to return books.",
                "c1.txt");
        Timeline timeline = new TimelineBuilder(new TimelineOptions(1, 1, List.of())).build(List.of(column, report));
        assertThat(timeline.entries()).singleElement().satisfies(e -> assertThat(e.sentences())
                .singleElement().satisfies(s -> assertThat(s.text()).doesNotContain("We watched")));
    }
}
