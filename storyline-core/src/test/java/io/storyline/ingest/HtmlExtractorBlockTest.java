package io.storyline.ingest;

import static io.storyline.ingest.PierPage.STORY;
import static io.storyline.ingest.PierPage.page;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which blocks of a page the extractor keeps as the article: the rules that find the body. */
class HtmlExtractorBlockTest {

    @Test
    void aBylineWhoseAuthorWentAsFurnitureLeavesNoDanglingBy() {
        String text = HtmlExtractor.extract(page("<article><p>12/04/2020 by <span class=\"author-box\">Ada Moss</span></p>"
                + "<p>By <a class=\"autor\" href=\"/ada\">Ada Moss</a></p><p>Von</p>"
                + "<p>" + STORY[0] + "</p><p>" + STORY[1] + "</p><p>" + STORY[2] + "</p></article>"), null).text();

        assertThat(text).startsWith(STORY[0]).doesNotContain("Ada Moss");
        assertThat(text.lines()).doesNotContain("By", "Von", "12/04/2020 by");
    }

    @Test
    void aBylineHuskAfterADateWrittenWithDotsGoesToo() {
        String text = HtmlExtractor.extract(page("<article><p>" + STORY[0] + "</p>"
                + "<p>4.02.2022 par <a class=\"author\" href=\"/ada\">Ada Moss</a></p>"
                + "<p>" + STORY[1] + "</p><p>" + STORY[2] + "</p><p>Le 4.02.2022 par</p></article>"), null).text();

        assertThat(text).contains(STORY[0], STORY[1], STORY[2]).doesNotContain("Ada Moss", "4.02.2022");
    }

    @Test
    void aLineThatOnlyEndsWithAWordLikeByIsKeptWhenItIsLongOrASentence() {
        String text = HtmlExtractor.extract(page("<article><p>" + STORY[0] + "</p><p>" + STORY[1] + "</p>"
                + "<p>The pier was built in 1911 and is now owned by</p><p>Stand by.</p><p>" + STORY[2] + "</p></article>"),
                null).text();

        assertThat(text).contains("The pier was built in 1911 and is now owned by", "Stand by.");
    }

    @Test
    void aLayoutBlockNamedLikeFurnitureThatHoldsTheMainContentStays() {
        String text = HtmlExtractor.extract(page(
                storyAmongShortLines("<div class=\"layout has-sidebar\"><main>", "</main></div>")), null).text();

        assertThat(text).contains(STORY[0], STORY[3]).doesNotContain("Opening hours");
    }

    @Test
    void theMainRegionStaysWhateverItsName() {
        String text = HtmlExtractor.extract(page(
                storyAmongShortLines("<div role=\"main\" class=\"content with-sidebar\">", "</div>")), null).text();

        assertThat(text).contains(STORY[0], STORY[3]).doesNotContain("Opening hours");
    }

    @Test
    void furnitureBesideTheMainRegionStillGoes() {
        String text = HtmlExtractor.extract(page(storyAmongShortLines("<main>", "</main>")
                + "<div class=\"sidebar\"><p>Subscribe to our weekly harbour newsletter for the tides.</p></div>"), null)
                .text();

        assertThat(text).contains(STORY[0]).doesNotContain("weekly harbour newsletter");
    }

    @Test
    void aBlockIsHiddenOnlyWhenHiddenIsItsNameOrState() {
        StringBuilder body = new StringBuilder("<article>");
        String[] names = {"field field--label-hidden", "text hidden-xs", "text label-hidden", "field"};
        for (int i = 0; i < STORY.length; i++) {
            body.append("<div class=\"").append(names[i]).append("\"><p>").append(STORY[i]).append("</p></div>");
        }
        body.append("<div class=\"is-hidden\"><p>Thank you for signing up to the harbour letter.</p></div>")
                .append("<div class=\"hidden\"><p>Your session has expired, please sign in again.</p></div>")
                .append("</article>");

        String text = HtmlExtractor.extract(page(body.toString()), null).text();

        assertThat(text).contains(STORY[0], STORY[1], STORY[2], STORY[3])
                .doesNotContain("harbour letter").doesNotContain("session has expired");
    }

    @Test
    void aStoryCutIntoSectionsNamedWithAFurnitureWordStaysAndTheRealFurnitureStillGoes() {
        StringBuilder body = new StringBuilder("<div class=\"report\"><h2>Old pier to close</h2>");
        for (int part = 1; part <= 2; part++) { // four sections of two paragraphs, none a third of the page
            for (int i = 0; i < STORY.length; i += 2) {
                body.append("<section class=\"report__section report__section--ads\"><p>").append(STORY[i])
                        .append("</p><p>Part ").append(part).append(": ").append(STORY[i + 1]).append("</p></section>");
            }
        }
        body.append("<div class=\"share-bar\"><p>Share this story with your crew and friends today.</p></div>")
                .append("</div>");

        String text = HtmlExtractor.extract(page(body.toString()), null).text();

        assertThat(text).contains(STORY[0], STORY[1], STORY[2], STORY[3]).doesNotContain("Share this story");
    }

    @Test
    void aStoryBodyNamedPaywallStaysWhileTheLongerCommentsAfterItGo() {
        StringBuilder body = new StringBuilder("<article><div class=\"entry-content paywall-container\">");
        for (String paragraph : STORY) {
            body.append("<p>").append(paragraph).append("</p>");
        }
        body.append("</div></article><ol class=\"comment-list\">");
        for (int i = 0; i < 12; i++) {
            body.append("<li class=\"comment\"><p>Reader ").append(i).append(" wrote: the pier has been unsafe for "
                    + "years and the board knew it, so why did it take the engineers so long to say so?</p></li>");
        }
        body.append("</ol>");

        String text = HtmlExtractor.extract(page(body.toString()), null).text();

        assertThat(text).contains(STORY[0], STORY[3]).doesNotContain("Reader 0 wrote");
    }

    @Test
    void anEntryTaggedWithAFurnitureWordStaysAndTheLongerCommentsGo() {
        StringBuilder body = new StringBuilder("<div class=\"intro\"><p>This is the log of the Tidewater harbour "
                + "master's office: notices to mariners, the board's decisions and the ferry timetable, written up by "
                + "the staff of the office every week and read by the crews who moor along the quay.</p></div>"
                + "<div class=\"post hentry tag-harbour tag-ferries\">");
        for (String paragraph : STORY) {
            body.append("<p>").append(paragraph).append("</p>");
        }
        body.append("</div><div id=\"comments\">");
        for (int i = 0; i < 12; i++) {
            body.append("<div class=\"comment-body\"><p>Reader ").append(i).append(" wrote: the pier has been unsafe "
                    + "for years and the board knew it, so why did it take the engineers so long to say so?</p></div>");
        }
        body.append("</div>");

        String text = HtmlExtractor.extract(page(body.toString()), null).text();

        assertThat(text).contains(STORY[0], STORY[3]).doesNotContain("Reader 0 wrote");
    }

    @Test
    void aStoryWrittenAsLinesWithoutParagraphsIsFoundBesideAShortParagraph() {
        String text = HtmlExtractor.extract(page("<div class=\"post-body\">" + String.join("<br><br>", STORY)
                + "</div><div class=\"note\"><p>Posted by the harbour office at 9:40.</p></div>"), null).text();

        assertThat(text).contains(STORY[0], STORY[3]).doesNotContain("Posted by the harbour office");
    }

    @Test
    void aShortStoryInParagraphsIsNotTradedForLinesElsewhere() {
        String text = HtmlExtractor.extract(page("<div class=\"story\"><p>" + STORY[0] + "</p></div>"
                + "<div class=\"box\">Opening hours of the harbour office: nine to five on weekdays.</div>"), null)
                .text();

        assertThat(text).contains(STORY[0]).doesNotContain("Opening hours");
    }

    @Test
    void anAuthorBoxGoesWhateverTheWordAroundAuthorInItsName() {
        for (String name : new String[] {"TestReport__AuthorBox", "row author-box", "cg_article_author_desc", "autor-info"}) {
            String text = HtmlExtractor.extract(page("<article>" + String.join("", java.util.Arrays.stream(STORY)
                    .map(p -> "<p>" + p + "</p>").toList()) + "<div class=\"" + name + "\"><p>Ines Varga has covered "
                    + "the harbour and its ferries for the paper since 2009.</p></div></article>"), null).text();

            assertThat(text).as(name).contains(STORY[0], STORY[3]).doesNotContain("Ines Varga has covered");
        }
    }

    @Test
    void aCommentSectionNamedInThePagesLanguageGoes() {
        for (String name : new String[] {"kommentare", "comentarios-materia", "post-komentarze", "reacties"}) {
            String text = HtmlExtractor.extract(page("<article>" + String.join("", java.util.Arrays.stream(STORY)
                    .map(p -> "<p>" + p + "</p>").toList()) + "</article><section id=\"" + name + "\"><h2>2</h2>"
                    + "<p>Finally someone says it: the pier has been rotting for years and nobody listened.</p></section>"),
                    null).text();

            assertThat(text).as(name).contains(STORY[0], STORY[3]).doesNotContain("rotting for years");
        }
        // the singular is also an opinion column ("Kommentar"), a story: not furniture by that name
        assertThat(HtmlExtractor.furnitureWord("kommentar")).isEmpty();
        assertThat(HtmlExtractor.furnitureWord("header_kommentare")).isEqualTo("kommentare");
    }

    @Test
    void aForumThreadWrittenWithoutParagraphsInsideAPageWideFormIsRead() {
        // posts named "comment", their lines parted by <br>, the whole page in one <form>, no <p> but a hidden
        // search label: weighed by paragraphs, the form and the posts went and the search box's words were all that was left
        String post = "<div class=\"PostComment\"><span class=\"PostCommentAuthor\">%s</span>"
                + "<div class=\"PostCommentText\">%s<br>%s</div></div>";
        String html = page("<form id=\"PageForm\" method=\"post\" action=\"/thread\">"
                + "<div class=\"Top\"><p style=\"display:none\">Search...</p><a href=\"/search\">Advanced search</a></div>"
                + "<h1>Old pier closing?</h1>"
                + post.formatted("harbourwatcher", STORY[0], STORY[1])
                + post.formatted("skipper", STORY[2], STORY[3])
                + "<div class=\"Bottom\">You must sign in to take part in a discussion.</div></form>");

        String text = HtmlExtractor.extract(html, null).text();

        assertThat(text).contains(STORY[0], STORY[1], STORY[2], STORY[3]);
        // a page with its story in paragraphs still weighs its blocks by them: the comments under it go
        String story = HtmlExtractor.extract(page("<form id=\"PageForm\"><div class=\"Story\">"
                + PierPage.paragraphs(0, 3) + "</div>" + post.formatted("skipper", "Good riddance to the old pier, I say.",
                "It was falling apart anyway.") + "</form>"), null).text();
        assertThat(story).contains(STORY[0], STORY[2]).doesNotContain("Good riddance");
    }

    @Test
    void aDialogThePageOpensOnDemandAndADonationBoxGo() {
        for (String name : new String[] {"modal fade", "newsletter-modal", "support-donation-form", "donate"}) {
            String text = HtmlExtractor.extract(page("<article>" + String.join("", java.util.Arrays.stream(STORY)
                    .map(p -> "<p>" + p + "</p>").toList()) + "<div class=\"" + name + "\"><p>Your support keeps our "
                    + "reporting on the harbour free for every reader: give what you can today.</p></div></article>"),
                    null).text();

            assertThat(text).as(name).contains(STORY[0], STORY[3]).doesNotContain("Your support keeps");
        }
    }

    @Test
    void aCookieBannerAndAConsentPlaceholderForAnEmbeddedPostGo() {
        for (String name : new String[] {"FerryCookieBox _embed-blocker", "cookie-notice", "privacy-consent-wall"}) {
            String text = HtmlExtractor.extract(page("<article><p>" + STORY[0] + "</p><p>" + STORY[1] + "</p>"
                    + "<div class=\"" + name + "\"><p>Press the button below to load this video from the harbour "
                    + "channel; by loading it you accept its privacy terms.</p></div><p>" + STORY[2] + "</p><p>"
                    + STORY[3] + "</p></article>"), null).text();

            assertThat(text).as(name).contains(STORY[0], STORY[2], STORY[3]).doesNotContain("load this video");
        }
    }

    @Test
    void theFurnitureWordOfANameIsOneWordWhateverItsNumber() {
        assertThat(HtmlExtractor.furnitureWord("report__section--ads")).isEqualTo("ad");
        assertThat(HtmlExtractor.furnitureWord("ad-slot")).isEqualTo("ad");
        assertThat(HtmlExtractor.furnitureWord("comments-area ")).isEqualTo("comment");
        assertThat(HtmlExtractor.furnitureWord("articleRelatedLinks")).isEqualTo("related");
        assertThat(HtmlExtractor.furnitureWord("is-hidden")).isEqualTo("hidden");
        assertThat(HtmlExtractor.furnitureWord("TestReport__AuthorBox")).isEqualTo("author");
        assertThat(HtmlExtractor.furnitureWord("story-body ")).isEmpty();
        assertThat(HtmlExtractor.furnitureWord("")).isEmpty();
    }

    /** The story in a wrapper, then many short lines with more paragraph text than the story itself. */
    private static String storyAmongShortLines(String open, String close) {
        StringBuilder body = new StringBuilder(open);
        for (String paragraph : STORY) {
            body.append("<p>").append(paragraph).append("</p>");
        }
        body.append(close).append("<div class=\"site-info\">");
        for (int i = 0; i < 60; i++) {
            body.append("<p>Opening hours 9 to 5</p>");
        }
        return body.append("</div>").toString();
    }
}
