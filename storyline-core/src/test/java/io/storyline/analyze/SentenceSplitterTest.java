package io.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.SentenceSplitter.Span;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void quotationsOpenOrClosedEarlierInALongSentenceStillDecideItsExclamations() {
        // the quote marks are counted on through the sentence, not again from its start at each mark
        String shouted = "They chanted \"Shame! Shame!\" at the mayor";
        String sentence = String.join(" and ", java.util.Collections.nCopies(200, shouted)) + ".";
        assertThat(splitter.split(sentence + " The council then adjourned."))
                .containsExactly(sentence, "The council then adjourned.");
        assertThat(splitter.split("\"Go! Now!\" he said. \"Stop!\" Another voice rose. \"Wait! Why?\" she asked."))
                .containsExactly("\"Go! Now!\" he said.", "\"Stop!\"", "Another voice rose.", "\"Wait! Why?\" she asked.");
    }

    @Test
    void aNameEndingInSenEndsTheSentenceBeforeAnOpener() {
        assertThat(splitter.split("The council will be led by strongman Hun Sen. In a letter, the king praised the deal."))
                .containsExactly("The council will be led by strongman Hun Sen.", "In a letter, the king praised the deal.");
        assertThat(splitter.split("The prize went to Amartya Sen. The committee cited his work on famines."))
                .hasSize(2);
    }

    @Test
    void titlesBeforeNamesThatLookLikeOpenersStayWhole() {
        for (String text : new String[] {
                "The trial of Dr. He Jiankui opened in Shenzhen.",
                "Gen. He Weidong inspected the fleet.",
                "Gov. An Hee-jung resigned on Tuesday.",
                "Amb. So Se-pyong met the envoy.",
                "Ms. Her said the vote was close.",
                "Fans of Dr. Who queued for hours.",
                "The bill's sponsor, Rep. A. J. Holt, said it would pass.",
                "Sen. The Honourable Mara Quill rose to speak.",
                "Republican Sen. John Warner voted no."}) {
            assertThat(splitter.split(text)).as(text).containsExactly(text);
        }
    }

    @Test
    void splitsPlainSentences() {
        assertThat(splitter.split("The river rose. Roads closed. Schools stayed open."))
                .containsExactly("The river rose.", "Roads closed.", "Schools stayed open.");
    }

    @Test
    void emptyAndBlankTextGiveNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split("  \n\n \t ")).isEmpty();
    }

    @Test
    void textWithoutTerminalPunctuationIsOneSentence() {
        assertThat(splitter.split("  Flood warning issued for the valley  "))
                .containsExactly("Flood warning issued for the valley");
    }

    @Test
    void everyLineBreakIsABoundary() {
        String text = "A headline without a period\nThe first paragraph ends here.\n\n"
                + "The second paragraph, after a blank line\r\nand a line ended with CRLF";
        assertThat(splitter.split(text)).containsExactly("A headline without a period",
                "The first paragraph ends here.", "The second paragraph, after a blank line",
                "and a line ended with CRLF");
    }

    @Test
    void lineBreakAfterAnAbbreviationStillEndsTheSentence() {
        assertThat(splitter.split("He was promoted to Gen.\nThe ceremony was brief."))
                .containsExactly("He was promoted to Gen.", "The ceremony was brief.");
    }

    @Test
    void sentenceEndingTheTextWithAnAbbreviationIsKept() {
        assertThat(splitter.split("The talks moved to the U.S."))
                .containsExactly("The talks moved to the U.S.");
    }

    @Test
    void usFollowedByASentenceOpenerSplitsButFollowedByANameDoesNot() {
        assertThat(splitter.split("The firm moved to the U.S. The move cost $40 million."))
                .hasSize(2);
        assertThat(splitter.split("He served in the U.S. Navy for a decade.")).hasSize(1);
    }

    @Test
    void pmEndsASentenceOnlyBeforeAnOpener() {
        assertThat(splitter.split("The vote closed at 8 p.m. Officials began counting."))
                .containsExactly("The vote closed at 8 p.m.", "Officials began counting.");
        assertThat(splitter.split("The vote closed at 8 p.m. Thursday.")).hasSize(1);
    }

    @Test
    void titlesNeverEndASentenceBeforeAName() {
        assertThat(splitter.split("Sgt. Ruiz and Lt. Col. Amy Ward briefed Sen. Holt.")).hasSize(1);
    }

    @Test
    void quotedQuestionWithAttributionStaysWhole() {
        assertThat(splitter.split("\"Where is the money?\" Treasurer Ann Lowe asked. Nobody knew."))
                .containsExactly("\"Where is the money?\" Treasurer Ann Lowe asked.", "Nobody knew.");
    }

    @Test
    void closingQuoteAndBracketStayWithTheirSentence() {
        assertThat(splitter.split("She said \"no.\" (He agreed.) The meeting ended."))
                .containsExactly("She said \"no.\"", "(He agreed.)", "The meeting ended.");
    }

    @Test
    void tokensWithInnerPeriodsAreNotSplit() {
        assertThat(splitter.split("Visit news.example.com/a.b?x=1.5 or mail desk@paper.co.uk today."))
                .hasSize(1);
    }

    @Test
    void repeatedAndMixedTerminalsAreOneBoundary() {
        assertThat(splitter.split("Really?!? Yes!!! Fine…  Done."))
                .containsExactly("Really?!?", "Yes!!!", "Fine…", "Done.");
    }

    @Test
    void nonBreakingSpaceCountsAsSpace() {
        assertThat(splitter.split("It rained.\u00A0The game went on."))
                .containsExactly("It rained.", "The game went on.");
    }

    @Test
    void spansGiveOffsetsOfTrimmedSentences() {
        String text = "  First one.  Second one?\n\nThird";
        List<Span> spans = splitter.spans(text);
        assertThat(spans).extracting(Span::text).containsExactly("First one.", "Second one?", "Third");
        for (Span span : spans) {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
        }
        assertThat(spans.get(0).start()).isEqualTo(2);
    }

    @Test
    void splitAgreesWithSpans() {
        String text = "Dr. Imani Cole left St. Jude's at 5 p.m. He drove home. \"Why?\" she asked.";
        assertThat(splitter.split(text))
                .isEqualTo(splitter.spans(text).stream().map(Span::text).toList());
    }

    @Test
    void sentencesCoverAllNonSpaceText() {
        String text = "Gov. Lee (D., Ore.) spoke... then left! Was it over? \"Yes.\" The end — almost.";
        String joined = String.join("", splitter.split(text)).replaceAll("\\s+", "");
        assertThat(joined).isEqualTo(text.replaceAll("\\s+", ""));
    }

    @Test
    void oneInstanceIsSafeToShareBetweenThreads() throws Exception {
        String text = "Mr. Ode met Gen. Park in the U.S. The talks lasted 3.5 hours. Both left at 9 p.m. "
                .repeat(50);
        List<String> expected = splitter.split(text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = pool.invokeAll(
                    java.util.Collections.nCopies(8, () -> splitter.split(text)));
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).hasSize(150);
    }

    @Test
    void initialsStayInsideTheName() {
        assertThat(splitter.split("Poems by T. S. Eliot and J.R.R. Tolkien were read. George W. Bush came."))
                .containsExactly("Poems by T. S. Eliot and J.R.R. Tolkien were read.", "George W. Bush came.");
    }

    @Test
    void decimalsMoneyAndDomainsAreNotBoundaries() {
        assertThat(splitter.split("Amazon.com paid $1.5 billion, or 3.14 times sales, for the U.S.-led venture."))
                .hasSize(1);
    }

    @Test
    void ellipsisSplitsOnlyBeforeACapital() {
        assertThat(splitter.split("The answer was... complicated. Then silence... Nobody spoke."))
                .containsExactly("The answer was... complicated.", "Then silence...", "Nobody spoke.");
        assertThat(splitter.split("\"He will surely follow up on his ... ` salt-stained old pirate ' jibe.\" She laughed."))
                .as("a lower-case word after the Penn Treebank's opening backtick").containsExactly(
                        "\"He will surely follow up on his ... ` salt-stained old pirate ' jibe.\"", "She laughed.");
        assertThat(splitter.split("He paused... `Nobody spoke,' she said."))
                .containsExactly("He paused...", "`Nobody spoke,' she said.");
    }

    @Test
    void quoteEndingASentenceSplitsButAttributionDoesNot() {
        assertThat(splitter.split("\"We are ready,\" he said. \"We always were.\" The room fell quiet."))
                .containsExactly("\"We are ready,\" he said.", "\"We always were.\"", "The room fell quiet.");
    }

    @Test
    void numberAfterNoIsNotABoundaryButListItemsAre() {
        assertThat(splitter.split("1. The team is ranked No. 2 in the league. 2. Its coach quit."))
                .containsExactly("1. The team is ranked No. 2 in the league.", "2. Its coach quit.");
    }

    @Test
    void dashesAndLowerCaseContinuationsDoNotSplit() {
        assertThat(splitter.split("The deal -- signed by Acme Corp. and others — was approved by U.S. regulators."))
                .hasSize(1);
    }

    @Test
    void monthBeforeADateIsNotABoundary() {
        assertThat(splitter.split("The strike began Aug. 4 and ended Sept. 19. Workers returned Oct. 1."))
                .containsExactly("The strike began Aug. 4 and ended Sept. 19.", "Workers returned Oct. 1.");
    }

    @Test
    void shoutedTitlesInTranscriptsDoNotSplit() {
        assertThat(splitter.split("REP. ANNE COLE (D), OHIO: We will vote no. DR. SAM LEE: I agree."))
                .containsExactly("REP. ANNE COLE (D), OHIO: We will vote no.", "DR. SAM LEE: I agree.");
    }
}
