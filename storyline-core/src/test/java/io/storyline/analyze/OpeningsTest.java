package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningsTest {

    @Test
    void pronounsAndConnectivesLeanOnTheSentenceBefore() {
        assertTrue(Openings.pronoun("He leads the outlawed Kurdistan Workers Party."));
        assertTrue(Openings.pronoun("\u201cThey didn't even look down,\u201d he said."));
        assertTrue(Openings.connective("Instead, they repeatedly asked him how he would vote."));
        assertTrue(Openings.leansOnPrevious("But D'Amato is something else as well."));
        assertTrue(Openings.leansOnPrevious("That decision angered the opposition."));
        assertTrue(Openings.pronoun("He said two of his clients had asked to divert shipments."));
        assertTrue(Openings.pronoun("\u201cIt is far too early,\u201d Raman said."));
        assertTrue(Openings.pronoun("This was the third closure in a year."));
    }

    @Test
    void namedSubjectsAndLookalikesStandAlone() {
        assertFalse(Openings.leansOnPrevious("Hun Sen's party won 64 of the 122 seats."));
        assertFalse(Openings.leansOnPrevious("Thursday's vote was delayed."));
        assertFalse(Openings.leansOnPrevious("Theyre is not a word, but Hethersett is a village."));
        assertFalse(Openings.leansOnPrevious("Andrew Marsh said the road was closed."));
        assertFalse(Openings.leansOnPrevious("Helen Dubois said her trade had halved."));
        assertFalse(Openings.leansOnPrevious("Theirry Vance, the harbour master, closed the channel."));
        assertFalse(Openings.leansOnPrevious("Itzel Ramos led the divers."));
        assertFalse(Openings.leansOnPrevious("Six cargo ships were waiting at anchor."));
        assertFalse(Openings.leansOnPrevious("Then-President Bill Clinton signed the accord."));
        assertFalse(Openings.leansOnPrevious("So-called dreamers marched on the capitol."));
        assertFalse(Openings.leansOnPrevious("So far, 12 people have died."));
        assertFalse(Openings.leansOnPrevious("This week, the council voted to close the pier."));
        assertTrue(Openings.leansOnPrevious("So the council voted to close the pier."));
        assertTrue(Openings.leansOnPrevious("This time, the council voted to close the pier."));
        assertFalse(Openings.leansOnPrevious(""));
        assertFalse(Openings.leansOnPrevious("\"\" ..."));
    }

    @Test
    void firstWordSkipsQuotesAndBrackets() {
        assertEquals("the", Openings.firstWord("  (\"The king said so.\")"));
        assertEquals("", Openings.firstWord("--"));
    }

    @Test
    void personalPronounsStandForPeople() {
        assertTrue(Openings.personalPronoun("He leads the outlawed party."));
        assertTrue(Openings.personalPronoun("Her lawyers appealed on Monday."));
        assertFalse(Openings.personalPronoun("They marched through Rome."));
        assertFalse(Openings.personalPronoun("Helen Ochs leads the party."));
    }
}
