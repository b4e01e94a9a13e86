package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private static final String STORY = "<p>The harbour board voted on Tuesday to close the old pier to traffic from "
            + "next spring, after engineers found rust in most of its supporting beams.</p>"
            + "<p>Fishing crews who moor there said they had not been asked, and would take the matter to the "
            + "council at its next sitting in March.</p>"
            + "<p>The board said a new pontoon would be built beside the ferry terminal within two years.</p>";

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void readsEveryKindOfMetadataAndSaysWhereTheTimeCameFrom() {
        String html = page("""
                <title>Pier to close | Tidewater Times</title>
                <link rel="canonical" href="https://tidewater.example/2021/03/04/pier-to-close">
                <meta property="og:site_name" content="Tidewater Times">
                <meta property="article:published_time" content="2021-03-04T09:15:00+01:00">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Old pier to close",
                 "datePublished":"2021-03-04T08:15:00Z","author":[{"@type":"Person","name":"Ines Varga"},
                 {"@type":"Person","name":"Tom Reed"}],"publisher":{"@type":"Organization","name":"Tidewater Times Ltd"}}]}
                </script>""",
                "<article><h1>Old pier to close</h1><time datetime=\"2021-03-04\">4 March</time>" + STORY + "</article>");
        HtmlPage p = HtmlExtractor.extract(html, null);
        assertThat(p.title()).isEqualTo("Old pier to close");
        assertThat(p.byline()).isEqualTo("Ines Varga, Tom Reed");
        assertThat(p.outlet()).isEqualTo("Tidewater Times");
        assertThat(p.outletFrom()).isEqualTo(HtmlPage.OutletSource.SITE_NAME);
        assertThat(p.url()).isEqualTo("https://tidewater.example/2021/03/04/pier-to-close");
        assertThat(p.datesFound()).extracting(PublicationTime::source).containsExactly(
                PublicationTime.Source.JSON_LD, PublicationTime.Source.META, PublicationTime.Source.TIME_ELEMENT,
                PublicationTime.Source.URL);
        assertThat(p.published()).get().extracting(PublicationTime::iso).isEqualTo("2021-03-04T08:15Z");
        assertThat(p.datesFound().get(1).iso()).isEqualTo("2021-03-04T09:15+01:00");
        assertThat(p.publishedDate()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(p.text()).startsWith("The harbour board voted").doesNotContain("Old pier to close")
                .contains("\n\nFishing crews");
    }

    @Test
    void outletFallsBackToTheDomainAndTheDateToTheAddress() {
        HtmlPage p = HtmlExtractor.extract(page("<title>Pier</title>", "<div>" + STORY + "</div>"),
                "https://www.harbour-news.example/news/2020/nov/05/pier");
        assertThat(p.outlet()).isEqualTo("harbour-news.example");
        assertThat(p.outletFrom()).isEqualTo(HtmlPage.OutletSource.DOMAIN);
        assertThat(p.url()).isEqualTo("https://www.harbour-news.example/news/2020/nov/05/pier");
        assertThat(p.datesFound()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(PublicationTime.Source.URL);
            assertThat(d.date()).isEqualTo(LocalDate.of(2020, 11, 5));
        });
        assertThat(p.byline()).isNull();
    }

    @Test
    void bylineFromTheBylineElementWithoutBy() {
        HtmlPage p = HtmlExtractor.extract(page("", "<article><div class=\"story-byline\">By Ada Moss @adamoss Nov 19, 2019</div>"
                + STORY + "</article>"), null);
        assertThat(p.byline()).isEqualTo("Ada Moss");
        assertThat(p.text()).doesNotContain("Ada Moss");
    }

    @Test
    void urlDatesInTheUsualShapes() {
        assertThat(DateParsing.fromUrl("https://x.example/2019/11/19/story").date()).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(DateParsing.fromUrl("https://x.example/story-2019-11-19").date()).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(DateParsing.fromUrl("https://x.example/20191119/story").date()).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(DateParsing.fromUrl("https://x.example/2019/02/31/not-a-day")).isNull();
        assertThat(DateParsing.fromUrl("https://x.example/article/12345678")).isNull();
        assertThat(DateParsing.parseTime("2019-11-19 08:03:00 +0000", PublicationTime.Source.META).iso())
                .isEqualTo("2019-11-19T08:03Z");
        assertThat(DateParsing.parseTime("yesterday", PublicationTime.Source.META)).isNull();
    }

    @Test
    void captionsRelatedLinksAndNewsletterBoxesAreLeftOut() {
        String body = "<article><figure><img src=x.jpg><div class=\"imageCaption\">Rusty beams under the pier. "
                + "Photo: harbour board</div></figure>" + STORY
                + "<div class=\"articleRelatedLinks\"><p>Ferry fares to rise again next year, operator says in a long "
                + "statement to the press</p></div>"
                + "<div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox every day, free of charge.</p></div>"
                + "</article>";
        HtmlPage p = HtmlExtractor.extract(page("", body), null);
        assertThat(p.text()).contains("The harbour board voted").contains("pontoon")
                .doesNotContain("Rusty beams").doesNotContain("Ferry fares").doesNotContain("morning briefing");
    }

    @Test
    void aHeadingWhoseBlockWentAsFurnitureGoesWithItAndThePagesOwnSectionTitlesStay() {
        String body = "<article><h2>The vote</h2>" + STORY
                + "<h2>Tools and services</h2><h2>Ferry times</h2><p>Ferries keep to the winter timetable until May, "
                + "the operator said.</p>"
                + "<h2>More on this topic</h2><ul><li><a href=\"/a\">Ferry fares to rise</a></li>"
                + "<li><a href=\"/b\">Council meets in March</a></li></ul>"
                + "<h3>Newsletter</h3><div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox.</p></div>"
                + "</article>";
        String text = HtmlExtractor.extract(page("", body), null).text();
        // "Tools and services" had nothing under it in the page itself: the page's own grouping, kept
        assertThat(text).startsWith("The vote\n\nThe harbour board voted").contains("Tools and services\n\nFerry times")
                .endsWith("the operator said.").doesNotContain("More on this topic").doesNotContain("Newsletter")
                .doesNotContain("Ferry fares");
    }

    @Test
    void tableCellsStayApartAndAStoryCutIntoSectionsIsWhole() {
        String body = "<div class=\"page\"><div class=\"story-part\">" + STORY + "</div>"
                + "<h2>What happens next</h2>"
                + "<div class=\"story-part\"><p>Engineers will survey the remaining beams in the autumn, and the board "
                + "will publish their report in full.</p><p>Until then, boats may moor at the north quay free of charge, the board said.</p><table><tr><th>Year</th><th>Cost</th></tr>"
                + "<tr><td>2022</td><td>1.2m</td></tr></table></div></div>";
        HtmlPage p = HtmlExtractor.extract(page("", body), null);
        assertThat(p.text()).contains("The harbour board voted").contains("What happens next")
                .contains("Engineers will survey").contains("Year Cost").contains("2022 1.2m");
    }

    @Test
    void scriptsStylesAndMarkupNeverReachTheText() {
        String body = "<article><script>document.write('<p>injected</p>')</script><style>p{color:red}</style>"
                + "<p onclick=\"alert(1)\">The harbour board &lt;b&gt;voted&lt;/b&gt; on Tuesday to close the pier to all "
                + "traffic.</p>" + STORY + "</article>";
        HtmlPage p = HtmlExtractor.extract(page("", body), null);
        assertThat(p.text()).doesNotContain("injected").doesNotContain("color:red").doesNotContain("alert")
                .contains("<b>voted</b>"); // escaped text in the page is text, and stays text
        assertThat(p.text()).doesNotContainPattern("<(p|script|style|div)[ >]");
    }
}
