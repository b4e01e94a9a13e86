package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the block classifier's training labels a block from gold text, and which pages it trains on. */
class BlockTrainingTest {

    private static final String GOLD = "The harbour board voted on Tuesday to close the old pier to traffic from next spring. "
            + "Fishing crews who moor there said they had not been asked.";

    @Test
    void aBlockIsContentWhenMostOfItsWordsAreRunsOfTheGold() {
        BlockTraining.Gold gold = new BlockTraining.Gold(List.of(GOLD), List.of());
        assertThat(gold.label("The harbour board voted on Tuesday to close the old pier", false)).isTrue();
        // a sentence cut differently from the gold's is still its words
        assertThat(gold.label("to close the old pier to traffic from next spring. Fishing crews who", false)).isTrue();
        assertThat(gold.label("Subscribe to our newsletter for the old pier news", false)).isFalse();
        assertThat(gold.label("Fishing crews", false)).isTrue();
        assertThat(gold.label("Share", false)).isFalse();
        // half or fewer of the words in the gold is not enough
        assertThat(gold.label("The harbour board said many other things nobody wrote down", false)).isFalse();
    }

    @Test
    void withSnippetsOnlyABlockInTheSnippetsToAvoidIsBoilerplateAndTheRestIsUnknown() {
        BlockTraining.Gold gold = new BlockTraining.Gold(List.of("voted on Tuesday to close the old pier"),
                List.of("All rights reserved by the Harbour Times"));
        assertThat(gold.label("The board voted on Tuesday to close the old pier.", true)).isTrue();
        assertThat(gold.label("© 2024 All rights reserved by the Harbour Times", true)).isFalse();
        assertThat(gold.label("Fishing crews who moor there said they had not been asked.", true)).isNull();
    }

    @Test
    void pagesAreSplitInHalvesAndFoldsByTheirNamesHash() {
        // MD5("a") = 0cc175b9...: first byte 0x0c even (training), second 0xc1 odd
        assertThat(BlockTraining.Half.of("a")).isEqualTo(BlockTraining.Half.TRAIN);
        assertThat(BlockTraining.fold("a")).isEqualTo(1);
        // MD5("c") = 4a8a08...: 0x4a even, 0x8a even
        assertThat(BlockTraining.Half.of("c")).isEqualTo(BlockTraining.Half.TRAIN);
        assertThat(BlockTraining.fold("c")).isZero();
        // MD5("e") = e16717...: 0xe1 odd
        assertThat(BlockTraining.Half.of("e")).isEqualTo(BlockTraining.Half.REPORT);
    }
}
