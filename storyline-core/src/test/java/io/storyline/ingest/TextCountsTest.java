package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The counts taken in one pass equal what selecting inside each element gives. */
class TextCountsTest {

    private static final String PAGE = """
            <html><body><div id="a"> <p>First  paragraph, with a <a href="/x">link   inside</a>.</p>
            <section><p>Second<br>paragraph <span>café</span></p><ul><li><a href="/1">One</a></li>
            <li><a href="/2">Two &amp; three</a> and text</li></ul>
            <table><tr><td><p>Cell <b>bold</b></p></td></tr></table></section>
            <div>   </div><p></p><pre>  kept
              spacing </pre></div></body></html>""";

    @Test
    void everyElementsCountsEqualSelectingInsideIt() {
        Element body = Jsoup.parse(PAGE).body();
        TextCounts counts = TextCounts.of(body);
        for (Element e : body.getAllElements()) {
            assertThat(counts.paragraphText(e)).as("paragraph text of %s", e.tagName())
                    .isEqualTo(e.select("p").stream().mapToInt(p -> p.text().length()).sum());
            assertThat(counts.linkText(e)).as("link text of %s", e.tagName())
                    .isEqualTo(e.select("a").stream().mapToInt(a -> a.text().length()).sum());
            assertThat(counts.textAtLeast(e)).as("text of %s", e.tagName())
                    .isLessThanOrEqualTo(e.text().length())
                    .isEqualTo(e.text().replaceAll("\\s", "").length());
        }
    }

    @Test
    void countsOfAnElementStayTrueWhenAnotherIsRemoved() {
        Element body = Jsoup.parse(PAGE).body();
        TextCounts counts = TextCounts.of(body);
        Element section = body.selectFirst("section");
        body.selectFirst("p").remove();
        assertThat(counts.paragraphText(section))
                .isEqualTo(section.select("p").stream().mapToInt(p -> p.text().length()).sum());
    }

    @Test
    void theCountsAfterRemovalsEqualTheTreeCountedAfresh() {
        // each way to take elements out: one inside a paragraph (its text closes up), one inside a link, a block
        // whose parent goes after it, a whole section, an element not in the page any more
        for (List<String> gone : List.of(List.of("span"), List.of("a[href=/2]"), List.of("li", "ul"), List.of("section"),
                List.of("b", "td", "table", "b"), List.of("pre", "div#a > div"))) {
            Element body = Jsoup.parse(PAGE).body();
            TextCounts before = TextCounts.of(body);
            int beforeBody = before.paragraphText(body);
            TextCounts.Removals removals = new TextCounts.Removals();
            List<Element> chosen = gone.stream().map(body::selectFirst).toList();
            chosen.forEach(removals::remove);
            TextCounts after = before.after(removals, body);
            TextCounts afresh = TextCounts.of(body);
            for (Element e : body.getAllElements()) {
                assertThat(after.paragraphText(e)).as("%s: paragraph text of %s", gone, e.tagName()).isEqualTo(afresh.paragraphText(e));
                assertThat(after.linkText(e)).as("%s: link text of %s", gone, e.tagName()).isEqualTo(afresh.linkText(e));
                assertThat(after.textAtLeast(e)).as("%s: text of %s", gone, e.tagName()).isEqualTo(afresh.textAtLeast(e));
            }
            assertThat(before.paragraphText(body)).as("the counts before stay as they were").isEqualTo(beforeBody);
        }
    }

    @Test
    void removingDeepInsideAPageNestedDeeplyIsCountedAgainWithoutRecursion() {
        int depth = 50_000;
        Element body = Jsoup.parse("<div>".repeat(depth) + "<p>Deep text here.</p><p>Gone <a href=/>soon</a>.</p>"
                + "</div>".repeat(depth)).body();
        TextCounts counts = TextCounts.of(body);
        TextCounts.Removals removals = new TextCounts.Removals();
        removals.remove(body.select("p").get(1));
        TextCounts after = counts.after(removals, body);
        assertThat(after.paragraphText(body)).isEqualTo("Deep text here.".length());
        assertThat(after.linkText(body)).isZero();
        assertThat(counts.linkText(body)).isEqualTo("soon".length());
    }

    @Test
    void aDeeplyNestedPageIsCountedWithoutRecursion() {
        int depth = 50_000;
        Element body = Jsoup.parse("<div>".repeat(depth) + "<p>Deep text here.</p>" + "</div>".repeat(depth)).body();
        TextCounts counts = TextCounts.of(body);
        assertThat(counts.paragraphText(body)).isEqualTo("Deep text here.".length());
        assertThat(counts.textAtLeast(body)).isEqualTo("Deeptexthere.".length());
    }
}
