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
        // a Washington Post page: a headline without a full stop, then its dateline further in
        "Harbour Plans Dredging ; Ferries Cut Fares TALLINN , March 4 -- The port authority approved the dredging."
                + "|The port authority approved the dredging.",
        // a picture's caption and its credit run in before a wire dateline (a Fox News page)
        "Tugs pull a listing freighter away from the quay Coast Guard via AP NARVA, Estonia -- The port authority "
                + "closed the harbour to tankers.|The port authority closed the harbour to tankers.",
        "A diver inspects the hull AP TALLINN -- Divers found a crack in the quay wall.|Divers found a crack in the "
                + "quay wall.",
        "Chiefs of Two Ports to Miss Harbour Forum UNITED NATIONS , Nov. 24 -- The heads of both ports stayed home."
                + "|The heads of both ports stayed home.",
        // a Washington Post page: credit, byline, dateline
        "(Brian Snyder/Reuters) By Maria Lenz and Tom O'Neil TALLINN -- The harbour stayed shut for a third day."
                + "|The harbour stayed shut for a third day.",
        "(Getty Images) The freighter was towed out of the channel at dawn.|The freighter was towed out of the channel at dawn.",
        "(Video by AP) Tugs pull the freighter off the sandbank.|Tugs pull the freighter off the sandbank.",
        // a Reuters page: a pointer to more coverage, and a time stamp mid-line
        "(For full coverage of the closure, click (nPORT)) TALLINN, March 4 (Reuters) - Ferries resumed sailing to "
                + "the islands.|Ferries resumed sailing to the islands.",
        // a Guardian page: a headline and standfirst before the time stamp
        "The harbour that stood still Ships wait as the port stays shut Tuesday 4 March 2024 08.43 GMT There has "
                + "never been a closure like it in the port's long history.|There has never been a closure like it in "
                + "the port's long history.",
        // a CNN page's media label, a Guardian page's audio link, a BBC page's player notice
        "Video of the harbour master's statement: (Update 1:50 a.m. Wednesday in Tallinn) The port will reopen on "
                + "Friday.|The port will reopen on Friday.",
        "Photograph: AP Engineers inspected the hull of the grounded freighter on Sunday.|Engineers inspected the "
                + "hull of the grounded freighter on Sunday.",
        "29 May: The port authority announces that the salvage has failed.|The port authority announces that the "
                + "salvage has failed.",
        // a list of a paper's editorials, each labelled with its day and kind
        "March 11, leader: At the heart of yesterday's long debate in the council, something important was going on."
                + "|At the heart of yesterday's long debate in the council, something important was going on.",
        "Harbour board meets after the closure (1:46) Nov. 16 - Harbour board members met in Tallinn to plan the "
                + "dredging.|Harbour board members met in Tallinn to plan the dredging.",
        "Link to this audio Ferries resumed sailing to the islands on Monday morning.|Ferries resumed sailing to the "
                + "islands on Monday morning.",
        "Media playback is unsupported on your device Divers inspected the hull on Sunday.|Divers inspected the hull "
                + "on Sunday.",
    })
    void furnitureBeforeTheSentenceGoes(String page, String entry) {
        assertThat(EntryText.of(page)).isEqualTo(entry);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a credit without a slash: the names end where the lead's first word begins
        "Photograph: Tarnport Ltd Tarnport divers inspected the hull on Sunday."
                + "|Tarnport divers inspected the hull on Sunday.",
        "Photograph: Nordcam Tugs towed the listing freighter out of the channel.|Tugs towed the listing freighter "
                + "out of the channel.",
        "Photograph: Mari Tamm for the Courier Ferry captain Ivo Saar said the crew had been warned.|Ferry captain "
                + "Ivo Saar said the crew had been warned.",
        "Illustration: Mari Tamm for the Courier The harbour board's report names eight failings.|The harbour "
                + "board's report names eight failings.",
        "Photograph: Associated Press The harbour master closed the port to tankers.|The harbour master closed the "
                + "port to tankers.",
        "Photograph: Mari Tamm/Associated Press The harbour master closed the port to tankers.|The harbour master "
                + "closed the port to tankers.",
        // a BBC page's stamp and its link label
        "Last updated at 15:41 GMT Help The harbour master closed the port to tankers.|The harbour master closed "
                + "the port to tankers.",
        "Page last updated at 06:28 The harbour master closed the port to tankers.|The harbour master closed the "
                + "port to tankers.",
        // a live blog's section label and the update stamp after it
        "Developments, as confirmed by our reporters, on the closure: (Update 5:30 a.m. in Tallinn) Ferries "
                + "waited outside the breakwater.|Ferries waited outside the breakwater.",
        // a graphic's label in capitals, repeated on each of its lines
        "HOW THE WRECK WAS RAISED Divers fixed cables to the hull before the cranes lifted it.|Divers fixed cables "
                + "to the hull before the cranes lifted it.",
        // a chronology's full date, with or without a colon
        "8 December 2023 The harbour board votes to dredge the eastern channel.|The harbour board votes to dredge "
                + "the eastern channel.",
        "December 8, 2023: The harbour board votes to dredge the eastern channel.|The harbour board votes to dredge "
                + "the eastern channel.",
    })
    void labelsStampsAndCreditsInFrontGo(String page, String entry) {
        assertThat(EntryText.of(page)).isEqualTo(entry);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Photograph: the harbour master's own pictures show the damage to the pier.",
        "US FDA inspectors boarded the freighter on Sunday morning.",
        "Photograph: Mari Tamm Harbour Board Ltd Port Authority Divers inspected it.",
        "The last update at 15:41 said the freighter was still listing.",
    })
    void proseThatLooksLikeALabelStaysWhole(String sentence) {
        assertThat(EntryText.of(sentence)).isEqualTo(sentence);
    }

    @Test
    void aSitesFooterRunOnAfterTheLastSentenceGoes() {
        assertThat(EntryText.of("Ivo Saar, harbour master, born May 2 1950; died March 3 2024 Letters for "
                + "publication should be sent to: letters@example.org If you need help using the site: "
                + "help@example.org Call the main Courier switchboard: 0100"))
                .isEqualTo("Ivo Saar, harbour master, born May 2 1950; died March 3 2024");
    }

    @Test
    void aTimeStampFurtherInEndsThePagesLines() {
        assertThat(EntryText.of("TALLINN | Fri Mar 1, 2024 6:23 pm GMT TALLINN (Reuters) - Estonia closed its largest "
                + "port to tankers after the freighter ran aground on Friday."))
                .isEqualTo("Estonia closed its largest port to tankers after the freighter ran aground on Friday.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a print edition's stamp opening the lead, or after a byline run in before it
        "Thursday, March 7, 2024; Page A01 Harbour workers walked out on Wednesday.|Harbour workers walked out on "
                + "Wednesday.",
        "By Mari Tamm, Courier Staff Writer Sunday, March 10, 2024; Page B03 The harbour board voted on Friday to "
                + "dredge the eastern channel.|The harbour board voted on Friday to dredge the eastern channel.",
    })
    void aPrintEditionsStampGoes(String page, String entry) {
        assertThat(EntryText.of(page)).isEqualTo(entry);
        assertThat(EntryText.pageStampEnd("Thursday, March 7, 2024; Page A01 Workers walked out.")).isEqualTo(34);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The port authority (PA) said on Tuesday that the closure would last a week.",
        "March was the busiest month the harbour has had since the war.",
        "Officials (who asked not to be named) said the freighter had lost power.",
        "(Update 9:14 p.m.) Closed.",
        "By Friday the port had reopened to ferries but not to tankers.",
        "By Tuesday, divers had found two cracks in the hull.",
        "Video recorded by a passing motorist shows the freighter striking the pier.",
        "(The port authority said the closure would last a week.) Ferries waited.",
    })
    void prose_andEntriesThatWouldBeLeftTooShort_stayWhole(String sentence) {
        assertThat(EntryText.of(sentence)).isEqualTo(sentence);
    }

    @Test
    void theCitationKeepsWhatTheSourceWrote() {
        var articles = io.storyline.InventedStory.titled("Wire", "Harbour", java.time.LocalDate.of(2024, 3, 3),
                "TALLINN, March 3 (Reuters) -- The harbour master closed the port of Tallinn to tankers on Sunday. "
                        + "Tugs towed the listing freighter out of the channel on Sunday.");
        var timeline = new TimelineBuilder(new TimelineOptions(1, 2, java.util.List.of())).build(articles);
        var sentences = timeline.entries().get(0).sentences();
        assertThat(sentences).extracting(s -> s.text()).noneMatch(t -> t.contains("(Reuters)"));
        assertThat(sentences).flatExtracting(s -> s.citations()).extracting(c -> c.sentence())
                .anyMatch(t -> ((String) t).startsWith("TALLINN, March 3 (Reuters) --"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Posted by David T on April 2, 2005 11:01 PM.|true",
        "Link to this video|true",
        "Related: Harbour closures this winter|true",
        "Live video of the wreck in the harbour.|true",
        "Live coverage of the inquiry into the harbour closure.|true",
        "Live music was played on the quay as the ferries returned.|false",
        "A version appeared on p1 of the Main section of the Courier on Saturday 2 March 2024|true",
        "A version appeared in the Courier on 14.44 GMT on Wednesday 6 March 2024|true",
        "The harbour master posted a notice on the gate.|false",
        "Ferries defy a ban that began at 6 p.m. Friday Editor 's Note : This article is being updated.|true",
        "The editor noted that the ferries sailed on Friday.|false",
        "SOURCES : Harbour Board , Port Authority Three reasons why the port is the perfect symbol ... Fees .|true",
        "In the video below, our reporter walks along the closed quay at Kelby.|true",
        "The map above shows where the ferry sank.|true",
        "Divers filmed the hull, and the video was shown to the inquiry below the harbour office.|false",
        "Staff writers Ann Lee and Tom Ash were online Wednesday at 1 p.m. ET to answer questions about the closure.|true",
        "The harbour booking office was online again on Wednesday after the storm.|false",
        "Click on any picture to see it larger March 9: Divers search the wreck off Kelby.|true",
        "Click the Play button and watch the slick spread day by day.|true",
        "(Image: A diver climbs back on board the tug off Kelby.|true",
        "Credit: Jane Doe) A guide to the harbour closure and what it means for the town.|true",
        "Ferry sinks off Kelby Crew rescued by tugs Monday 4 March 2024 22.40 GMT Tugs beside the quay.|true",
        "Ferry sinks off Kelby Monday 4 March 2024 22.40 GMT The ferry sank off Kelby with forty people on board.|false",
    })
    void furnitureSentencesAreToldWhole(String sentence, boolean furniture) {
        assertThat(EntryText.isFurniture(sentence)).isEqualTo(furniture);
    }

    @Test
    void aChartsSignedFigureAboveAnItemIsLeftOut() {
        assertThat(EntryText.of("Harbour Freight Index: -12.45 Dock workers walk out over pay at the north quay."))
                .isEqualTo("Dock workers walk out over pay at the north quay.");
        assertThat(EntryText.of("Pulford: 3,000 people were moved to the school hall on Friday."))
                .as("a figure without a sign is the sentence's fact").startsWith("Pulford: 3,000");
    }

    @Test
    void aSentenceOpeningInsideABracketIsAFragment() {
        assertThat(EntryText.isFragment("L) oil spill in the bay, the insurer said in a report on Thursday.")).isTrue();
        assertThat(EntryText.isFragment("(Reuters) The ferry sank in the bay on Thursday.")).isFalse();
        assertThat(EntryText.isFragment("The ferry (left) sank in the bay on Thursday.")).isFalse();
        // an attribution split from the quotation on the line before it
        assertThat(EntryText.isFragment("Ivo Saar says today, over a coffee in a harbour bar.")).isTrue();
        assertThat(EntryText.isFragment("Ivo says , over a coffee in a harbour bar .")).isTrue();
        assertThat(EntryText.isFragment("Police said, however, that the ferry sank in the bay.")).isFalse();
        assertThat(EntryText.isFragment("Police said the ferry sank in the bay on Thursday.")).isFalse();
    }

    @Test
    void aQuestionIsNoEntry() {
        assertThat(EntryText.asksAQuestion("Did the ferry sink in the bay on Tuesday?")).isTrue();
        assertThat(EntryText.asksAQuestion("\"Will the bridge reopen before the winter?\" ")).isTrue();
        assertThat(EntryText.asksAQuestion("What makes a flood really bad?\u201D")).isTrue();
        assertThat(EntryText.asksAQuestion("\"Will the bridge reopen?\" asked the mayor on Tuesday.")).isFalse();
        assertThat(EntryText.asksAQuestion("The ferry sank in the bay on Tuesday.")).isFalse();
    }

    @Test
    void aSentenceCutOffAtAnEllipsisIsNoEntry() {
        assertThat(EntryText.isCutOff("Officials shut the ferry route on Sunday because of the flooding spewing ma ...")).isTrue();
        assertThat(EntryText.isCutOff("Kelby Ferries Ltd. Provided Advance Warning of 'Flood ...")).isTrue();
        assertThat(EntryText.isCutOff("The mayor said the town would \"rebuild ... and recover\" within a year.")).isFalse();
        assertThat(EntryText.isCutOff("The ferry sank in the bay on Tuesday.")).isFalse();
    }
}
