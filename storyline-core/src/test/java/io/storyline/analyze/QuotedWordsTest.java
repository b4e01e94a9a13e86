package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedWordsTest {

    @Test
    void theQuotedContentWordsOfStraightCurlyAndWireQuotationMarks() {
        assertThat(QuotedWords.of("\"We expect a serious and fair approach,\" the minister said."))
                .containsExactlyInAnyOrder("expect", "seriou", "fair", "approach");
        assertThat(QuotedWords.of("She said \u201cthe storm caught us unprepared\u201d on Monday."))
                .containsExactlyInAnyOrder("storm", "caught", "unprepar");
        assertThat(QuotedWords.of("''After considering all the facts, I am confident justice is done,'' he said."))
                .contains("consid", "fact", "confid", "justic");
    }

    @Test
    void unpairedMarksAndShortQuotationsGiveNothing() {
        assertThat(QuotedWords.of("Your thoughts and prayers have helped me through this time,\" she said.")).isEmpty();
        assertThat(QuotedWords.of("Washington is \"concerned\" about the settlements.")).isEmpty();
        assertThat(QuotedWords.of("No quotation at all here.")).isEmpty();
    }

    @Test
    void twoQuotationsDifferWhenTheyShareLittleOfTheShorterOnesWords() {
        String first = "\"This debate over the company's mistakes is a total sideshow,\" said Robert Litan.";
        String second = "\"It was farther along than most cases we got,\" recalled Robert Litan.";
        String again = "Litan called it \"a total sideshow, this debate over mistakes.\"";
        assertThat(QuotedWords.differ(first, second, 0.34)).isTrue();
        assertThat(QuotedWords.differ(first, again, 0.34)).isFalse();
        assertThat(QuotedWords.differ(first, "Robert Litan said the debate was a sideshow.", 0.34)).isFalse();
    }

    @Test
    void aQuotationTheOtherReportStatesNothingOfIsAnotherThingSaid() {
        String quoted = "\"It is just a formality,\" said one dejected lawmaker, Ruth Rabinowitz of the Inkatha Freedom Party.";
        java.util.Set<String> quotedStems = java.util.Set.of("formal", "dejected", "lawmak", "ruth", "rabinowitz", "inkatha");
        String abstained = "Rabinowitz, a lawmaker with the Inkatha Freedom Party, said she abstained from voting.";
        java.util.Set<String> abstainedStems = java.util.Set.of("rabinowitz", "lawmak", "inkatha", "abstain", "vote");
        assertThat(QuotedWords.opening(quoted)).containsExactly("formal");
        assertThat(QuotedWords.saidApart(quoted, quotedStems, abstained, abstainedStems)).isTrue();
        assertThat(QuotedWords.saidApart(abstained, abstainedStems, quoted, quotedStems)).isTrue();
        // the other report states what was said: one thing said, in other words
        String reported = "Rabinowitz said the vote was a formality.";
        assertThat(QuotedWords.saidApart(quoted, quotedStems, reported, java.util.Set.of("rabinowitz", "vote", "formal"))).isFalse();
        // a quotation not given a speaker just after it, or another report that quotes too, is left to the other rules
        assertThat(QuotedWords.opening("\"Lovato thanks God\" keeping her alive, fans wrote.")).isEmpty();
        assertThat(QuotedWords.saidApart(quoted, quotedStems, "She called it \"a formality\".", java.util.Set.of("call"))).isFalse();
    }
}
