package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report backs a shown sentence only when it holds its news: the figure its main clause gives, the act
 * (not a request for it), and, when the main clause has no word of its own, what its clauses say.
 */
class BackingNewsTest {

    @Test
    void aNumberThatCountsNoNamedThingMustStandInTheReport() {
        String shown = "Sales of the Tumblebear toy reached 40,000 in one day, the maker said on Monday.";
        assertThat(Backing.backs("Sales of the Tumblebear toy reached 65,000 in one day, the maker said on Monday.", shown))
                .isFalse();
        assertThat(Backing.backs("Sales of the Tumblebear toy reached about 40,000 in a single day, the maker said.", shown))
                .isTrue();
        // a year and the day of a date are the slots' to compare, not a figure the report must repeat
        assertThat(Backing.backs("The Tumblebear toy went on sale in Lindport on Tuesday.",
                "The Tumblebear toy went on sale in Lindport on 10 March 2026.")).isTrue();
    }

    @Test
    void aBoundFarFromTheFigureAllowsItButDoesNotGiveIt() {
        String shown = "Some 4,000 people in Lindport have been infected by the fever.";
        // "more than 1,000" is no dispute of 4,000, but its outlet did not report 4,000
        assertThat(Backing.backs("The fever has infected more than 1,000 people in Lindport.", shown)).isFalse();
        // a bound close to the figure is the same figure written loosely
        assertThat(Backing.backs("The fever has infected more than 3,800 people in Lindport.", shown)).isTrue();
        assertThat(Backing.backs("About 4,000 people in Lindport have been infected by the fever.", shown)).isTrue();
        // and the other way: a shown bound is not given by a report of a figure far above it
        assertThat(Backing.backs("Some 4,000 people in Lindport have been infected by the fever.",
                "More than 1,000 people in Lindport have been infected by the fever.")).isFalse();
    }

    @Test
    void aFigureTheMainClauseGivesMustBeInTheReport() {
        String shown = "Maria Okafor, the mayor of Lindport, won 18,402 votes.";
        assertThat(Backing.backs("Candidates include Maria Okafor, the mayor of Lindport, and Tom Reyes.", shown)).isFalse();
        assertThat(Backing.backs("Okafor, the mayor of Lindport, won 18,402 votes on Sunday.", shown)).isTrue();
        // rounded or hedged, it is the same figure
        assertThat(Backing.backs("The mayor of Lindport, Maria Okafor, won about 18,400 votes.", shown)).isTrue();
        // a figure of a background clause or an age is not the news
        assertThat(Backing.backs("The bridge over the Lind was closed to lorries.",
                "The bridge over the Lind, which carries 40,000 cars a day, was closed to lorries.")).isTrue();
        assertThat(Backing.backs("Okafor was sworn in as mayor of Lindport.",
                "The 54-year-old Okafor was sworn in as mayor of Lindport.")).isTrue();
        // the day of a date, a pronoun "one", a span measuring a background clause are not the news
        assertThat(Backing.backs("The council sacked Okafor on May 4, calling her unfit for office.",
                "On May 4, the council of Lindport sacked Okafor, calling her unfit for office.")).isTrue();
        assertThat(Backing.backs("Councillors agreed to require most ferries to carry defibrillators.",
                "One would require ferries to carry defibrillators.")).isTrue();
        assertThat(Backing.backs("Lindport was the biggest port in the region last year.",
                "In 2020, five years after the strike ended, Lindport was the biggest port in the region.")).isTrue();
        // a span the opening phrase sets the main clause in is its setting ("toward the end of ..."); opening
        // the sentence otherwise, the figure is the news
        String report = "Okafor virtually has had a free hand in running the port since she became mayor under the "
                + "former governor.";
        assertThat(Backing.backs(report, "Toward the end of the former governor's seven years in office, Okafor "
                + "virtually had a free hand in running the port.")).isTrue();
        assertThat(Backing.backs(report, "In the former governor's seven years in office, Okafor virtually had a free "
                + "hand in running the port.")).isFalse();
        // a year before a name is a date, which the slots compare
        assertThat(Backing.backs("Okafor led the dockers' strike in Lindport in 1998.",
                "Okafor led the 1998 Lindport dockers' strike.")).isTrue();
    }

    @Test
    void aRequestDoesNotBackTheActDone() {
        String shown = "The harbour board issued a subpoena to have the ferry's owner testify before the inquiry.";
        assertThat(Backing.backs("Councillors asked the harbour board to issue a subpoena requiring the ferry's owner "
                + "to testify before the inquiry, a move the owner opposed.", shown)).isFalse();
        assertThat(Backing.backs("On Monday the harbour board issued a subpoena so the ferry's owner would testify "
                + "before the inquiry.", shown)).isTrue();
        // a request shown is backed by the same request reported
        assertThat(Backing.backs("The ferry's owner was asked by councillors to testify before the inquiry.",
                "Councillors asked the ferry's owner to testify before the inquiry.")).isTrue();
        // the request ends where a clause of its own opens: what workers did "when" is reported
        assertThat(Backing.backs("The port threatened to close the terminal when dock workers refused to unload "
                + "the grain ship on Sunday.", "Dock workers refused to unload the grain ship on Sunday.")).isTrue();
        // an infinitive no verb of asking governs reports the act: police used the warrant to search it
        assertThat(Backing.backs("Police used the warrant to search the warehouse on Dock Road.",
                "Police searched the warehouse on Dock Road.")).isTrue();
    }

    @Test
    void aMainClauseWithNoWordOfItsOwnIsTestedOnItsClauses() {
        String shown = "They were among those who survived the landslide in the valley that buried the village school.";
        assertThat(Backing.backs("All 30 pupils at the school were rescued, as were two teachers.", shown)).isFalse();
        assertThat(Backing.backs("Few survived the landslide in the valley, which buried the village school.", shown))
                .isTrue();
    }
}
