package io.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownScriptsTest {

    @Test
    void scriptsWhoseSentenceEndsAreKnownAreNotReported() {
        assertThat(UnknownScripts.of("The harbour closed on Tuesday. It reopens in May.")).isEmpty();
        assertThat(UnknownScripts.of("第三季度生产总值增长。")).isEmpty();
        assertThat(UnknownScripts.of("ฝนตกหนักในกรุงเทพฯ เมื่อคืนวันอังคาร")).isEmpty();
        assertThat(UnknownScripts.of("أغلق الميناء يوم الثلاثاء.")).isEmpty();
        assertThat(UnknownScripts.of("항구가 화요일에 문을 닫았다.")).isEmpty();
        assertThat(UnknownScripts.of("2026 — 14:05")).isEmpty();
    }

    @Test
    void aScriptWithoutRulesIsNamedWhenMostLettersAreInIt() {
        assertThat(UnknownScripts.of("རྒྱ་མཚོའི་གྲུ་ཁ་བཀག་སོང་། སང་ཉིན་ཕྱེ་རྒྱུ་རེད།")).contains("Tibetan");
        // a few words of an unknown script inside an English article change nothing
        assertThat(UnknownScripts.of("The monks chanted བཀྲ་ཤིས་ at the harbour gate before it closed on Tuesday."))
                .isEmpty();
    }
}
