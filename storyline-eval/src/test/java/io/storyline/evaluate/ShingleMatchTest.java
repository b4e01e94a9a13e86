package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMatchTest {

    @Test
    void countsSharedExtraAndMissedShinglesAsMultisetsAndNormalises() {
        // reference: 6 words, 3 shingles; prediction: the first 5 words, then 2 others: 4 shingles, 2 shared
        ShingleMatch m = ShingleMatch.of("the pier will close next spring", "the pier will close next week again");
        // TP 2, FP 2, FN 1, normalised by their sum, 5
        assertThat(m.tp()).isCloseTo(0.4, within(1e-12));
        assertThat(m.fp()).isCloseTo(0.4, within(1e-12));
        assertThat(m.fn()).isCloseTo(0.2, within(1e-12));
        assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(m.recall()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void aRepeatedShingleCountsOnlyAsOftenAsTheReferenceHasIt() {
        ShingleMatch m = ShingleMatch.of("a b c d", "a b c d\n\na b c d");
        // prediction shingles: abcd, bcda, cdab, dabc, abcd -> abcd twice; the reference has it once
        assertThat(m.tp()).isCloseTo(1 / 5.0, within(1e-12));
        assertThat(m.fp()).isCloseTo(4 / 5.0, within(1e-12));
        assertThat(m.fn()).isZero();
        assertThat(m.precision()).isCloseTo(0.2, within(1e-12));
        assertThat(m.recall()).isEqualTo(1.0);
    }

    @Test
    void shortAndEmptyTextsAreOneShingleAsInTheBenchmark() {
        assertThat(ShingleMatch.shingles("")).hasSize(1).containsKey(java.util.List.of());
        assertThat(ShingleMatch.shingles("two words")).containsOnlyKeys(java.util.List.of("two", "words"));
        ShingleMatch nothing = ShingleMatch.of("the pier will close", "");
        assertThat(nothing.tp()).isZero();
        assertThat(nothing.fp()).isCloseTo(0.5, within(1e-12));
        assertThat(nothing.fn()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsSoPunctuationIsNoPartOfThem() {
        assertThat(ShingleMatch.words("The pier (built 1869) will close, it said.\n\u2014 Reuters"))
                .containsExactly("The", "pier", "built", "1869", "will", "close", "it", "said", "Reuters");
        ShingleMatch m = ShingleMatch.of("The pier will close, the council said.", "The pier will close the council said");
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(1.0);
    }

    @Test
    void eachCharacterOfAScriptWithoutSpacesIsAWord() {
        // Japanese: kanji and kana one word each; the Latin name a word of its own
        assertThat(ShingleMatch.words("東京都は、NHKが報じた。"))
                .containsExactly("東", "京", "都", "は", "NHK", "が", "報", "じ", "た");
        // Thai: a vowel sign (a mark) stays with the letter before it
        assertThat(ShingleMatch.words("ข่าว")).containsExactly("ข่", "า", "ว");
        // Hindi is written with spaces: a word keeps its vowel signs
        assertThat(ShingleMatch.words("नई दिल्ली")).containsExactly("नई", "दिल्ली");
    }

    @Test
    void aJapanesePageMissingOneSentenceLosesOnlyThatSentencesShingles() {
        String reference = "東京都は新しい橋を開いた。橋の長さは三百メートルである。";
        String predicted = "東京都は新しい橋を開いた。";
        ShingleMatch m = ShingleMatch.of(reference, predicted);
        // split on white space each text would be one "word", one shingle, and share none
        assertThat(m.precision()).isEqualTo(1.0);
        // reference: 26 characters, 23 shingles; predicted: 12 characters, 9 shingles, all in the reference
        assertThat(m.recall()).isCloseTo(9 / 23.0, within(1e-12));
    }
}
