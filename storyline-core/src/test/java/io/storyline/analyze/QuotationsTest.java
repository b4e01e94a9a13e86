package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationsTest {

    @Test
    void closesAQuotationTheSentenceLeavesOpen() {
        assertThat(Quotations.balanced("David Bonior, the Democratic whip, said: \"This is wrong."))
                .isEqualTo("David Bonior, the Democratic whip, said: \"This is wrong.\"");
        assertThat(Quotations.balanced("\"It is a surrender to a developing sexual McCarthyism."))
                .isEqualTo("\"It is a surrender to a developing sexual McCarthyism.\"");
    }

    @Test
    void opensAQuotationTheSentenceClosesWithoutOpening() {
        assertThat(Quotations.balanced("They didn't even look down\" beforehand."))
                .isEqualTo("\"They didn't even look down\" beforehand.");
    }

    @Test
    void keepsTheStyleOfMarksTheSentenceUses() {
        assertThat(Quotations.balanced("The mayor said: \u201CWe will rebuild."))
                .isEqualTo("The mayor said: \u201CWe will rebuild.\u201D");
        assertThat(Quotations.balanced("We will rebuild,\u201D the mayor said."))
                .isEqualTo("\u201CWe will rebuild,\u201D the mayor said.");
    }

    @Test
    void leavesPairedMarksAndApostrophesAlone() {
        String paired = "\"We are reviewing it,\" a spokesman for the players' union said.";
        assertThat(Quotations.balanced(paired)).isSameAs(paired);
        String none = "The union's lawyers filed the motion on Friday.";
        assertThat(Quotations.balanced(none)).isSameAs(none);
    }

    @Test
    void leavesASentenceOpenAtBothEndsAsItIs() {
        // the middle of a long quotation: closes one quote and opens another
        String both = "he said.\" Later he added: \"We will see.";
        assertThat(Quotations.balanced(both)).isSameAs(both);
    }

    @Test
    void takesTheStyleOfTheUnmatchedMark() {
        assertThat(Quotations.balanced("He called it \u201Cabsurd\u201D and said: \"We will appeal."))
                .isEqualTo("He called it \u201Cabsurd\u201D and said: \"We will appeal.\"");
    }

    @Test
    void inchMarksAreNoQuotationMarks() {
        String height = "\"He was about 5'10\", with short hair,\" the officer said.";
        assertThat(Quotations.balanced(height)).isSameAs(height);
        String pizza = "A 12\" pizza costs $10.";
        assertThat(Quotations.balanced(pizza)).isSameAs(pizza);
        String year = "He called it \"1998";
        assertThat(Quotations.balanced(year)).isEqualTo(year + "\"");
        String paired = "They signed the \"1998\" agreement.";
        assertThat(Quotations.balanced(paired)).isSameAs(paired);
    }

    @Test
    void aClosingMarkBeforeASingleQuoteStillCloses() {
        // wire copy's ''' detokenized: the double mark closes, the single one closes the inner quote
        assertThat(Quotations.balanced("Whoever takes the case, you can't win,\"' Hu recounted."))
                .isEqualTo("\"Whoever takes the case, you can't win,\"' Hu recounted.");
    }

    @Test
    void aStrayMarkWithSpacesOnBothSidesLeavesTheSentenceAsItIs() {
        String stray = "\" \"The last time there was any interference,\" he added, \"was the case.\"";
        assertThat(Quotations.balanced(stray)).isSameAs(stray);
        String lower = "I intend to speak with him forthwith, \" Netanyahu said in a statement.";
        assertThat(Quotations.balanced(lower)).isSameAs(lower);
    }

    @Test
    void tellsAClosingStraightMarkByWhereItStands() {
        String text = "He called it \"a disgrace\" and left.";
        assertThat(Quotations.closesAt(text, text.indexOf('"'))).isFalse();
        assertThat(Quotations.closesAt(text, text.lastIndexOf('"'))).isTrue();
        assertThat(Quotations.opensInside("a disgrace\" and left.")).isTrue();
        assertThat(Quotations.opensInside(text)).isFalse();
    }
}
