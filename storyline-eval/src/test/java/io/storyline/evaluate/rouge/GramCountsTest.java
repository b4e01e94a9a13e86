package io.storyline.evaluate.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GramCountsTest {

    @Test
    void countsAreClippedToTheSmallerMultiplicity() {
        GramCounts reference = GramCounts.nGrams(List.of("the", "the", "cat"), 1);
        GramCounts peer = GramCounts.nGrams(List.of("the", "the", "the", "the", "dog"), 1);
        assertThat(reference.total()).isEqualTo(3);
        assertThat(reference.hitsAgainst(peer)).isEqualTo(2);
    }

    @Test
    void bigramsSpanTheWholeSummary() {
        GramCounts grams = GramCounts.nGrams(List.of("a", "b", "c", "d"), 2);
        assertThat(grams.total()).isEqualTo(3);
        assertThat(grams.hitsAgainst(GramCounts.nGrams(List.of("b", "c"), 2))).isEqualTo(1);
        assertThat(GramCounts.nGrams(List.of("a"), 2).total()).isZero();
    }

    @Test
    void skipBigramsRespectTheGapAndOmitTheLastUnigram() {
        List<String> words = List.of("a", "b", "c", "d", "e", "f", "g");
        // unigrams a..f (6), then pairs with at most 1 word between: 6 adjacent + 5 one-apart
        GramCounts gapOne = GramCounts.skipBigramsWithUnigrams(words, 1);
        assertThat(gapOne.total()).isEqualTo(6 + 6 + 5);
        // with gap 4: pairs (i, j) with j - i <= 5 among 7 words: 6+5+4+3+2 = 20
        assertThat(GramCounts.skipBigramsWithUnigrams(words, 4).total()).isEqualTo(6 + 20);
        // unlimited gap: all 21 pairs
        assertThat(GramCounts.skipBigramsWithUnigrams(words, -1).total()).isEqualTo(6 + 21);
        // "g" appears only as the last word, so it has no unigram of its own
        assertThat(gapOne.hitsAgainst(GramCounts.skipBigramsWithUnigrams(List.of("g", "x"), 1))).isZero();
        assertThat(gapOne.hitsAgainst(GramCounts.skipBigramsWithUnigrams(List.of("a", "c"), 1))).isEqualTo(2);
    }
}
