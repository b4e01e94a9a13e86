package io.storyline.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.Storyline;
import io.storyline.model.Article;
import io.storyline.model.Digest;
import io.storyline.model.StoryDigest;
import io.storyline.summarize.Budget;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestRendererTest {

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

    /** A stand-in for the timeline: proves extra sections reach every format. */
    private static final StorySection DAYS = new StorySection() {
        public String heading() {
            return "Days";
        }

        public Optional<String> markdown(StoryDigest story) {
            return Optional.of("days: " + story.articles().size());
        }

        public Optional<String> html(StoryDigest story) {
            return Optional.of("<p>days: " + story.articles().size() + "</p>");
        }

        public Optional<Object> json(StoryDigest story) {
            return Optional.of(story.articles().size());
        }
    };

    @Test
    void digestsOnlyStoriesOfSeveralArticles() {
        assertThat(digest.articleCount()).isEqualTo(3);
        assertThat(digest.stories()).hasSize(2);
        assertThat(digest.digests()).hasSize(1);
        assertThat(digest.digests().get(0).summary().sentences()).isNotEmpty();
    }

    @Test
    void markdownHasAnIndexSummariesAndSections() {
        String md = new DigestRenderer(List.of(DAYS)).render(digest, Format.MD);
        assertThat(md).startsWith("# Digest").contains("- [Flood reaches Kelby](#s")
                .contains("## Flood reaches Kelby").contains("2024-05-01 to 2024-05-02").contains("### Sources")
                .contains("### Days\n\ndays: 2").doesNotContain("Cup final");
    }

    @Test
    void jsonCarriesEachSummaryInItsOwnSchema() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new DigestRenderer(List.of(DAYS)).render(digest, Format.JSON));
        assertThat(root.get("schema").asText()).isEqualTo(DigestRenderer.SCHEMA);
        JsonNode story = root.get("digests").get(0);
        assertThat(story.get("articles")).hasSize(2);
        assertThat(story.get("summary").get("schema").asText()).isEqualTo(JsonRenderer.SCHEMA);
        assertThat(story.get("sections").get("Days").asInt()).isEqualTo(2);
    }

    @Test
    void htmlIsOnePageWithAPictureAndEscapedText() {
        String html = new DigestRenderer(List.of(DAYS)).render(digest, Format.HTML);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg class=\"story-map\"").contains("<circle")
                .contains("<nav aria-label=\"Stories\">").contains("<p>days: 2</p>")
                .doesNotContain("<script").doesNotContain("src=\"http");
        assertThatThrownBy(() -> new DigestRenderer(List.of()).render(digest, Format.TEXT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
