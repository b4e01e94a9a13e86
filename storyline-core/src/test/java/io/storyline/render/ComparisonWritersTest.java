package io.storyline.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.compare.OutletComparison;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison in every format, alone and beside a summary; hostile text stays text. */
class ComparisonWritersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Comparison pierComparison(String extra) {
        return OutletComparison.compare(List.of(
                new Article("a", "Tideline Post", null, "Pier collapses", null,
                        "The north pier at Gull Bay collapsed on Monday, killing 3 people, Mayor Helen Vasquez said.\n\n"
                                + "\"We have never seen water this high,\" Vasquez said." + extra, "a.txt"),
                new Article("b", "Gull Bay Gazette", null, null, null,
                        "The north pier in Gull Bay collapsed on Tuesday, killing 5 people, police said.\n\n"
                                + "Ferries will use the south quay until June, the harbour authority said.", "b.txt")));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonHasTheDocumentedSchema() throws Exception {
        JsonNode root = MAPPER.readTree(OutputFormats.JSON.render(RecordType.COMPARISON, pierComparison(""), null));
        assertThat(fieldNames(root)).containsExactly("schema", "title", "sources", "entities", "quotes",
                "outlets", "facts", "conflicts", "unlisted");
        assertThat(root.get("schema").asText()).isEqualTo("storyline.comparison/1");
        assertThat(root.at("/outlets").toString()).isEqualTo("[\"Tideline Post\",\"Gull Bay Gazette\"]");
        JsonNode fact = root.at("/facts/0");
        assertThat(fieldNames(fact)).containsExactly("text", "outlets", "carriedBy", "reports", "disputedBy",
                "related");
        // the two outlets tell the collapse with another day and toll: two facts, each disputed by the other
        assertThat(fact.get("carriedBy").asText()).isEqualTo("one");
        assertThat(fact.get("disputedBy").findValuesAsText("kind")).containsExactlyInAnyOrder("number", "day");
        assertThat(fieldNames(root.at("/entities/0"))).containsExactly("name", "type", "aliases", "mentions",
                "sources", "centrality");
        assertThat(fieldNames(root.at("/quotes/0"))).containsExactly("text", "speaker", "direct", "source", "sentenceIndex");
        assertThat(root.at("/quotes/0/speaker").asText()).isEqualTo("Helen Vasquez");
        JsonNode conflicts = root.get("conflicts");
        assertThat(conflicts).hasSize(2);
        assertThat(fieldNames(conflicts.get(0))).containsExactly("kind", "slot", "value", "statement", "otherValue",
                "otherStatement");
        assertThat(conflicts.findValuesAsText("kind")).containsExactlyInAnyOrder("number", "day");
    }

    @Test
    void summaryJsonGainsTheComparisonOnlyWhenGivenOne() throws Exception {
        JsonNode plain = MAPPER.readTree(SummaryRendering.of(OutputFormats.JSON).render(SummaryFixtures.pierStory()));
        assertThat(fieldNames(plain)).containsExactly("schema", "title", "method", "wordCount", "sentences", "sources");
        JsonNode with = MAPPER.readTree(SummaryRendering.of(OutputFormats.JSON).with(pierComparison(""))
                .render(SummaryFixtures.pierStory()));
        assertThat(fieldNames(with)).containsExactly("schema", "title", "method", "wordCount", "sentences", "sources",
                "entities", "quotes", "comparison", "otherSources");
        assertThat(fieldNames(with.get("comparison"))).containsExactly("outlets", "facts", "conflicts", "unlisted");
    }

    @Test
    void htmlShowsAMatrixOfFactsByOutletAndEscapesArticleText() {
        String hostile = "\n\n\"<script>alert(1)</script>\" onmouseover=\"x\",\" said Tom Becker.";
        String html = OutputFormats.HTML.render(RecordType.COMPARISON, pierComparison(hostile), null);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("[onmouseover]")).isEmpty();
        assertThat(doc.select("table.matrix thead th")).extracting(e -> e.text())
                .containsExactly("Fact", "Tideline Post", "Gull Bay Gazette");
        assertThat(doc.select("table.matrix tbody tr").first().select("td.yes")).hasSize(1);
        assertThat(doc.select("table.matrix tbody tr").first().select("th .disputed").text()).contains("says");
        assertThat(doc.select("ul.conflicts li")).hasSize(2);
        assertThat(doc.select("ul.quotes").text()).contains("<script>alert(1)</script>");
        assertThat(doc.select("svg.bar")).isNotEmpty();
        assertThat(doc.select("link, img, iframe")).isEmpty();
    }

    @Test
    void htmlLabelsAConflictByWhatDiffers() {
        Document doc = Jsoup.parse(OutputFormats.HTML.render(RecordType.COMPARISON, pierComparison(""), null));
        assertThat(doc.select(".conflicts .kind").eachText()).containsExactlyInAnyOrder("number (people)", "day");
    }

    @Test
    void summaryHtmlIncludesTheComparisonWhenGivenOne() {
        String html = SummaryRendering.of(OutputFormats.HTML).with(pierComparison(""))
                .render(SummaryFixtures.pierStory());
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("section.summary")).hasSize(1);
        assertThat(doc.select("section.compare table.matrix")).hasSize(1);
        assertThat(doc.select("section.sources li")).hasSize(SummaryFixtures.pierStory().sources().size());
        assertThat(SummaryRendering.of(OutputFormats.HTML).render(SummaryFixtures.pierStory())).doesNotContain("matrix");
    }

    @Test
    void markdownListsAgreementConflictsAndQuotes() {
        String md = OutputFormats.MD.render(RecordType.COMPARISON, pierComparison(""), null);
        assertThat(md).contains("## Carried by every outlet", "## Reported by one outlet only", "## Conflicts",
                "## Quotes", "## People, places and organisations", "## Sources");
        assertThat(md).contains("- number (people): 3 people [1] against 5 people [2]");
        assertThat(md).contains("- day: Monday [1] against Tuesday [2]").doesNotContain("day (day)");
        assertThat(md).contains("Helen Vasquez: \u201CWe have never seen water this high\u201D [1]");
        String text = OutputFormats.TEXT.render(RecordType.COMPARISON, pierComparison(""), null);
        assertThat(text).doesNotContain("## ").contains("Conflicts");
    }

    @Test
    void everyFormatListsTheFactsSomeButNotAllOutletsCarry() throws Exception {
        String shared = "The council voted 7 to 2 on Friday to close the north pier at Gull Bay for repairs.";
        Comparison comparison = OutletComparison.compare(List.of(
                new Article("a", "Tideline Post", null, null, null, shared + "\n\nDivers found two cracks in the pier.", "a.txt"),
                new Article("b", "Gull Bay Gazette", null, null, null, shared + "\n\nFerries will use the south quay.", "b.txt"),
                new Article("c", "Harbour Radio", null, null, null, "Fishing boats stayed in port on Saturday.", "c.txt")));
        JsonNode json = MAPPER.readTree(OutputFormats.JSON.render(RecordType.COMPARISON, comparison, null));
        List<String> some = new ArrayList<>();
        json.get("facts").forEach(f -> {
            if (f.get("carriedBy").asText().equals("some")) {
                some.add(f.get("text").asText());
            }
        });
        assertThat(some).containsExactly(shared);
        assertThat(comparison.carriedBySome()).extracting(io.storyline.model.Fact::text).containsExactly(shared);
        for (OutputFormat format : List.of(OutputFormats.MD, OutputFormats.TEXT)) {
            String out = format.render(RecordType.COMPARISON, comparison, null);
            String section = out.substring(out.indexOf("Reported by some outlets"), out.indexOf("Reported by one outlet only"));
            assertThat(section).as(format.toString()).contains("to close the north pier at Gull Bay for repairs.[1][2]");
        }
        Document html = Jsoup.parse(OutputFormats.HTML.render(RecordType.COMPARISON, comparison, null));
        assertThat(html.select("p.meta").text()).contains("1 by some");
    }

    @Test
    void everyFormatShowsARelatedReportBesideTheFactWithoutCitingIt() throws Exception {
        // [2] tells of the same resignation without holding the whole of [1]'s sentence
        String shown = "Koussa's resignation is being interpreted by some as a sign of weakness.";
        String related = "Hague said the regime is fragmented and crumbling from within.";
        List<io.storyline.model.Source> sources = List.of(
                io.storyline.model.Source.of(1, new Article("a", "Tideline Post", null, null, null, shown, "a.txt")),
                io.storyline.model.Source.of(2, new Article("b", "Gull Bay Gazette", null, null, null, related, "b.txt")));
        io.storyline.model.Fact fact = new io.storyline.model.Fact(shown,
                List.of(new io.storyline.model.Citation(1, 0, shown)), List.of("Tideline Post"), List.of(),
                List.of(new io.storyline.model.Citation(2, 0, related)));
        Comparison comparison = new Comparison(sources, List.of(), List.of(), List.of(fact), List.of());

        String md = OutputFormats.MD.render(RecordType.COMPARISON, comparison, null);
        assertThat(md).contains("as a sign of weakness.[1] (related report: [2])");
        JsonNode json = MAPPER.readTree(OutputFormats.JSON.render(RecordType.COMPARISON, comparison, null));
        assertThat(json.at("/facts/0/carriedBy").asText()).isEqualTo("one");
        assertThat(json.at("/facts/0/reports").findValuesAsText("source")).containsExactly("1");
        assertThat(json.at("/facts/0/related/0/source").asInt()).isEqualTo(2);
        assertThat(json.at("/facts/0/related/0/sentence").asText()).isEqualTo(related);
        Document html = Jsoup.parse(OutputFormats.HTML.render(RecordType.COMPARISON, comparison, null));
        assertThat(html.select("table.matrix td.yes")).hasSize(1);
        assertThat(html.select("table.matrix td.related")).singleElement()
                .satisfies(td -> assertThat(td.attr("title")).contains("[2]", "fragmented"));
    }

    @Test
    void aTooltipNamesAnUnknownOutletsSourceNumberOnce() {
        String shown = "The ferry line to Kesslow closes in June after ninety years of crossings.";
        List<io.storyline.model.Source> sources = List.of(
                io.storyline.model.Source.of(1, new Article("a", Article.UNKNOWN_OUTLET, null, null, null, shown, "a.txt")),
                io.storyline.model.Source.of(2, new Article("b", "Gull Bay Gazette", null, null, null, shown, "b.txt")));
        io.storyline.model.Fact fact = new io.storyline.model.Fact(shown,
                List.of(new io.storyline.model.Citation(1, 0, shown), new io.storyline.model.Citation(2, 0, shown)),
                List.of(Article.UNKNOWN_OUTLET + " [1]", "Gull Bay Gazette"), List.of(), List.of());
        Comparison comparison = new Comparison(sources, List.of(), List.of(), List.of(fact), List.of());

        Document html = Jsoup.parse(OutputFormats.HTML.render(RecordType.COMPARISON, comparison, null));
        assertThat(html.select("table.matrix td.yes")).extracting(td -> td.attr("title").replaceFirst(":.*", ""))
                .containsExactly(Article.UNKNOWN_OUTLET + " [1]", "Gull Bay Gazette [2]");
    }
}
