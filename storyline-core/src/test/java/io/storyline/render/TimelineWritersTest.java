package io.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Citation;
import io.storyline.model.DayCoverage;
import io.storyline.model.Source;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineWritersTest {

    private static final LocalDate D1 = LocalDate.of(2024, 3, 4);
    private static final LocalDate D2 = LocalDate.of(2024, 3, 6);

    static Timeline timeline() {
        Source courier = new Source(1, "a1", "Courier", "Flood <b>on</b> the Arun", "https://courier.example/flood",
                D1.plusDays(1), "a1.txt");
        Source hostile = new Source(2, "a2", "Gazette\"><script>alert(1)</script>", null, "javascript:alert(2)",
                D2, "a2.txt");
        return new Timeline(List.of(
                new TimelineEntry(D1, List.of(new SummarySentence("The Arun burst its banks at Pulford.",
                        List.of(new Citation(1, 0, "The Arun burst its banks at Pulford."),
                                new Citation(2, 3, "The river flooded Pulford."))))),
                new TimelineEntry(D2, List.of(new SummarySentence("Crowds chanted <script>alert(3)</script> at the quay.",
                        List.of(new Citation(2, 1, "Crowds chanted at the quay.")))))),
                List.of(courier, hostile),
                List.of(new DayCoverage(D1, 0, 4), new DayCoverage(D1.plusDays(1), 2, 0), new DayCoverage(D2, 1, 1)),
                List.of("notes/undated.txt"));
    }

    @Test
    void tlsIsTheTimeline17GoldFormat() {
        String tls = OutputFormats.TLS.render(RecordType.TIMELINE, timeline(), null);
        String dashes = "-".repeat(32);
        assertThat(tls).isEqualTo("2024-03-04\nThe Arun burst its banks at Pulford.\n" + dashes + "\n"
                + "2024-03-06\nCrowds chanted <script>alert(3)</script> at the quay.\n" + dashes + "\n");
    }

    @Test
    void markdownHasADatedHeadingPerEntryWithCitationsAndUndatedArticles() {
        String md = OutputFormats.MD.render(RecordType.TIMELINE, timeline(), RenderOptions.defaults().withTitle("Flood"));
        assertThat(md).startsWith("# Flood\n")
                .contains("## Monday 4 March 2024", "## Wednesday 6 March 2024")
                .contains("- The Arun burst its banks at Pulford.[1][2]")
                .contains("\\<script\\>")
                .contains("## Undated articles").contains("`notes/undated.txt`");
        assertThat(md.indexOf("4 March")).isLessThan(md.indexOf("6 March"));
    }

    @Test
    void markdownListsTheCitedSourcesAndCountsTheOthersRead() {
        Timeline base = timeline();
        Source unread = new Source(3, "a3", "Harbour Wire", "Tide tables", null, D2, "a3.txt");
        Source unread2 = new Source(4, "a4", "Harbour Wire", "Weather", null, D2, "a4.txt");
        Timeline wider = new Timeline(base.entries(), List.of(base.sources().get(0), base.sources().get(1), unread, unread2),
                base.coverage(), base.undated());
        String md = OutputFormats.MD.render(RecordType.TIMELINE, wider, RenderOptions.defaults());
        assertThat(md).contains("- [1] Courier", "- [2] Gazette").doesNotContain("[3]", "Tide tables")
                .contains("_Also read, and not cited: 2 articles._");
        // a timeline that cites every article it read says nothing more
        assertThat(OutputFormats.MD.render(RecordType.TIMELINE, base, RenderOptions.defaults())).doesNotContain("Also read");
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws Exception {
        JsonNode root = new ObjectMapper().readTree(OutputFormats.JSON.render(RecordType.TIMELINE, timeline(), null));
        assertThat(root.get("schema").asText()).isEqualTo("storyline.timeline/1");
        assertThat(root.get("title").isNull()).isTrue();
        assertThat(root.get("dates")).hasSize(2);
        assertThat(root.get("dates").get(0).get("date").asText()).isEqualTo("2024-03-04");
        assertThat(root.get("dates").get(0).get("sentences").get(0).get("sources").toString()).isEqualTo("[1,2]");
        assertThat(root.get("sources").get(1).get("published").asText()).isEqualTo("2024-03-06");
        assertThat(root.get("coverage").get(0).get("mentions").asInt()).isEqualTo(4);
        assertThat(root.get("undated").get(0).asText()).isEqualTo("notes/undated.txt");
    }

    @Test
    void htmlIsSelfContainedWithAPictureAndEscapesSourceText() {
        String html = OutputFormats.HTML.render(RecordType.TIMELINE, timeline(), null);
        assertThat(html).contains("<svg", "class=\"mark\"", "class=\"day chosen\"", "href=\"#date-2024-03-04\"")
                .contains("Flood &lt;b&gt;on&lt;/b&gt; the Arun")
                .contains("&lt;script&gt;alert(3)&lt;/script&gt;")
                .doesNotContain("<script", "javascript:alert(2)\"", "http://www.w3.org/1999/xhtml\" src")
                .contains("Undated articles");
        // three days of coverage, two of them chosen
        assertThat(html.split("<g class=\"day", -1)).hasSize(4);
        assertThat(html.split("class=\"day chosen\"", -1)).hasSize(3);
        assertThat(html).doesNotContain("src=\"http", "<link");
    }

    @Test
    void anInferredDateIsMarkedInEveryFormatThatListsSources() throws Exception {
        Timeline base = timeline();
        Timeline inferred = new Timeline(base.entries(), base.sources(), base.coverage(), List.of(),
                List.of(new io.storyline.model.InferredDate("notes/pier.txt", D2,
                        "\u201CWednesday\u201D in its text, beside the other articles' dates")));
        String md = OutputFormats.MD.render(RecordType.TIMELINE, inferred, RenderOptions.defaults());
        assertThat(md).contains("## Dates inferred from the text").contains("`notes/pier.txt`: Wednesday 6 March 2024")
                .doesNotContain("## Undated articles");
        JsonNode root = new ObjectMapper().readTree(OutputFormats.JSON.render(RecordType.TIMELINE, inferred, null));
        assertThat(root.get("inferred").get(0).get("date").asText()).isEqualTo("2024-03-06");
        assertThat(root.get("inferred").get(0).get("evidence").asText()).contains("Wednesday");
        String html = OutputFormats.HTML.render(RecordType.TIMELINE, inferred, RenderOptions.defaults());
        assertThat(html).contains("Dates inferred from the text").contains("notes/pier.txt");
        JsonNode plain = new ObjectMapper().readTree(OutputFormats.JSON.render(RecordType.TIMELINE, base, null));
        assertThat(plain.has("inferred")).isFalse();
    }
}
