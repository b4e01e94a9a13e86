package io.storyline.compare;

import io.storyline.InventedStory;
import io.storyline.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speaker rules one by one, on short invented articles: the fullest name the article used,
 * pronouns only when the person meant is clear, attributions that belong to the quote and not to
 * the clause after it, and newswire's doubled apostrophes.
 */
class QuoteSpeakerRulesTest {

    private static List<Quote> quotes(String... articles) {
        return QuoteFixture.quotes(InventedStory.articles("Desk", null, articles));
    }

    private static String speakerOf(List<Quote> quotes, String words) {
        return QuoteFixture.speakerOf(quotes, words);
    }

    @Test
    void aFamilyNameAloneIsGivenTheFullNameTheArticleUsedBefore() {
        List<Quote> quotes = quotes("Orrin Pellow Jr., the chief of the valley council, wants a new school.\n\n"
                + "The council met on Monday.\n\n\"We have waited long enough,\" Pellow said.");
        assertThat(speakerOf(quotes, "waited long enough")).isEqualTo("Orrin Pellow Jr.");
    }

    @Test
    void aNameWrittenFamilyNameFirstIsFoundByItsFirstWord() {
        List<Quote> quotes = quotes("Zhou Wenbin, head of the provincial water bureau, toured the dam.\n\n"
                + "\"The wall will hold,\" Zhou said.");
        assertThat(speakerOf(quotes, "wall will hold")).isEqualTo("Zhou Wenbin");
    }

    @Test
    void eachArticleKeepsItsOwnPersonOfAFamilyName() {
        List<Quote> quotes = quotes(
                "Eric Dawes, a farmer, lost his barn in the flood.\n\n\"It was all we had,\" Dawes said.",
                "Celia Dawes, a nurse at the clinic, worked through the night.\n\n"
                        + "\"We ran out of beds,\" Dawes said.");
        assertThat(speakerOf(quotes, "all we had")).isEqualTo("Eric Dawes");
        assertThat(speakerOf(quotes, "ran out of beds")).isEqualTo("Celia Dawes");
    }

    @Test
    void aFamilyNameTwoPeopleOfTheArticleShareStaysAsWritten() {
        List<Quote> quotes = quotes("Celia Dawes, a nurse at the clinic, worked through the night.\n\n"
                + "Her father, Eric Dawes, had run the clinic for thirty years.\n\n"
                + "\"We ran out of beds,\" Dawes said.");
        assertThat(speakerOf(quotes, "ran out of beds")).isEqualTo("Dawes");
    }

    @Test
    void aPronounAfterANameTheRulesCouldNotTypeGetsNoSpeaker() {
        List<Quote> quotes = quotes("Mayor Ana Ruiz opened the bridge on Monday.\n\n"
                + "Teodor Vasko Brill walked across it first.\n\n\"It is a fine bridge,\" he said.");
        assertThat(speakerOf(quotes, "fine bridge")).isNull();
    }

    @Test
    void aPronounAfterAnAppositiveTitleGoesToThatPerson() {
        List<Quote> quotes = quotes("Mayor Ana Ruiz opened the bridge on Monday.\n\n"
                + "But Malcolm Ferrow, editor of Harbour Weekly, said the cost had doubled.\n\n"
                + "\"Nobody asked the readers,\" he said.");
        assertThat(speakerOf(quotes, "Nobody asked")).isEqualTo("Malcolm Ferrow");
    }

    @Test
    void aCompanyBesideACommonNounLeavesThePronounToThePerson() {
        List<Quote> quotes = quotes("Mayor Ruth Lanning said the city would bill the ship's operator, Greyhaven Shipping, for the repairs.\n\n"
                + "\"Our taxpayers did not cause this,\" she said.");
        assertThat(speakerOf(quotes, "did not cause this")).isEqualTo("Ruth Lanning");
    }

    @Test
    void aClauseAfterAQuoteIsNotItsAttribution() {
        List<Quote> quotes = quotes("Chief engineer Samira Okafor inspected the pier.\n\n"
                + "She said the pier is \"badly cracked in two places\" and the Harbour Authority has added divers to the team.");
        assertThat(speakerOf(quotes, "badly cracked")).isEqualTo("Samira Okafor");
    }

    @Test
    void aNamePutAsSayingIsTheSpeaker() {
        List<Quote> quotes = quotes("The port was closed on Monday.\n\n"
                + "Ships may not sail \"until the channel is safe,\" the newspaper paraphrased Harald Vinter as saying.");
        assertThat(speakerOf(quotes, "channel is safe")).isEqualTo("Harald Vinter");
    }

    @Test
    void doubledApostrophesAreQuotationMarks() {
        List<Quote> quotes = quotes("''We are ready for the storm,'' said Tomas Becker, a ferry captain.\n\n"
                + "''The boats are tied up.''");
        assertThat(speakerOf(quotes, "ready for the storm")).isEqualTo("Tomas Becker");
        assertThat(speakerOf(quotes, "boats are tied up")).isEqualTo("Tomas Becker");
    }

    @Test
    void aQuoteNobodyCouldBeGivenEndsTheRunOfTheLastSpeaker() {
        List<Quote> quotes = quotes("\"We will rebuild,\" said Mayor Ana Ruiz.\n\n"
                + "Teodor Vasko Brill, whose shop burned, was less sure of it than anyone at the meeting.\n\n"
                + "\"Rebuild with what money?\" he asked.\n\n\"Nobody has told us.\"");
        assertThat(speakerOf(quotes, "We will rebuild")).isEqualTo("Ana Ruiz");
        assertThat(speakerOf(quotes, "with what money")).isNull();
        assertThat(speakerOf(quotes, "Nobody has told us")).isNull();
    }

    @Test
    void aNameAfterAPrepositionIsNoSpeakerButTheClauseSubjectIs() {
        List<Quote> quotes = quotes("The ferry left the pier on Monday. Marcus Oyelaran, the port's founder, "
                + "said the pier had stood for a century.\n\n"
                + "Seconds after the call from the tower at Marcus Oyelaran terminal, the first officer confirmed, "
                + "\"Turning back now.\"\n\n\"Engine two is out,\" he said.");
        assertThat(speakerOf(quotes, "Turning back now")).isEqualTo("the first officer");
        assertThat(speakerOf(quotes, "Engine two is out")).isEqualTo("the first officer");
    }

    @Test
    void aPersonOpeningTheClauseSpeaksThroughTheApposition() {
        List<Quote> quotes = quotes("The ferry service resumed on Monday.\n\n"
                + "Tomas Velder, the former deputy of Mayor Ana Ruiz who sailed the route in 1990, told reporters at the "
                + "Portside Fair that \"she is a safe boat.\"");
        assertThat(speakerOf(quotes, "she is a safe boat")).isEqualTo("Tomas Velder");
    }

    @Test
    void anOrganisationInsideAnAppositionDoesNotSpeak() {
        List<Quote> quotes = quotes("The ferry plan was debated for years.\n\n"
                + "Despite the excitement, Ysolde Brackwater, director of what would later become Harbor Line Corp., "
                + "called the plan \"the costliest gamble on the water.\"");
        assertThat(speakerOf(quotes, "costliest gamble")).isEqualTo("Ysolde Brackwater");
    }

    @Test
    void anAffiliationAfterAFamilyNameIsNoPartOfTheSpeakersName() {
        List<Quote> quotes = quotes("Marta Quell, a professor of law at Tarrow University, studies the case.\n\n"
                + "Quell of Tarrow said the ruling was narrow.\n\n\"Nobody expected it,\" Quell of Tarrow said.");
        assertThat(speakerOf(quotes, "Nobody expected it")).isEqualTo("Marta Quell");
    }

    @Test
    void aLegislatorsTitleIsNoPartOfTheRememberedName() {
        List<Quote> quotes = quotes("A bill written by Assemblyman Dario Pent would widen the law.\n\n"
                + "\"The courts asked us for this,\" Pent said.");
        assertThat(speakerOf(quotes, "courts asked us")).isEqualTo("Dario Pent");
    }

    @Test
    void aNameTheRulesCouldNotTypeSpeaksWhenItIsTheVerbsOwnSubject() {
        List<Quote> quotes = quotes("Oskar Venn and Lise Tarr flew over the sea on Friday.\n\n"
                + "\"It was a wonderful sight,\" Venn was quoted as saying.");
        assertThat(speakerOf(quotes, "wonderful sight")).isEqualTo("Oskar Venn");
    }

    @Test
    void aNameBesideAParticipleIsNotItsSubject() {
        List<Quote> quotes = quotes("The insurer is suing promoter Brightwell Live saying it hid \"a pattern of missed shows\".");
        assertThat(speakerOf(quotes, "pattern of missed shows")).isNotEqualTo("Brightwell Live");
    }

    @Test
    void aDefiniteTitleIsTheOnePersonTheArticleGaveThatTitle() {
        List<Quote> quotes = quotes("Tomas Reyne Alder, the regional transport commissioner, opened the line.\n\n"
                + "The commissioner said, \"Trains will run every ten minutes.\"");
        assertThat(speakerOf(quotes, "every ten minutes")).isEqualTo("Tomas Reyne Alder");
    }

    @Test
    void aDefiniteTitleTwoPeopleShareStaysAsWritten() {
        List<Quote> quotes = quotes("Tomas Reyne Alder, the transport commissioner, met Ada Rill Moen, the health "
                + "commissioner, on Monday.\n\nThe commissioner said, \"Trains will run every ten minutes.\"");
        assertThat(speakerOf(quotes, "every ten minutes")).isEqualTo("The commissioner");
    }
}
