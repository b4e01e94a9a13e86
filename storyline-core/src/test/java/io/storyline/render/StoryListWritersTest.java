package io.storyline.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.StoryList;
import io.storyline.model.Storyline;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoryListWritersTest {

    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final List<Story> stories;

    StoryListWritersTest() {
        articles.put("a", new Article("a", "Herald", null, "# Not a heading", LocalDate.of(2024, 5, 1), "x", "a"));
        articles.put("b", new Article("b", "Wire", null, null, null, "y", "b"));
        stories = List.of(new Story("s1", "Flood *reaches* Kelby", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1),
                List.of("Herald"), List.of("a")), new Story("s2", "cup, final", null, null, List.of("Wire"), List.of("b")));
    }

    @Test
    void markdownEscapesArticleText() {
        String md = OutputFormats.MD.render(RecordType.STORIES, new StoryList(stories, articles), null);
        assertThat(md).contains("2 articles, 2 stories.").contains("## s1: Flood \\*reaches\\* Kelby")
                .contains("- 2024-05-01").contains("- undated").contains("\"\\# Not a heading\"");
    }

    @Test
    void jsonAndJsonLines() throws Exception {
        JsonNode root = new ObjectMapper().readTree(OutputFormats.JSON.render(RecordType.STORIES, new StoryList(stories, articles), null));
        assertThat(root.get("stories")).hasSize(2);
        assertThat(root.get("stories").get(1).get("first").isNull()).isTrue();
        assertThat(OutputFormats.JSONL.render(RecordType.STORIES, new StoryList(stories, articles), null))
                .isEqualTo("{\"article\":\"a\",\"event\":\"s1\"}\n{\"article\":\"b\",\"event\":\"s2\",\"undated\":true}\n");
    }

    @Test
    void everyArticleReadHasALineMergedCopiesBesideTheArticleTheyWereMergedInto() {
        StoryList list = new StoryList(stories, articles, Map.of("a-copy", "a"));
        assertThat(OutputFormats.JSONL.render(RecordType.STORIES, list, null)).isEqualTo(
                "{\"article\":\"a\",\"event\":\"s1\"}\n{\"article\":\"a-copy\",\"event\":\"s1\",\"duplicateOf\":\"a\"}\n"
                        + "{\"article\":\"b\",\"event\":\"s2\",\"undated\":true}\n");
        assertThat(OutputFormats.MD.render(RecordType.STORIES, list, null))
                .contains("1 other article was read as a copy of one of them and merged into it.");
    }

    @Test
    void everyFormatShowsStorylinesWithTheirEventsAndEachArticlesStoryline() throws Exception {
        List<Storyline> lines = List.of(new Storyline("L1", "Kelby: Flood *reaches* Kelby", LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 1), List.of("s1"), 1, 0, 0), new Storyline("L2", "cup, final", null, null,
                List.of("s2"), 1, 1, 0));
        StoryList list = new StoryList(stories, articles, Map.of(), lines);
        String md = OutputFormats.MD.render(RecordType.STORIES, list, null);
        assertThat(md).contains("2 articles, 2 stories in 2 storylines.")
                .contains("## L1: Kelby: Flood \\*reaches\\* Kelby").contains("### s1: Flood \\*reaches\\* Kelby")
                .contains("1 event · 1 article (1 undated)");
        assertThat(md.indexOf("## L2")).isGreaterThan(md.indexOf("### s1"));
        JsonNode root = new ObjectMapper().readTree(OutputFormats.JSON.render(RecordType.STORIES, list, null));
        assertThat(root.get("storylines").get(0).get("events").get(0).asText()).isEqualTo("s1");
        assertThat(root.get("stories").get(1).get("storyline").asText()).isEqualTo("L2");
        assertThat(OutputFormats.JSONL.render(RecordType.STORIES, list, null)).isEqualTo(
                "{\"article\":\"a\",\"event\":\"s1\",\"storyline\":\"L1\"}\n"
                        + "{\"article\":\"b\",\"event\":\"s2\",\"storyline\":\"L2\",\"undated\":true}\n");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(OutputFormats.HTML.render(RecordType.STORIES, list, null));
        assertThat(page.select(".storyline h3").eachText()).containsExactly("Kelby: Flood *reaches* Kelby", "cup, final");
        assertThat(page.select(".storyline a[href=#s1]")).hasSize(1);
        assertThat(page.select(".event h3").eachText()).containsExactly("Flood *reaches* Kelby", "cup, final");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.html()).doesNotContain("<b>");
    }

    @Test
    void theStoryMapDrawsOneRowPerStoryAndEscapesLabels() {
        Element figure = new Element("figure");
        StoryMap.append(figure, List.of(new Story("s1", "<b>Flood</b>", LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 9), List.of(), List.of("a", "b")), stories.get(1)));
        String svg = figure.html();
        assertThat(svg).contains("href=\"#s1\"").contains("&lt;b&gt;Flood").doesNotContain("<b>")
                .contains("<line").contains("2024-05-09");
        assertThat(svg.split("<circle", -1)).hasSize(3);
    }
}
