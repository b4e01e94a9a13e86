package io.storyline.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryHtmlTest {

    private final SummaryRendering renderer = SummaryRendering.of(OutputFormats.HTML);

    @Test
    void isOneSelfContainedPage() {
        String html = renderer.render(SummaryFixtures.pierStory());
        Document doc = Jsoup.parse(html);

        assertThat(html).startsWithIgnoringCase("<!DOCTYPE html>\n").endsWith("</html>\n");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("script, link, img, iframe, object, embed, [src]")).isEmpty();
        String css = doc.select("style").first().data();
        assertThat(css).doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
        assertThat(doc.title()).isEqualTo("Summary");
        assertThat(doc.select("h1").text()).isEqualTo("Summary");
    }

    @Test
    void citationBadgesLinkToSourcesAndCarryTheSupportingSentence() {
        Document doc = Jsoup.parse(renderer.render(SummaryFixtures.pierStory()));

        Element second = doc.getElementById("sentence-2");
        assertThat(second).isNotNull();
        Elements badges = second.select("a.cite");
        assertThat(badges.eachText()).containsExactly("2", "1", "3");
        assertThat(badges.eachAttr("href")).containsExactly("#source-2", "#source-1", "#source-3");
        assertThat(badges.get(1).attr("data-tip"))
                .isEqualTo("Tideline Post: \u201CHospital staff treated two crew members for cuts.\u201D");
        assertThat(badges.get(2).attr("aria-label")).contains("Both injured deckhands have since gone home.");
        for (Element badge : doc.select("a.cite")) {
            assertThat(doc.getElementById(badge.attr("href").substring(1))).as(badge.attr("href")).isNotNull();
        }
        assertThat(second.ownText()).isEqualTo("Two deckhands were taken to hospital with minor injuries.");
    }

    @Test
    void repeatedSourceInOneSentenceGivesOneBadge() {
        Document doc = Jsoup.parse(renderer.render(SummaryFixtures.pierStory()));

        assertThat(doc.getElementById("sentence-3").select("a.cite").eachText()).containsExactly("2");
    }

    @Test
    void sourceListShowsOutletTitleDateAndOnlyWebUrlsAsLinks() {
        Document doc = Jsoup.parse(renderer.render(SummaryFixtures.pierStory()));

        Element first = doc.getElementById("source-1");
        assertThat(first.select(".outlet").text()).isEqualTo("Tideline Post");
        assertThat(first.select("cite").text()).isEqualTo("Ferry service suspended after pier collapse");
        assertThat(first.select("time").attr("datetime")).isEqualTo("2026-04-14");
        assertThat(first.select("time").text()).isEqualTo("14 April 2026");
        assertThat(first.select("a").attr("href")).isEqualTo("https://www.tideline.example/news/2026/04/pier");
        assertThat(first.select("a").text()).isEqualTo("tideline.example/news/2026/04/pier");

        Element second = doc.getElementById("source-2");
        assertThat(second.select("cite")).isEmpty();
        assertThat(second.select("a")).isEmpty();
        assertThat(second.select("code.origin").text()).isEqualTo("stories/gazette.txt");

        Element third = doc.getElementById("source-3");
        assertThat(third.select("a")).isEmpty();
        assertThat(third.select(".url").text()).isEqualTo("ftp://archive.example/pier.txt");
        assertThat(third.select("time")).isEmpty();
    }

    @Test
    void eachOutletKeepsOneTint() {
        Document doc = Jsoup.parse(renderer.render(SummaryFixtures.pierStory()));

        String tideline = doc.getElementById("source-1").className();
        assertThat(doc.getElementById("source-3").className()).isEqualTo(tideline);
        assertThat(doc.getElementById("source-2").className()).isNotEqualTo(tideline).matches("t\\d");
        assertThat(doc.getElementById("sentence-2").select("a.cite").get(1).classNames()).contains(tideline);
    }

    @Test
    void emptySummarySaysSoAndStillListsSources() {
        Document doc = Jsoup.parse(renderer.render(SummaryFixtures.empty()));

        assertThat(doc.select(".summary .empty").text()).isEqualTo("No sentences were selected for this summary.");
        assertThat(doc.select(".sentence, a.cite")).isEmpty();
        assertThat(doc.select(".sources li")).hasSize(3);
        assertThat(doc.select(".meta").text()).startsWith("3 sources · 2 outlets · 0 words");
    }

    @Test
    void titleOptionSetsTitleAndHeading() {
        Document doc = Jsoup.parse(SummaryRendering.of(OutputFormats.HTML, new RenderOptions("Pier </title> collapse"))
                .render(SummaryFixtures.pierStory()));

        assertThat(doc.title()).isEqualTo("Pier </title> collapse");
        assertThat(doc.select("h1").text()).isEqualTo("Pier </title> collapse");
    }

    @Test
    void hostileArticleTextStaysText() {
        String html = SummaryRendering.of(OutputFormats.HTML, new RenderOptions(SummaryFixtures.HOSTILE)).render(SummaryFixtures.hostile());
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script")).isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as("attribute on <%s>", element.tagName())
                        .doesNotStartWith("on");
            }
        }
        for (Element link : doc.select("[href]")) {
            assertThat(link.attr("href").strip().toLowerCase(Locale.ROOT)).doesNotStartWith("javascript:");
        }
        // the payload is still there for the reader to see, as text
        assertThat(doc.getElementById("sentence-1").ownText()).isEqualTo(SummaryFixtures.HOSTILE);
        assertThat(doc.getElementById("source-1").select(".outlet").text()).isEqualTo(SummaryFixtures.HOSTILE);
        assertThat(doc.getElementById("source-1").select(".url").text()).isEqualTo("javascript:alert(1)");
        assertThat(doc.getElementById("source-2").select("code.origin").text()).isEqualTo(SummaryFixtures.HOSTILE);
        assertThat(doc.select("a.cite").first().attr("data-tip")).endsWith(SummaryFixtures.HOSTILE + "\u201D");
        assertThat(doc.select(".method").text()).isEqualTo(SummaryFixtures.HOSTILE);
        assertThat(doc.title()).isEqualTo(SummaryFixtures.HOSTILE);
        // a web URL carrying a quote is still one attribute value
        Element webLink = doc.getElementById("source-3").select("a").first();
        assertThat(webLink.attr("href")).isEqualTo("https://ok.example/a?q=\"onmouseover=\"x<b>");
        assertThat(webLink.attributes().size()).isEqualTo(3);
    }

    @Test
    void markupInArticleTextIsEscapedInTextAndAttributes() {
        String html = SummaryRendering.of(OutputFormats.HTML, new RenderOptions(SummaryFixtures.HOSTILE))
                .render(SummaryFixtures.hostile());

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot; onmouseover=&quot;alert(2)&quot;");
    }

    @Test
    void longUrlsAreShortenedForDisplayOnly() {
        String url = "https://www.example.org/" + "a".repeat(100);

        assertThat(SummaryHtml.linkText(url)).hasSize(60).startsWith("example.org/aaa").endsWith("\u2026");
        assertThat(SummaryHtml.linkText("https://example.org/")).isEqualTo("example.org");
    }
}
