package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ListItemsTest {

    private static final String INTRO = "<p>Good morning. Here is the harbour news you need to know this Tuesday, "
            + "gathered by our reporters along the coast overnight.</p>";

    private static String item(String headline, String after) {
        return "<li><strong><a href=\"https://tidewater.example/" + headline.hashCode() + "\">" + headline
                + "</a>.</strong> " + after + "</li>";
    }

    private static String text(String body) {
        return HtmlExtractor.extract("<!DOCTYPE html><html><head><title>Harbour</title></head><body><article>"
                + body + "</article></body></html>", null).text();
    }

    @Test
    void aRoundUpItemWhoseLinkedHeadlineOutweighsItsLineStaysWithItsList() {
        String list = "<ol>"
                + item("The harbour board voted to close the old pier to traffic from next spring",
                        "Engineers had found rust in most of its supporting beams, and the board said it had no choice.")
                + item("Fishing crews who moor at the pier say they were never asked about the closure",
                        "They will take the matter to the council at its next sitting in March.")
                + item("A new ferry pontoon is to be built beside the terminal within two years of the closure",
                        "The board gave no cost.")
                + "</ol>";
        // the third item is 70% link: alone it reads as a row of links
        assertThat(text(INTRO + list)).contains("The board gave no cost.", "new ferry pontoon", "never asked");
    }

    @Test
    void anItemThatIsOnlyALinkIsStillJudgedAlone() {
        String list = "<ul><li>Posted on 4 March 2021 by the harbour desk, who watched the vote from the gallery</li>"
                + "<li><a href=\"#comments\">Leave a comment</a></li></ul>";
        assertThat(text(INTRO + list + INTRO.replace("Good morning", "Later"))).doesNotContain("Leave a comment");
    }

    @Test
    void wordsOutsideLinksAreCountedAcrossInlineMarkup() {
        Element li = Jsoup.parse("<ul><li><a href=\"x\">Three linked words</a>. Two <b>own</b>-words, "
                + "<a href=\"y\">more link</a> end</li></ul>").selectFirst("li");
        assertThat(ListItems.wordsOutsideLinks(li)).isEqualTo(4); // Two, own, words, end: "-" parts "own-words"
        Element list = li.parent();
        assertThat(ListItems.staysWithItsList(li, list)).as("the list is the container: never weighed").isFalse();
        assertThat(ListItems.staysWithItsList(li, list.parent())).isTrue();
    }
}
