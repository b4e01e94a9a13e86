package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoCaptionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Libyan rebels prepare heavy machine guns during an exchange of fire with Gadhafi's forces along the"
                    + " frontline outside Brega, Libya on Thursday, March 31.",
            "Rescue teams search the scene after an explosion in Aleppo, Syria, Sunday, March 18, 2012.",
            "Vessels gather at the oil spill site over the Gulf of Mexico, off the Louisiana coast, Tuesday, July 20, 2010.",
            "White House Press Secretary Robert Gibbs briefs reporters at the White House in Washington, Wednesday, May 5, 2010.",
            "Partygoers dance at the annual festival in Denver, Saturday April 19, 2014.",
            "U.S. Navy divers inspect the hull in Norfolk, Virginia on Monday, Aug. 3."})
    void captionsEndOnWhereAndWhenThePictureWasTaken(String caption) {
        assertThat(PhotoCaption.is(caption)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Rebels retook Brega on Thursday, March 31.",
            "The Senate passed the bill on Tuesday, July 20.",
            "Early voting begins on Monday, Oct. 19.",
            "Polls close at 8 p.m. on Tuesday, Nov. 3.",
            "The festival takes place in Austin, Texas, on Saturday, June 6.",
            "The funeral is set for 11 a.m. on Friday, May 29.",
            "WASHINGTON (AP) - The Senate confirmed Jane Doe as ambassador on Tuesday, July 20.",
            "Webb grabbed the girl as she and her mother were walking in Fort Worth, Texas on Saturday, May 18.",
            "The bridge collapsed at dawn in Pulford, Arland. A second span fell on Tuesday, March 1, 2011.",
            "\"We will rebuild,\" the mayor of Pulford, Arland told reporters on Tuesday, March 1, 2011.",
            "The crossings will end in Port Wendell, Arland on Friday, May 29.",
            "Harbour workers load the last ferry at the old terminal."})
    void newsThatNamesADayIsNoCaption(String text) {
        assertThat(PhotoCaption.is(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Foto: Knauf",
            "Crédits photos : Bestimage",
            "(Quelle: Foto Steven Vangermain)",
            "Titelbild: Geyres Christophe/ABACA/picture-alliance",
            "The new pontoon beside the ferry terminal in Port Wendell. © Harbour Wire",
            "Son tres los periodos de vacaciones durante el año escolar. Foto: Andina",
            "Logo of the harbour board's pier award | © Port Wendell"})
    void aWebPageBlockThatIsOrEndsOnAPicturesCreditIsACaption(String block) {
        assertThat(PhotoCaption.credited(block)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The harbour board voted on Tuesday to close the old pier. Photographs taken by the engineers show rust in "
                    + "most of its supporting beams.",
            "Image: the board wants the pier gone by spring, its chairman said, and the crews are not pleased about it.",
            "Fishing crews said the photo: a pier in ruins, was staged."})
    void storyTextThatMentionsPicturesIsNoCredit(String block) {
        assertThat(PhotoCaption.credited(block)).isFalse();
    }
}
