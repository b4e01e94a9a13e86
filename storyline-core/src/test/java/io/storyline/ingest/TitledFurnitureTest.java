package io.storyline.ingest;

import static io.storyline.ingest.PierPage.STORY;
import static io.storyline.ingest.PierPage.page;
import static io.storyline.ingest.PierPage.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Furniture a page titles in words: boxes of other stories and prompts, read through {@link HtmlExtractor}. */
class TitledFurnitureTest {

    private static final String LATER = "<p>The council is to hear the crews' complaint at its March sitting, and "
            + "the harbour master said the pier would stay open to walkers until the work on the pontoon began.</p>"
            + "<p>Engineers will check the remaining beams each month, and the board has asked the ferry operator to "
            + "move its evening sailings to the terminal before the end of the year.</p>";

    /** Teasers of other stories: a linked title over an unlinked line of summary, as news sites lay them out. */
    private static String teasers() {
        StringBuilder teasers = new StringBuilder();
        String[][] items = {
            {"Ferry fares to rise in June", "The operator blames the price of fuel and a smaller winter timetable for the island routes."},
            {"Lifeboat crew honoured", "Four volunteers were given medals for a night rescue off the north breakwater in a storm."},
            {"Fish market reopens", "Traders returned to the quay after a year of repairs to the roof and the cold store."}};
        for (String[] item : items) {
            teasers.append("<div class=\"card\"><span class=\"kicker\">News</span><h3><a href=\"/n\">").append(item[0])
                    .append("</a></h3><p>").append(item[1]).append("</p></div>");
        }
        return teasers.toString();
    }

    @Test
    void aBoxOfOtherStoriesTitledInWordsGoesWholeWhateverItsClassNames() {
        // the box holds less than a third of the page's paragraph text, as on the pages of a news site
        String text = HtmlExtractor.extract(page("<article>" + paragraphs(0, 4) + LATER
                + "<div class=\"block\"><div class=\"panel\"><h2 class=\"heading\">More on this topic</h2>"
                + "<div class=\"grid\">" + teasers() + "</div></div></div></article>"), null).text();

        assertThat(text).contains(STORY[0], STORY[3]).doesNotContain("More on this topic")
                .doesNotContain("Ferry fares").doesNotContain("The operator blames");
    }

    @Test
    void aListOfLinksTitledAmongTheStorysParagraphsGoesAndTheStoryAfterItStays() {
        StringBuilder links = new StringBuilder();
        for (String title : new String[] {"Ferry fares to rise in June as the operator counts the cost of fuel",
            "Lifeboat crew honoured for a night rescue off the north breakwater",
            "Fish market reopens on the quay after a year of repairs"}) {
            links.append("<p><a href=\"/n\">").append(title).append("</a></p>");
        }
        String text = HtmlExtractor.extract(page("<article>" + paragraphs(0, 2) + "<p><strong>Read also:</strong></p>"
                + links + paragraphs(2, 4) + "</article>"), null).text();

        assertThat(text).contains(STORY[0], STORY[1], STORY[2], STORY[3]).doesNotContain("Read also")
                .doesNotContain("Ferry fares");
    }

    @Test
    void aSectionOfTheStoryUnderSuchATitleStaysWhenProseFollowsIt() {
        String text = HtmlExtractor.extract(page("<article>" + paragraphs(0, 3) + "<div><h2>Mehr zum Thema</h2>"
                + "<p>Die Pläne des Hafenamts und die Gutachten der Ingenieure stehen auf den Seiten der Stadt:</p>"
                + "<ul><li><a href=\"/a\">Gutachten</a></li><li><a href=\"/b\">Pläne</a></li></ul></div>"
                + paragraphs(3, 4) + "</article>"), null).text();

        assertThat(text).contains("Mehr zum Thema", "Die Pläne des Hafenamts", STORY[3]);
    }

    @Test
    void aTitleAndItsLinksInOneLineGoTogether() {
        String text = HtmlExtractor.extract(page("<article>" + paragraphs(0, 4)
                + "<p>Related Stories: <a href=\"/a\">Storm batters coast</a>, <a href=\"/b\">Ferry fares rise</a></p>"
                + "</article>"), null).text();
        assertThat(text).doesNotContain("Related Stories").doesNotContain("Storm batters coast");
        String one = HtmlExtractor.extract(page("<article>" + paragraphs(0, 4)
                + "<p>Related Stories: <a href=\"/a\">Storm batters coast</a></p></article>"), null).text();
        assertThat(one).doesNotContain("Storm batters coast");
        String kept = HtmlExtractor.extract(page("<article>" + paragraphs(0, 4)
                + "<p>Read more: the council's <a href=\"/r\">report</a> sets out the repairs the quay needs.</p>"
                + "</article>"), null).text();
        assertThat(kept).as("a sentence of the story with a link in it stays").contains("sets out the repairs");
    }

    @Test
    void aShareAndCommentPromptGoesWithItsButtons() {
        String text = HtmlExtractor.extract(page("<article>" + paragraphs(0, 4)
                + "<div class=\"tools\"><p>Diesen Artikel teilen</p><a href=\"/fb\">Facebook</a> <a href=\"/x\">X</a></div>"
                + "<p>No comments yet</p></article>"), null).text();

        assertThat(text).contains(STORY[0], STORY[3]).doesNotContain("teilen").doesNotContain("Facebook")
                .doesNotContain("No comments");
    }

    @Test
    void titlesAreWholeLinesInManyLanguages() {
        assertThat(TitledFurniture.isTitle("Related articles")).isTrue();
        assertThat(TitledFurniture.isTitle("» Mehr zum Thema:")).isTrue();
        assertThat(TitledFurniture.isTitle("Lo Último")).isTrue();
        assertThat(TitledFurniture.isTitle("À lire aussi")).isTrue();
        assertThat(TitledFurniture.isTitle("Czytaj także")).isTrue();
        assertThat(TitledFurniture.isTitle("Was this article helpful?")).isTrue();
        assertThat(TitledFurniture.isTitle("Related work")).isFalse();
        assertThat(TitledFurniture.isTitle("The latest on the pier: what the board decided")).isFalse();
        assertThat(TitledFurniture.isTitle("Share prices fell")).isFalse();
    }

    @Test
    void aTitleInsideALinkIsATeaserNotABox() {
        String text = HtmlExtractor.extract(page("<article>" + paragraphs(0, 4)
                + "<p><a href=\"/more\">Read more</a> about the pier in our archive of harbour stories.</p></article>"),
                null).text();

        assertThat(text).contains(STORY[3], "Read more about the pier");
    }
}
