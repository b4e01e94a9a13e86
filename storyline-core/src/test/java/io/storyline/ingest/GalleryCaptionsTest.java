package io.storyline.ingest;

import static io.storyline.ingest.PierPage.STORY;
import static io.storyline.ingest.PierPage.page;
import static io.storyline.ingest.PierPage.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GalleryCaptionsTest {

    /** A figure with a picture and the caption's markup. */
    private static String figure(String caption) {
        return "<figure class=\"slide\"><img src=\"p.jpg\" alt=\"\"><figcaption class=\"slide-caption\">" + caption
                + "</figcaption></figure>";
    }

    @Test
    void aGalleryTellingItsStoryInLongCaptionsKeepsThem() {
        String html = page("<article><h1>The pier in pictures</h1><p>Ten years of the old pier, before it closes.</p>"
                + figure("<p>" + STORY[0] + "</p>") + figure(STORY[1]) + figure("<p>" + STORY[2] + "</p>")
                + figure(STORY[3]) + figure("Photo: Harbour Board") + "</article>");

        String text = HtmlExtractor.extract(html, null).text();

        assertThat(text).contains(STORY[0], STORY[1], STORY[2], STORY[3]).doesNotContain("Photo: Harbour Board");
    }

    @Test
    void captionsBesideALongerStoryStayOut() {
        String caption = "The old pier seen from the ferry terminal on a winter morning, its rusted beams showing at low tide.";
        String html = page("<article>" + paragraphs(0, 4) + figure(caption) + figure(caption.replace("winter", "summer"))
                + figure(caption.replace("winter", "spring")) + "</article>");

        String text = HtmlExtractor.extract(html, null).text();

        assertThat(text).contains(STORY[0], STORY[3]).doesNotContain("rusted beams");
    }

    @Test
    void twoLongCaptionsAreNoGalleryButThreeAre() {
        org.jsoup.nodes.Element two = org.jsoup.Jsoup.parse(page("<p>Ten years of the old pier.</p>"
                + figure(STORY[0]) + figure(STORY[1]))).body();
        org.jsoup.nodes.Element three = org.jsoup.Jsoup.parse(page("<p>Ten years of the old pier.</p>"
                + figure(STORY[0]) + figure(STORY[1]) + figure(STORY[2]))).body();

        GalleryCaptions.keepOnGalleryPage(two);
        GalleryCaptions.keepOnGalleryPage(three);

        assertThat(two.select("figcaption")).hasSize(2);
        assertThat(three.select("figcaption")).isEmpty();
        assertThat(three.select("figure > p")).hasSize(3).allMatch(p -> !p.hasAttr("class"));
    }
}
