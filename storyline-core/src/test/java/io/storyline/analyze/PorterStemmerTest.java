package io.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

    private final PorterStemmer stemmer = new PorterStemmer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // step 1a
            "caresses, caress", "ponies, poni", "ties, ti", "caress, caress", "cats, cat",
            // step 1b
            "feed, feed", "agreed, agre", "plastered, plaster", "bled, bled", "motoring, motor",
            "sing, sing", "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop",
            "tanned, tan", "falling, fall", "hissing, hiss", "fizzed, fizz", "failing, fail",
            "filing, file",
            // step 1c
            "happy, happi", "sky, sky", "says, sai",
            // step 2
            "relational, relat", "conditional, condit", "rational, ration", "digitizer, digit",
            "vietnamization, vietnam", "predication, predic", "operator, oper", "feudalism, feudal",
            "decisiveness, decis", "hopefulness, hope", "callousness, callous", "formaliti, formal",
            "sensitiviti, sensit", "sensibiliti, sensibl", "analogousli, analog",
            // step 3
            "triplicate, triplic", "formative, form", "formalize, formal", "electriciti, electr",
            "electrical, electr", "hopeful, hope", "goodness, good",
            // step 4
            "revival, reviv", "allowance, allow", "inference, infer", "airliner, airlin",
            "gyroscopic, gyroscop", "adjustable, adjust", "defensible, defens", "irritant, irrit",
            "replacement, replac", "adjustment, adjust", "dependent, depend", "adoption, adopt",
            "communism, commun", "activate, activ", "effective, effect", "bowdlerize, bowdler",
            // step 5
            "probate, probat", "rate, rate", "cease, ceas", "controlling, control", "roll, roll",
            // whole chains
            "generalizations, gener", "oscillators, oscil", "negotiations, negoti",
            "parliamentary, parliamentari", "government, govern", "elections, elect"
    })
    void stemsLikeRouge155(String word, String expected) {
        assertThat(stemmer.stem(word)).isEqualTo(expected);
    }

    @Test
    void wordInitialYIsAConsonant() {
        // "y" opening a word never acts as the vowel the stem needs
        assertThat(stemmer.stem("yelling")).isEqualTo("yell");
        assertThat(stemmer.stem("youths")).isEqualTo("youth");
        // while "y" after a consonant does
        assertThat(stemmer.stem("crying")).isEqualTo("cry");
    }

    @Test
    void step4TriesMentAndEntAfterTheSuffixList() {
        // al goes first, then ent from what is left: ROUGE-1.5.5's modified step 4
        assertThat(stemmer.stem("fundamental")).isEqualTo("fundam");
        assertThat(stemmer.stem("agreement")).isEqualTo("agreem");
    }

    @Test
    void shortWordsAreLeftAlone() {
        assertThat(stemmer.stem("as")).isEqualTo("as");
        assertThat(stemmer.stem("is")).isEqualTo("is");
        assertThat(stemmer.stem("")).isEmpty();
    }
}
