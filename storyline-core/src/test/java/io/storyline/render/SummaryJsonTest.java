package io.storyline.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Summary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SummaryRendering renderer = SummaryRendering.of(OutputFormats.JSON);

    @Test
    void topLevelFieldsFollowTheSchema() throws Exception {
        Summary summary = SummaryFixtures.pierStory();
        JsonNode root = MAPPER.readTree(renderer.render(summary));

        assertThat(fieldNames(root)).containsExactly("schema", "title", "method", "wordCount", "sentences", "sources");
        assertThat(root.get("schema").asText()).isEqualTo("storyline.summary/1");
        assertThat(root.get("title").isNull()).isTrue();
        assertThat(root.get("method").asText()).isEqualTo("centroid");
        assertThat(root.get("wordCount").asInt()).isEqualTo(summary.wordCount()).isEqualTo(27);
        assertThat(root.get("sentences")).hasSize(3);
        assertThat(root.get("sources")).hasSize(3);
    }

    @Test
    void everyCitationIsListedWithSourceSentenceIndexAndSupportingSentence() throws Exception {
        JsonNode second = MAPPER.readTree(renderer.render(SummaryFixtures.pierStory())).get("sentences").get(1);

        assertThat(fieldNames(second)).containsExactly("index", "text", "sources", "citations", "disputedBy");
        assertThat(second.get("index").asInt()).isEqualTo(1);
        assertThat(second.get("text").asText()).isEqualTo("Two deckhands were taken to hospital with minor injuries.");
        assertThat(second.get("sources").toString()).isEqualTo("[2,1,3]");
        JsonNode citations = second.get("citations");
        assertThat(citations).hasSize(3);
        assertThat(fieldNames(citations.get(2))).containsExactly("source", "sentenceIndex", "sentence");
        assertThat(citations.get(1).get("source").asInt()).isEqualTo(1);
        assertThat(citations.get(1).get("sentenceIndex").asInt()).isEqualTo(4);
        assertThat(citations.get(1).get("sentence").asText()).isEqualTo("Hospital staff treated two crew members for cuts.");
    }

    @Test
    void repeatedSourceKeepsBothCitationsButIsListedOnce() throws Exception {
        JsonNode third = MAPPER.readTree(renderer.render(SummaryFixtures.pierStory())).get("sentences").get(2);

        assertThat(third.get("sources").toString()).isEqualTo("[2]");
        assertThat(third.get("citations")).hasSize(2);
    }

    @Test
    void sourcesKeepEveryKeyWithNullForTheUnknown() throws Exception {
        JsonNode sources = MAPPER.readTree(renderer.render(SummaryFixtures.pierStory())).get("sources");

        JsonNode first = sources.get(0);
        assertThat(fieldNames(first)).containsExactly("number", "articleId", "outlet", "title", "url", "published", "origin");
        assertThat(first.get("published").asText()).isEqualTo("2026-04-14");
        assertThat(first.get("url").asText()).isEqualTo("https://www.tideline.example/news/2026/04/pier");
        JsonNode second = sources.get(1);
        assertThat(fieldNames(second)).hasSize(7);
        assertThat(second.get("title").isNull()).isTrue();
        assertThat(second.get("url").isNull()).isTrue();
        assertThat(second.get("origin").asText()).isEqualTo("stories/gazette.txt");
        assertThat(sources.get(2).get("published").isNull()).isTrue();
    }

    @Test
    void emptySummaryHasNoSentencesAndNoWords() throws Exception {
        String json = renderer.render(SummaryFixtures.empty());
        JsonNode root = MAPPER.readTree(json);

        assertThat(root.get("sentences").isArray()).isTrue();
        assertThat(root.get("sentences")).isEmpty();
        assertThat(root.get("wordCount").asInt()).isZero();
        assertThat(root.get("sources")).hasSize(3);
        assertThat(json).contains("\"sentences\": []");
    }

    @Test
    void titleOptionIsIncluded() throws Exception {
        String json = SummaryRendering.of(OutputFormats.JSON, new RenderOptions("Pier collapse")).render(SummaryFixtures.pierStory());

        assertThat(MAPPER.readTree(json).get("title").asText()).isEqualTo("Pier collapse");
    }

    @Test
    void textSurvivesExactlyWhateverItContains() throws Exception {
        JsonNode root = MAPPER.readTree(renderer.render(SummaryFixtures.hostile()));

        assertThat(root.get("method").asText()).isEqualTo(SummaryFixtures.HOSTILE);
        assertThat(root.at("/sentences/0/text").asText()).isEqualTo(SummaryFixtures.HOSTILE);
        assertThat(root.at("/sentences/0/citations/2/sentence").asText()).isEqualTo(SummaryFixtures.HOSTILE);
        assertThat(root.at("/sources/0/url").asText()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void outputIsIndentedOneValuePerLineAndEndsWithANewline() {
        String json = renderer.render(SummaryFixtures.pierStory());

        assertThat(json).startsWith("{\n  \"schema\": \"storyline.summary/1\",\n").endsWith("}\n");
        assertThat(json).contains("\"sources\": [\n        2,\n        1,\n        3\n      ]");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
