package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

    @Test
    void matchWordsSplitHyphensAndDropPossessives() {
        assertThat(Tokens.matchWords("Ali Abdussalam el-Treki, Gadhafi's pick, won't go."))
                .containsExactly("ali", "abdussalam", "el", "treki", "gadhafi", "pick", "won", "go");
    }

    @Test
    void numbersStayWhole() {
        assertThat(Tokens.matchWords("A toll of 1,000 and a rate of 3.5 percent in 2011."))
                .containsExactly("a", "toll", "of", "1000", "and", "a", "rate", "of", "3.5", "percent", "in", "2011");
    }

    @Test
    void curlyApostrophesAndAccentsAreHandled() {
        assertThat(Tokens.matchWords("The café’s owner")).containsExactly("the", "café", "owner");
    }

    @Test
    void capitalsAreMarkedWordForWordBesideTheMatchWords() {
        String text = "Ali el-Treki's pick, 3.5 percent of U.N. votes";
        assertThat(Tokens.matchWords(text)).containsExactly("ali", "el", "treki", "pick", "3.5", "percent", "of", "u", "n", "votes");
        assertThat(Tokens.capitalised(text))
                .containsExactly(true, false, true, false, false, false, false, true, true, false);
        assertThat(Tokens.capitalised("")).isEmpty();
    }

    @Test
    void wordCountIsWhitespaceSeparatedRuns() {
        assertThat(Tokens.wordCount("  U.S. officials -- said   it ")).isEqualTo(5);
        assertThat(Tokens.wordCount("")).isZero();
    }

    @Test
    void textWithoutSpacesGivesCharactersAndOverlappingBigrams() {
        // each run of Chinese or Japanese letters gives its characters and bigrams; punctuation and Latin words end a run
        assertThat(Tokens.matchWords("总值增长，GDP 5.2%。")).containsExactly("总", "总值", "值", "值增", "增", "增长", "长",
                "gdp", "5.2");
        assertThat(Tokens.matchWords("イルカの")).containsExactly("イ", "イル", "ル", "ルカ", "カ", "カの", "の");
        // a lone character is a word of its own; Thai vowel and tone marks stay inside the run
        assertThat(Tokens.matchWords("雨 เมื่อ")).containsExactly("雨", "เ", "เม", "ม", "มื", "ื", "ื่", "่", "่อ", "อ");
        assertThat(Tokens.capitalised("生产总值")).hasSize(7);
    }
}
