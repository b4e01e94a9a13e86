package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Repair rules on invented scrapes that imitate what dropped hyperlinks and page furniture leave. */
class ScrapeRepairTest {

    private static RepairedText repair(String raw) {
        return ScrapeRepair.repair(raw, true);
    }

    @Test
    void aSpaceBeforeAMarkIsTheWritersInTextFromMarkupAndATokenizersInAScrape() {
        String paragraph = "Le port de Wendell a perdu 2,6 % de son trafic : le maire dit « assez ! » et promet un plan.";

        assertThat(ScrapeRepair.repair(paragraph, false, true).body()).isEqualTo(paragraph);
        assertThat(ScrapeRepair.repair("The board met on Tuesday , and the vote was close ; 52 % agreed .", false, false)
                .body()).isEqualTo("The board met on Tuesday, and the vote was close; 52% agreed.");
    }

    @Test
    void hardWrappedWireCopyIsUnwrappedAndItsFirstLineIsNotAHeadline() {
        String raw = """
                The harbour board of Port Wendell voted on Tuesday to close the old
                ferry terminal by the end of the year, ending ninety years of crossings
                to the islands. The board's chairman said the decision was painful. The
                terminal's 40 staff will be offered jobs at the new container quay, which
                opens in the spring.
                """;
        RepairedText repaired = repair(raw);
        assertThat(repaired.title()).isNull();
        assertThat(repaired.body()).isEqualTo("The harbour board of Port Wendell voted on Tuesday to close the old "
                + "ferry terminal by the end of the year, ending ninety years of crossings to the islands. The "
                + "board's chairman said the decision was painful. The terminal's 40 staff will be offered jobs at "
                + "the new container quay, which opens in the spring.");
    }

    @Test
    void aWrappedLineEndingInACommaRunsOnInCopyWithoutBlankLines() {
        // a comma at a line's end followed by a long capitalised line is how a lost link looks in a scrape;
        // in wire copy wrapped at a fixed width, with no blank line at all, it is just a wrapped list
        String raw = """
                Ministers from the river states met in Port Wendell on Monday. The delegates from Arland,
                Brevia and the Coastal Union will decide on the new dam before the rains come
                in the autumn, officials said. The talks are expected to last three days
                and to end with a joint statement on water rights and the dam's cost.
                """;
        assertThat(repair(raw).body()).contains("The delegates from Arland, Brevia and the Coastal Union will decide")
                .doesNotContain("Arland.");
    }

    @Test
    void aHeadlineAboveHardWrappedCopyIsStillAHeadline() {
        String raw = """
                Old ferry terminal to close

                The harbour board of Port Wendell voted on Tuesday to close the old
                ferry terminal by the end of the year, ending ninety years of crossings
                to the islands. The board's chairman said the decision was painful. The
                terminal's 40 staff will be offered jobs at the new container quay.
                """;
        RepairedText repaired = repair(raw);
        assertThat(repaired.title()).isEqualTo("Old ferry terminal to close");
        assertThat(repaired.body()).startsWith("The harbour board of Port Wendell voted on Tuesday to close the old ferry");
    }

    @Test
    void anAttributionWhoseSubjectWasALinkIsKeptWithTheMarkOfTheLostWords() {
        String raw = """
                The harbour master of Port Elling quit on Monday, the council said.

                A second port official, Dana Orrin, left for the mainland on Tuesday,


                reported, in a further sign that the port authority is unravelling.
                """;
        assertThat(repair(raw).body()).isEqualTo("The harbour master of Port Elling quit on Monday, the council said."
                + "\n\nA second port official, Dana Orrin, left for the mainland on Tuesday, […] reported, in a further"
                + " sign that the port authority is unravelling.");
    }

    @Test
    void aBareReportedAfterACommaStaysBehindTheMark() {
        String raw = """
                Officials confirmed on Friday that the ferry line had been sold,


                reported. The buyer has not been named.
                """;
        assertThat(repair(raw).body()).isEqualTo(
                "Officials confirmed on Friday that the ferry line had been sold, […] reported. The buyer has not been named.");
    }

    @Test
    void anAttributionCitingItsSourcesKeepsThem() {
        String raw = """
                Dock workers tried to block the gates

                , but were pushed back by police, leaving several injured,


                reported, citing union stewards.

                The strike enters its third day on Sunday.
                """;
        assertThat(repair(raw).body()).isEqualTo(
                "Dock workers tried to block the gates, but were pushed back by police, leaving several injured,"
                        + " […] reported, citing union stewards.\n\nThe strike enters its third day on Sunday.");
    }

    @Test
    void aLoneOutletNameAfterACommaStaysWithTheSentenceItSpeaksFor() {
        String raw = """
                The mayor declined to say whether the toll would rise again next spring,

                Harbour Daily Courier


                Council members are expected to vote on the budget next week after a long debate.
                """;
        assertThat(repair(raw).body()).isEqualTo(
                "The mayor declined to say whether the toll would rise again next spring, Harbour Daily Courier […]."
                        + "\n\nCouncil members are expected to vote on the budget next week after a long debate.");
    }

    /**
     * A scrape of a page whose links were the outlets it quotes, each damaged as such pages are: every
     * word that says who said what is still there, and each gap a link left is marked.
     */
    @Test
    void noWordThatSaysWhoSaidItIsLostWithALink() {
        String raw = """
                ) -- Water rose over the sea wall of Port Elling on Sunday, the coast guard said.

                "We lost the whole quay in an hour,"


                quoted harbour pilot Ansel Brook as saying at the marina.

                "Three boats sank at their moorings," fisherman Rolf Ekdal told


                by telephone.

                The storm is expected to move north by Tuesday,


                reported, citing forecasters.
                """;
        String body = repair(raw).body();
        assertThat(body).isEqualTo("Water rose over the sea wall of Port Elling on Sunday, the coast guard said."
                + "\n\n\"We lost the whole quay in an hour,\" […] quoted harbour pilot Ansel Brook as saying at the marina."
                + "\n\n\"Three boats sank at their moorings,\" fisherman Rolf Ekdal told […] by telephone."
                + "\n\nThe storm is expected to move north by Tuesday, […] reported, citing forecasters.");
    }

    @Test
    void aToldFollowedByItsObjectAfterAGapIsJoinedAsItIs() {
        String raw = """
                "The pier is closed," a harbour spokesman told


                reporters on the quay.
                """;
        assertThat(repair(raw).body()).isEqualTo("\"The pier is closed,\" a harbour spokesman told reporters on the quay.");
    }

    @Test
    void quoteBrokenAcrossBlankLinesIsRejoined() {
        String raw = """
                "We saw dozens of

                boats turned away at the breakwater this morning," skipper Ilse Varg said,



                The coast guard has closed the northern channel until further notice from the port.
                """;
        assertThat(repair(raw).body()).isEqualTo(
                "\"We saw dozens of boats turned away at the breakwater this morning,\" skipper Ilse Varg said."
                        + "\n\nThe coast guard has closed the northern channel until further notice from the port.");
    }

    @Test
    void lowercaseFragmentContinuesAnUnfinishedLine() {
        String raw = """
                "The pier is closed by order of the council,"


                a harbour spokesman said on the radio.
                """;
        assertThat(repair(raw).body())
                .isEqualTo("\"The pier is closed by order of the council,\" a harbour spokesman said on the radio.");
    }

    @Test
    void lowercaseLineAfterAFinishedSentenceStartsANewOne() {
        String raw = """
                The ferry was late again.


                passengers waited three hours on the quay.
                """;
        // a new paragraph, its words as written (never re-cased: the product quotes its sources)
        assertThat(repair(raw).body()).isEqualTo("The ferry was late again.\n\npassengers waited three hours on the quay.");
    }

    @Test
    void furnitureLinesAndRelatedBlockAreDropped() {
        String raw = """
                ) -- The harbour of Port Elling reopened on Wednesday after a week of storms.

                Storm Damage Along The Coast: In Photos

                PHOTOS: The flooded quay
                VIDEO: Waves over the sea wall

                Fishing boats left at dawn for the first time in eight days.

                Written by Marten Olsby in Port Elling

                >To contact the writer of this article, click here:

                Marten Olsby

                >To follow the writer on Twitter, go to

                >To submit a news tip, send an email to:

                Related Stories:

                >>Ferry Line Sold To Unnamed Buyer
                A paragraph after the related block that must go too.
                """;
        RepairedText repaired = repair(raw);
        assertThat(repaired.body()).isEqualTo("The harbour of Port Elling reopened on Wednesday after a week of storms."
                + "\n\nFishing boats left at dawn for the first time in eight days.");
        assertThat(repaired.title()).isNull();
    }

    @Test
    void datelineIsStrippedAndItsOutletKept() {
        RepairedText cnn = repair("(CNN) -- Ferries resumed service on Monday across the bay.\n");
        assertThat(cnn.body()).isEqualTo("Ferries resumed service on Monday across the bay.");
        assertThat(cnn.outlet()).isEqualTo("CNN");

        RepairedText wire = repair("OSLO (Reuters) - Ferries resumed service on Monday across the fjord.\n");
        assertThat(wire.body()).isEqualTo("Ferries resumed service on Monday across the fjord.");
        assertThat(wire.outlet()).isEqualTo("Reuters");
    }

    @Test
    void aClipsIntroductionOnALineOfItsOwnIsDropped() {
        String page = "Rescue teams reached the village of Tarrow on Monday, officials said.\n\n"
                + "The Kessler Radio's Ana Lopes reports from Tarrow.\n\n"
                + "KXLT's Ivan Marsh reports.\n\n"
                + "Kessler Radio's Ana Lopes reports that the road to Tarrow reopened on Tuesday.\n";
        assertThat(repair(page).body()).isEqualTo("Rescue teams reached the village of Tarrow on Monday, officials said."
                + "\n\nKessler Radio's Ana Lopes reports that the road to Tarrow reopened on Tuesday.");
        // tokenized research text (one sentence a line) too
        assertThat(repair("Rescue teams reached Tarrow on Monday , officials said .\nKXLT 's Ivan Marsh reports from Tarrow .\n")
                .body()).isEqualTo("Rescue teams reached Tarrow on Monday, officials said.");
    }

    @Test
    void anyMastheadInADatelinesFormNamesTheOutlet() {
        // the form says it is a dateline: a place in capitals or the text's start, the masthead, a long dash
        RepairedText radio = repair("KESSLER (North Radio) -- Police detained two men on Monday near the quay.\n");
        assertThat(radio.body()).isEqualTo("Police detained two men on Monday near the quay.");
        assertThat(radio.outlet()).isEqualTo("North Radio");
        RepairedText gazette = repair("(Kessler Gazette) — Police detained two men on Monday near the quay.\n");
        assertThat(gazette.outlet()).isEqualTo("Kessler Gazette");
        assertThat(repair("PELLHAM, Upper Vale (Coast Daily) -- A ferry ran aground on Monday near the pier.\n").outlet())
                .isEqualTo("Coast Daily");
        // a bracket in a sentence, or before a single hyphen, is prose
        RepairedText prose = repair("Mayor Ruth Castellan (Labour) -- who won in May -- said the pier would be braced.\n");
        assertThat(prose.outlet()).isNull();
        assertThat(prose.body()).startsWith("Mayor Ruth Castellan (Labour)");
        assertThat(repair("OSLO (Harbour Board) - The ferry ran aground on Monday near the pier.\n").outlet()).isNull();
    }

    @Test
    void aPlaceDatelineWithTheWiresUnderscoreDashIsStripped() {
        // old wire terminals typed the dash as "_"; a region after a comma belongs to the place
        String wrapped = """
                   KESSLOW _ Standing on the quay at dawn, the harbour master counted the
                ferries that had not come back from the islands overnight.
                """;
        assertThat(ScrapeRepair.repair(wrapped, false).body()).startsWith("Standing on the quay at dawn");
        assertThat(ScrapeRepair.repair("MARLOW BAY, New Arland _ A ferry ran aground on Monday near the pier.\n", false)
                .body()).isEqualTo("A ferry ran aground on Monday near the pier.");
        // an acronym opening a sentence, with no dash after it, is the sentence's own first word
        assertThat(ScrapeRepair.repair("NATO leaders met in Kesslow on Monday to discuss the ferry line.\n", false)
                .body()).startsWith("NATO leaders met");
    }

    @Test
    void aLowerCaseOpeningIsKeptAsWritten() {
        // extractive: the text a record gives is the text quoted back, letter for letter
        assertThat(repair("ok one article about the council vote on Monday in the city.").body())
                .isEqualTo("ok one article about the council vote on Monday in the city.");
        assertThat(repair("The vote was close.\n\neBay sellers said the new fee was too high.\n").body())
                .contains("eBay sellers said").doesNotContain("EBay");
    }

    @Test
    void ordinaryParenthesesAreNotADateline() {
        RepairedText text = repair("The minister (who resigned) - as expected - left early on Monday morning.\n");
        assertThat(text.body()).startsWith("The minister (who resigned)");
        assertThat(text.outlet()).isNull();
    }

    @Test
    void bylineAndCreditLinesNameTheOutletAndAreDropped() {
        RepairedText staff = repair("By the KXLT Wire Staff\n\nThe bridge toll rises by a dollar in May.\n");
        assertThat(staff.outlet()).isEqualTo("KXLT");
        assertThat(staff.body()).isEqualTo("The bridge toll rises by a dollar in May.");

        RepairedText credit = repair("The bridge toll rises by a dollar in May.\n"
                + "Coastline Radio's Aino Berg contributed to this report.\n");
        assertThat(credit.outlet()).isEqualTo("Coastline Radio");
        assertThat(credit.body()).isEqualTo("The bridge toll rises by a dollar in May.");
    }

    @Test
    void headlineIsTakenFromAShortFirstLine() {
        RepairedText text = repair("Bridge Toll To Rise In May\n\nThe bridge toll rises by a dollar in May, the council said.\n");
        assertThat(text.title()).isEqualTo("Bridge Toll To Rise In May");
        assertThat(text.body()).isEqualTo("The bridge toll rises by a dollar in May, the council said.");
    }

    @Test
    void aHeadlineEndingInAParticleIsTakenByItsShape() {
        RepairedText kicker = repair("Vessa landslide: search goes on\n\nRescuers searched through the night, the mayor said.\n");
        assertThat(kicker.title()).isEqualTo("Vessa landslide: search goes on");
        assertThat(kicker.body()).isEqualTo("Rescuers searched through the night, the mayor said.");
        RepairedText dateline = repair("Rebels close in\n\nMISRATA, Libya (AP) -- Rebels advanced on the port on Sunday.\n");
        assertThat(dateline.title()).isEqualTo("Rebels close in");
        assertThat(dateline.body()).isEqualTo("Rebels advanced on the port on Sunday.");
        assertThat(repair("The attack on\n\nthe port began on Sunday, officials said.\n").title())
                .as("a sentence's start cut before a lost link is no headline").isNull();
        assertThat(repair("Talks resumed on\nMonday: officials said the port reopened.\n").title()).isNull();
    }

    @Test
    void sentenceOrFragmentOnTheFirstLineIsNotAHeadline() {
        assertThat(repair("The toll rises in May.\nThe council agreed.\n").title()).isNull();
        assertThat(repair("Council members said the toll was part of\nthe budget deal.\n").title()).isNull();
        assertThat(ScrapeRepair.repair("Bridge Toll To Rise In May\n\nThe toll rises.\n", false).title()).isNull();
    }

    @Test
    void whitespaceIsNormalisedAndParagraphsSeparatedByOneBlankLine() {
        String raw = "The\u00A0toll   rises\tin May.\r\n\r\n\r\n\u200BThe council agreed on Friday.  \r\n";
        assertThat(repair(raw).body()).isEqualTo("The toll rises in May.\n\nThe council agreed on Friday.");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String raw = """
                The council met on Friday and agreed
                to raise the toll. It will rise in May.

                Drivers' groups objected to the plan.
                """;
        assertThat(repair(raw).body()).isEqualTo(
                "The council met on Friday and agreed to raise the toll. It will rise in May."
                        + "\n\nDrivers' groups objected to the plan.");
    }

    @Test
    void oneParagraphPerLineTextKeepsItsParagraphs() {
        String raw = "The toll rises in May.\nThe council agreed on Friday.\nDrivers objected.\n";
        assertThat(repair(raw).body()).isEqualTo(
                "The toll rises in May.\n\nThe council agreed on Friday.\n\nDrivers objected.");
    }

    @Test
    void ellipsisSurvivesTidying() {
        assertThat(repair("He paused ... and then said \"yes.\"\n").body()).isEqualTo("He paused ... and then said \"yes.\"");
    }

    @Test
    void aPhotoCaptionParagraphIsFurnitureButADayInRunningTextIsNot() {
        String raw = """
                The harbour board of Port Wendell voted on Tuesday to close the old ferry terminal.

                Harbour workers load the last ferry at the old terminal in Port Wendell, Arland on Tuesday, May 12.

                The board's chairman said the decision was painful.

                Divers inspect the hull of the Wendell Star at the north quay, Monday, May 11, 2020.

                The terminal's 40 staff will be offered jobs at the new quay, which opens on Friday, May 29.
                The vote came after the board met on Monday, May 11.

                The crossings will end on Friday, May 29.

                "We close on Friday, May 29," the chairman said on Tuesday, May 12.

                Rebels retook Brega on Thursday, March 31.
                """;
        String body = repair(raw).body();
        assertThat(body).doesNotContain("Harbour workers load").doesNotContain("Divers inspect")
                .contains("The board's chairman said the decision was painful.")
                .contains("which opens on Friday, May 29. The vote came after the board met on Monday, May 11.")
                .contains("\"We close on Friday, May 29,\" the chairman said on Tuesday, May 12.")
                .contains("The crossings will end on Friday, May 29.")
                .contains("Rebels retook Brega on Thursday, March 31.");
        // a caption that is all the text there is stays: it is all the article has
        String alone = "Harbour workers load the last ferry at the old terminal in Port Wendell, Arland on Tuesday, May 12.";
        assertThat(repair(alone).body()).isEqualTo(alone);
    }
}
