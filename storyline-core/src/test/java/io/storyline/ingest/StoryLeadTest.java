package io.storyline.ingest;

import static io.storyline.ingest.PierPage.STORY;
import static io.storyline.ingest.PierPage.page;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The story's text just outside the block chosen for it: a standfirst before it, paragraphs beside it. */
class StoryLeadTest {

    private static final String LEAD = "Engineers found rust in most of the beams. The crews who moor at the pier "
            + "were not asked.";

    private static String storyBlock() {
        return "<div class=\"body\"><p>" + String.join("</p><p>", STORY) + "</p></div>";
    }

    @Test
    void aStandfirstInABlockOfItsOwnBeforeTheBodyOpensTheText() {
        String text = HtmlExtractor.extract(page("<div class=\"page\"><h1>Pier to close</h1>"
                + "<div class=\"teaser-text\"><p>" + LEAD + "</p></div>" + storyBlock() + "</div>"), null).text();

        assertThat(text).startsWith(LEAD).contains(STORY[0], STORY[3]).doesNotContain("Pier to close");
    }

    @Test
    void aStandfirstIsFoundWhereTheBodysBlockIsWrappedAndOpensItsWrapper() {
        String text = HtmlExtractor.extract(page("<div class=\"page\"><div class=\"intro\"><p>" + LEAD + "</p></div>"
                + "<div class=\"wrap\"><div class=\"inner\">" + storyBlock() + "</div></div></div>"), null).text();

        assertThat(text).startsWith(LEAD).contains(STORY[3]);
    }

    @Test
    void linksShortLabelsAndLongTextBeforeTheBodyAreNoStandfirst() {
        String links = "<div class=\"teasers\"><p><a href=\"/a\">Ferry fares to rise in the new year, the operator "
                + "says.</a> <a href=\"/b\">More.</a></p></div>";
        String label = "<div class=\"kicker\"><p>Harbour news</p></div>";
        String sentencesWithoutMark = "<div class=\"teaser\"><p>Harbour board ferry pier pontoon crews council "
                + "beams engineers rust spring</p></div>";

        for (String before : new String[] {links, label, sentencesWithoutMark}) {
            String text = HtmlExtractor.extract(page("<div class=\"page\">" + before + storyBlock() + "</div>"), null).text();
            assertThat(text).startsWith(STORY[0]);
        }
    }

    @Test
    void aParagraphBesideTheBodysBlockIsKeptAndABylineParagraphIsNot() {
        String closing = "The council meets again on the first Monday of March, when the crews hope to be heard before "
                + "any work begins.";
        String text = HtmlExtractor.extract(page("<div class=\"story\"><p class=\"signature\">Harbour Wire | "
                + "<time datetime=\"2026-03-01\">1 March 2026</time> | By Ada Moss, our correspondent on the quay, with "
                + "reporting from the council</p>" + storyBlock() + "<p>" + closing + "</p>"
                + "<p><a href=\"/more\">More in our newsletter</a></p></div>"),
                null).text();

        assertThat(text).startsWith(STORY[0]).endsWith(closing).doesNotContain("Harbour Wire", "newsletter");
    }

    @Test
    void aParagraphBesideTheReadMoreBoxThatHoldsTheBodysBlockIsKept() {
        String first = "The harbour board's chair told reporters on the quay that the vote had been close and that the "
                + "crews would be heard.";
        // the body's block sits in a box that adds only a link: the paragraph beside the box is the story's
        String second = "Fishing crews said later that they would take the matter to the council at its next sitting.";
        String text = HtmlExtractor.extract(page("<div class=\"story\"><p>" + first + "</p><p>" + second + "</p>"
                + "<div class=\"read-more\">"
                + "<div class=\"read-more-link\"><a href=\"/more\">Read more</a></div>" + storyBlock() + "</div></div>"
                + "<div class=\"other\"><p>" + LEAD + " A wholly different page part, with its own sentence.</p></div>"),
                null).text();

        assertThat(text).startsWith(first + "\n\n" + second).contains(STORY[0], STORY[3])
                .doesNotContain("Read more", "different page part");
    }

    @Test
    void anAdvertisingDisclosureIsFurniture() {
        String text = HtmlExtractor.extract(page("<article><section class=\"editorial-disclosure\"><p>This post contains "
                + "references to products from our advertisers. We may receive compensation when you click.</p></section>"
                + "<p>" + String.join("</p><p>", STORY) + "</p></article>"), null).text();

        assertThat(text).startsWith(STORY[0]).doesNotContain("advertisers");
    }

    @Test
    void aStandfirstIsFoundPastTheBylineAndDateLineBetweenItAndTheBody() {
        String page = page("<div class=\"page\"><h1>Pier to close</h1>"
                + "<div class=\"standfirst\"><p>" + LEAD + "</p></div>"
                + "<p class=\"byline\">By Ada Moss <time datetime=\"2026-03-01\">1 March 2026</time></p>"
                + "<p class=\"credit\">Photo: Harbour Wire</p>" + storyBlock() + "</div>");
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);

        org.jsoup.nodes.Element lead = StoryLead.leadBefore(doc.selectFirst("div.body"), doc.body());

        assertThat(lead).isNotNull();
        assertThat(lead.text()).isEqualTo(LEAD);
        assertThat(HtmlExtractor.extract(page, null).text()).startsWith(LEAD).contains(STORY[3])
                .doesNotContain("Ada Moss", "Photo:");
    }

    @Test
    void aStandfirstInTheHeaderThatHoldsTheHeadlineIsFoundAfterTheHeadline() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page("<article><header><h4>Harbours</h4><h1>Pier to "
                + "close</h1><h2>" + LEAD + "</h2><section class=\"post-meta\"><p>Ada Moss - <time datetime=\"2026-03-01\">"
                + "1 March 2026</time></p></section></header><section class=\"guts\">" + storyBlock()
                + "</section></article>"));

        org.jsoup.nodes.Element lead = StoryLead.leadBefore(doc.selectFirst("div.body"), doc.body());

        assertThat(lead).isNotNull();
        assertThat(lead.normalName()).isEqualTo("h2");
        assertThat(lead.text()).isEqualTo(LEAD);
    }

    @Test
    void aMastheadsDateLineAfterTheLogoAndABoxOfSeveralBlocksAreNoStandfirst() {
        String masthead = "<div class=\"masthead\"><h1><a href=\"/\">Harbour Wire</a></h1><span>Wednesday, "
                + "4 March 2026 Portmouth, Westshire Est. May 19, 1883</span></div>";
        String dialog = "<div class=\"dialog\"><p>Ready to publish your story today?</p><p>Change the title and the "
                + "visibility as needed.</p></div><p>4 min read</p>";
        for (String before : new String[] {masthead, dialog}) {
            String text = HtmlExtractor.extract(page("<div class=\"page\">" + before + "<main>" + storyBlock()
                    + "</main></div>"), null).text();

            assertThat(text).startsWith(STORY[0]);
        }
    }

    @Test
    void aTextEndsAsASentenceWithItsMarkBeforeClosingQuotes() {
        assertThat(StoryLead.endsSentence("The crews were not asked.")).isTrue();
        assertThat(StoryLead.endsSentence("\u201CWe were not asked?\u201D ")).isTrue();
        assertThat(StoryLead.endsSentence("Portmouth Est. May 19, 1883")).isFalse();
        assertThat(StoryLead.endsSentence("")).isFalse();
    }
}
