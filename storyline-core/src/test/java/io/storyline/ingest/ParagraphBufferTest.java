package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The buffer's running counts say what reading its whole text would say. */
class ParagraphBufferTest {

    private static final String[] PIECES = {"word", "Word", ",", "\"", "“", "”", "said,", "quote\"", " ", "  two words ",
            ",tail", "end.", ")", "’", "x"};

    @Test
    void countsMatchTheTextAfterAnyMixOfAppends() {
        Random random = new Random(21);
        for (int run = 0; run < 2000; run++) {
            ParagraphBuffer buffer = new ParagraphBuffer(PIECES[random.nextInt(PIECES.length)]);
            StringBuilder expected = new StringBuilder(buffer.toString());
            for (int step = 0; step < 12; step++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                switch (random.nextInt(4)) {
                    case 0 -> {
                        buffer.append(piece);
                        expected.append(piece);
                    }
                    case 1 -> {
                        buffer.appendWord(piece);
                        expected.append(' ').append(piece);
                    }
                    case 2 -> {
                        buffer.appendTight(piece);
                        expected.setLength(0);
                        expected.append(buffer);
                    }
                    default -> buffer.endSentence();
                }
                String text = buffer.toString();
                assertThat(buffer.words()).as("words of [%s]", text).isEqualTo(ScrapeRepair.words(text));
                assertThat(buffer.quotesBalanced()).as("quotes of [%s]", text).isEqualTo(balanced(text));
                assertThat(buffer.endsWithOpenQuote()).as("open quote at the end of [%s]", text)
                        .isEqualTo(text.endsWith("“") || (text.endsWith("\"") && count(text, '"') % 2 == 1));
            }
        }
    }

    @Test
    void aTightCommaReplacesTheCommaTheParagraphEndsWith() {
        ParagraphBuffer buffer = new ParagraphBuffer("defected to Egypt,  ");
        buffer.appendTight(", in another sign");
        assertThat(buffer).hasToString("defected to Egypt, in another sign");
        assertThat(buffer.words()).isEqualTo(6);

        ParagraphBuffer lone = new ParagraphBuffer("Egypt ,");
        lone.appendTight(",x");
        assertThat(lone).hasToString("Egypt ,x");
        assertThat(lone.words()).isEqualTo(2);
    }

    @Test
    void endSentenceTurnsTheLastCommaInsideClosingQuotesIntoAFullStop() {
        ParagraphBuffer buffer = new ParagraphBuffer("\"We will rebuild,\" ");
        buffer.endSentence();
        assertThat(buffer).hasToString("\"We will rebuild.\" ");
        ParagraphBuffer word = new ParagraphBuffer("rebuild");
        word.endSentence();
        assertThat(word).hasToString("rebuild");
    }

    private static boolean balanced(String text) {
        return count(text, '"') % 2 == 0 && count(text, '“') == count(text, '”');
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
