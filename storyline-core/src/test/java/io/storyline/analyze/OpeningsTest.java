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
        assertTrue(Openings.pronoun("Two of them remained in hospital on Sunday."));
        assertTrue(Openings.pronoun("Most of these were children, the hospital said."));
        assertFalse(Openings.pronoun("Two of the injured remained in hospital on Sunday."));
        assertFalse(Openings.pronoun("Many of those injured were children."));
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

    @Test
    void aConnectiveThatCannotBePartOfTheClauseIsDropped() {
        assertEquals("The United States does have CIA personnel on the ground.",
                Openings.withoutConnective("But the United States does have CIA personnel on the ground."));
        assertEquals("The ferry will not sail before Monday.",
                Openings.withoutConnective("However, the ferry will not sail before Monday."));
        assertEquals("Divers found the second hull on Tuesday.",
                Openings.withoutConnective("Meanwhile, divers found the second hull on Tuesday."));
        assertEquals("He said the pier would reopen in May.",
                Openings.withoutConnective("And he said the pier would reopen in May."));
        assertEquals("12 ships waited at anchor overnight.",
                Openings.withoutConnective("Still, 12 ships waited at anchor overnight."));
        assertEquals("The ferry will keep sailing from the north quay.",
                Openings.withoutConnective("And yet, the ferry will keep sailing from the north quay."));
        assertEquals("The ferry will keep sailing from the north quay.",
                Openings.withoutConnective("But still, the ferry will keep sailing from the north quay."));
        assertEquals("iPhone sales fell for a third quarter.",
                Openings.withoutConnective("But iPhone sales fell for a third quarter."));
        assertEquals("\u01C5ivko Mati\u0107 took the ferry home.",
                Openings.withoutConnective("And \u01C6ivko Mati\u0107 took the ferry home."));
    }

    @Test
    void aConnectivePartOfTheClauseOrAShortRestStays() {
        for (String whole : new String[] {
                "Still missing are three of the crew.",
                "So many people came that the hall was shut.",
                "Also killed were two harbour pilots.",
                "Yet another storm is on its way.",
                "Instead of sailing, the crew waited.",
                "Then-President Bill Clinton signed the accord.",
                "Andrew Marsh said the road was closed.",
                "Butter prices rose again in March.",
                "But not yet.",
                "\u201cBut we will rebuild the pier,\u201d the mayor said.",
                "But \u201cwe will rebuild,\u201d the mayor said on Monday.",
                "The council, however, voted to close the pier.",
                "But for the quick action of the crew, the ferry would have sunk.",
                "So, too, the council voted to close the pier.",
                "However, he said, the ferry will not sail before Monday.",
                "Thus, Microsoft insists, there is no product-tying violation of antitrust laws.",
                "But we will rebuild the pier,\u201D the mayor said on Monday.",
                "But we will rebuild the pier,\" the mayor said on Monday.",
                ""}) {
            assertEquals(whole, Openings.withoutConnective(whole));
        }
    }
}
