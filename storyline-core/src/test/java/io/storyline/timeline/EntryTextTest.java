package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented sentences about a harbour closure, as pages put them. */
class EntryTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(Update 9:14 p.m. in Tallinn, 2:14 p.m. ET) The harbour master closed the port to tankers."
                + "|The harbour master closed the port to tankers.",
        "-- (Updated 6:05 a.m. (0405 GMT)) Tugs towed the listing freighter out of the channel."
                + "|Tugs towed the listing freighter out of the channel.",
        "TALLINN, March 3 (Reuters) -- The port authority said the closure would last a week."
                + "|The port authority said the closure would last a week.",
        "Tallinn, Estonia (CNN) -- Dock workers were sent home on full pay."
                + "|Dock workers were sent home on full pay.",
        "NARVA, Estonia -- Fishing boats waited outside the breakwater for a second night."
                + "|Fishing boats waited outside the breakwater for a second night.",
        "(AP Photo/Mari Tamm) (Mari Tamm - AP) A crane lifts a container off the grounded freighter."
                + "|A crane lifts a container off the grounded freighter.",
        "Photograph: Mari Tamm/Rex Features Divers inspected the hull of the grounded freighter on Sunday."
                + "|Divers inspected the hull of the grounded freighter on Sunday.",
        "* March 5 - The port reopens to passenger ferries but not to tankers."
                + "|The port reopens to passenger ferries but not to tankers.",
        "Sunday 3 March 2024 18.42 GMT The harbour master said the port would stay shut until Friday."
                + "|The harbour master said the port would stay shut until Friday.",
        "Sept. 7: The harbour board votes to dredge the eastern channel."
                + "|The harbour board votes to dredge the eastern channel.",
    })
    void furnitureBeforeTheSentenceGoes(String page, String entry) {
        assertThat(EntryText.of(page)).isEqualTo(entry);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The port authority (PA) said on Tuesday that the closure would last a week.",
        "March was the busiest month the harbour has had since the war.",
        "Officials (who asked not to be named) said the freighter had lost power.",
        "(Update 9:14 p.m.) Closed.",
    })
    void prose_andEntriesThatWouldBeLeftTooShort_stayWhole(String sentence) {
        assertThat(EntryText.of(sentence)).isEqualTo(sentence);
    }

    @Test
    void theCitationKeepsWhatTheSourceWrote() {
        var articles = java.util.List.of(new io.storyline.model.Article("t1", "Wire", null, "Harbour",
                java.time.LocalDate.of(2024, 3, 3),
                "TALLINN, March 3 (Reuters) -- The harbour master closed the port of Tallinn to tankers on Sunday. "
                        + "Tugs towed the listing freighter out of the channel on Sunday.", "t1.txt"));
        var timeline = new TimelineBuilder(new TimelineOptions(1, 2, java.util.List.of())).build(articles);
        var sentences = timeline.entries().get(0).sentences();
        assertThat(sentences).extracting(s -> s.text()).noneMatch(t -> t.contains("(Reuters)"));
        assertThat(sentences).flatExtracting(s -> s.citations()).extracting(c -> c.sentence())
                .anyMatch(t -> ((String) t).startsWith("TALLINN, March 3 (Reuters) --"));
    }
}
