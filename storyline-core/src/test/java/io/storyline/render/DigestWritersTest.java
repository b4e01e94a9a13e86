package io.storyline.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.Storyline;
import io.storyline.model.Article;
import io.storyline.model.Digest;
import io.storyline.model.StoryDigest;
import io.storyline.summarize.Budget;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigestWritersTest {

    private static Article article(String id, String outlet, String date, String town, String extra) {
        return new Article(id, outlet, "https://news.example/" + id, "Flood reaches " + town, LocalDate.parse(date),
                "Floodwater reached " + town + " on Tuesday as the Marrow river burst its banks. " + extra
                        + " Residents of " + town + " were moved to the Kelby school hall by boat.", id);
    }

    private final Digest digest = Storyline.digest(List.of(
            article("a1", "Herald", "2024-05-01", "Kelby", "Police closed the Kelby road."),
            article("a2", "Courier", "2024-05-02", "Kelby", "<script>alert(1)</script> The army sent trucks."),
            new Article("b1", "Wire", null, "Cup final", null, "The cup final ended in a draw after extra time at Penmoor.",
                    "b1")), Budget.words(60));

    private static String render(OutputFormat format, Digest digest) {
        return format.render(RecordType.DIGEST, digest, null);
    }

    @Test
    void digestsOnlyStoriesOfSeveralArticlesWithTheirTimelineAndComparison() {
        assertThat(digest.articleCount()).isEqualTo(3);
        assertThat(digest.stories()).hasSize(2);
        assertThat(digest.digests()).hasSize(1);
        StoryDigest story = digest.digests().get(0);
        assertThat(story.summary().sentences()).isNotEmpty();
        assertThat(story.timeline()).as("two days of coverage").isNotNull();
        assertThat(story.comparison()).as("two outlets").isNotNull();
        assertThat(story.comparison().sources()).isEqualTo(story.summary().sources());
    }

    @Test
    void markdownHasAnIndexSummariesAndTheStorysViews() {
        String md = render(OutputFormats.MD, digest);
        assertThat(md).startsWith("# Digest").contains("- [Flood reaches Kelby](#s")
                .contains("## Flood reaches Kelby").contains("2024-05-01 to 2024-05-02").contains("### Sources")
                .contains("### Timeline\n\n").contains("### Across outlets\n\n#### Carried by every outlet")
                .doesNotContain("Cup final");
        assertThat(md.indexOf("### Timeline")).isLessThan(md.indexOf("### Across outlets"));
    }

    @Test
    void jsonCarriesEachSummaryAndViewInItsOwnSchema() throws Exception {
        JsonNode root = new ObjectMapper().readTree(render(OutputFormats.JSON, digest));
        assertThat(root.get("schema").asText()).isEqualTo(DigestJson.SCHEMA);
        JsonNode story = root.get("digests").get(0);
        assertThat(story.get("articles")).hasSize(2);
        assertThat(story.get("summary").get("schema").asText()).isEqualTo(SummaryJson.SCHEMA);
        assertThat(story.get("summary").get("title").asText()).isEqualTo("Flood reaches Kelby");
        assertThat(story.get("sections").get("Timeline").get("schema").asText()).isEqualTo(TimelineJson.SCHEMA);
        assertThat(story.get("sections").get("Across outlets").get("facts")).isNotEmpty();
    }

    @Test
    void htmlIsOnePageWithAPictureAndEscapedText() {
        String html = render(OutputFormats.HTML, digest);
        Document page = Jsoup.parse(html);
        assertThat(page.select("svg.story-map circle")).hasSize(1);
        assertThat(page.select("nav[aria-label=Stories] li")).hasSize(1);
        assertThat(page.select("section.extra > h3").eachText()).containsExactly("Timeline", "Across outlets");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.text()).doesNotContain("Cup final");
        assertThat(html).doesNotContain("src=\"http");
    }

    @Test
    void theBundledExampleShowsItsMatrixAndTimelineOnceEach() {
        // surefire runs in storyline-core/, so the bundled example is one folder up
        Digest example = Storyline.digest(Storyline.read(Path.of("../examples/harbour-bridge")).articles(),
                Budget.words(80));
        Document page = Jsoup.parse(render(OutputFormats.HTML, example));
        assertThat(page.select("table.matrix")).as("the facts-by-outlet matrix").isNotEmpty();
        assertThat(page.select("figure.coverage svg")).as("the timeline's picture").isNotEmpty();
        assertThat(page.select("#compare-heading")).as("no id repeated per story").isEmpty();
    }

    @Test
    void aStoryOfOneDayAndOneOutletHasNoViews() {
        Digest oneDay = Storyline.digest(List.of(
                article("a1", "Herald", "2024-05-01", "Kelby", "Police closed the Kelby road."),
                article("a2", "Herald", "2024-05-01", "Kelby", "The army sent trucks.")), Budget.words(60));
        StoryDigest story = oneDay.digests().get(0);
        assertThat(story.timeline()).isNull();
        assertThat(story.comparison()).isNull();
        assertThat(render(OutputFormats.MD, oneDay)).doesNotContain("### Timeline", "### Across outlets");
        assertThat(render(OutputFormats.JSON, oneDay)).contains("\"sections\" : { }");
    }
}
