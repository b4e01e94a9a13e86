package io.storyline.evaluate.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.PorterStemmer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummaryTokenizerTest {

    private static SummaryTokenizer tokenizer(RougeConfig config) {
        return new SummaryTokenizer(config, new PorterStemmer(), Set.of("the", "of"), Map.of("said", "say"));
    }

    private static final RougeConfig PLAIN = RougeConfig.untruncated().withStemming(false);

    @Test
    void lowerCasesAndBlanksEverythingButLettersDigitsAndHyphens() {
        assertThat(tokenizer(PLAIN).tokens(List.of("Pinochet's 82-year-old wife, \"Lucia\" -- (quoted) _ 1998.")))
                .containsExactly("pinochet", "s", "82", "year", "old", "wife", "lucia", "quoted", "1998");
    }

    @Test
    void nonAsciiLettersBecomeBlanksLikeTheBytesThePerlScriptSees() {
        assertThat(tokenizer(PLAIN).tokens(List.of("Café Zürich"))).containsExactly("caf", "z", "rich");
    }

    @Test
    void stemsOnlyWordsLongerThanThreeLettersAndConsultsIrregularFormsFirst() {
        SummaryTokenizer stemming = tokenizer(RougeConfig.untruncated());
        assertThat(stemming.tokens(List.of("Officials said ties were cut; bus lines ties")))
                .containsExactly("offici", "say", "ti", "were", "cut", "bus", "line", "ti");
        // "bus" is three letters: left alone, unlike "ties"
        assertThat(stemming.tokens(List.of("bus"))).containsExactly("bus");
    }

    @Test
    void stopwordsGoOnlyWhenAskedFor() {
        assertThat(tokenizer(PLAIN).tokens(List.of("the fall of Rome"))).containsExactly("the", "fall", "of", "rome");
        assertThat(tokenizer(PLAIN.withStopwordRemoval(true)).tokens(List.of("the fall of Rome")))
                .containsExactly("fall", "rome");
    }

    @Test
    void wordLimitCountsRawWhitespaceWordsAcrossSentences() {
        SummaryTokenizer cut = tokenizer(PLAIN.withWordLimit(5));
        // "_" and "--" are words for the cut although they never become tokens
        assertThat(cut.tokens(List.of("One two _ --", "three four five six")))
                .containsExactly("one", "two", "three");
        assertThat(cut.sentenceTokens(List.of("One two _ --", "three four five six")))
                .containsExactly(List.of("one", "two"), List.of("three"));
    }

    @Test
    void wordLimitKeepsASentenceEndingExactlyAtTheLimit() {
        SummaryTokenizer cut = tokenizer(PLAIN.withWordLimit(3));
        assertThat(cut.tokens(List.of("a b c", "d e"))).containsExactly("a", "b", "c");
    }

    @Test
    void byteLimitCutsInsideAWordWithoutCountingJoiningSpaces() {
        SummaryTokenizer cut = tokenizer(PLAIN.withByteLimit(10));
        // 6 bytes kept whole, then the next line gets the remaining 4: "defg"
        assertThat(cut.tokens(List.of("ab cd.", "defghij"))).containsExactly("ab", "cd", "defg");
    }

    @Test
    void emptyLinesAndEmbeddedNewlinesAreHandledAsTheScriptReadsLines() {
        assertThat(tokenizer(PLAIN).sentenceTokens(List.of("First line\nsecond line", "", "third")))
                .containsExactly(List.of("first", "line"), List.of("second", "line"), List.of("third"));
    }
}
