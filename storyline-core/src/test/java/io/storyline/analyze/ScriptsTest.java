package io.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {

    @Test
    void eachCharacterOfAScriptWithoutSpacesIsAWord() {
        assertThat(Scripts.words("the pier will close")).isEqualTo(4);
        assertThat(Scripts.words("灯台守が引退")).isEqualTo(6);
        // a Latin run inside Japanese is one word, each kana or ideograph one
        assertThat(Scripts.words("Wi-Fi利用時")).isEqualTo(4);
        assertThat(Scripts.words("ผู้ดูแล")).isEqualTo(7);
        assertThat(Scripts.words("تقاعد حارس المنارة")).isEqualTo(3);
        assertThat(Scripts.words("")).isZero();
    }

    @Test
    void scriptsAreToldApart() {
        assertThat(Scripts.withoutSpaces('灯')).isTrue();
        assertThat(Scripts.withoutSpaces('が')).isTrue();
        assertThat(Scripts.withoutSpaces('ก')).isTrue();
        assertThat(Scripts.withoutSpaces('한')).isFalse(); // Korean puts spaces between words
        assertThat(Scripts.withoutSpaces('ש')).isFalse();
        assertThat(Scripts.withoutSpaces('a')).isFalse();
        assertThat(Scripts.endsSentencesWithSpace('ก')).isTrue();
        assertThat(Scripts.endsSentencesWithSpace('灯')).isFalse();
        assertThat(Scripts.endsSentencesWithSpace('ฯ')).isFalse(); // กรุงเทพฯ: an abbreviation
        assertThat(Scripts.endsSentencesWithSpace('ๆ')).isFalse(); // a repeated word
    }

    @Test
    void tokensCountAndMatchCharactersOfScriptsWithoutSpaces() {
        assertThat(Tokens.wordCount("灯台守が引退した。")).isEqualTo(9); // eight characters and the full stop, a run of its own
        // for matching, a run of such characters gives its characters and bigrams (TokensTest)
        assertThat(Tokens.matchWords("Wi-Fi利用")).containsExactly("wi", "fi", "利", "利用", "用");
        assertThat(Tokens.capitalised("Wi利")).containsExactly(true, false);
    }
}
