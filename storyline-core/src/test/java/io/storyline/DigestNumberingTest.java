package io.storyline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Digest;
import io.storyline.model.Dispute;
import io.storyline.model.Source;
import io.storyline.model.StoryDigest;
import io.storyline.model.SummarySentence;
import io.storyline.render.OutputFormats;
import io.storyline.summarize.Budget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside one digest story the summary, the timeline and the comparison number the sources alike, so
 * "[3]" is one article in every section (the timeline numbered by its own first citations).
 */
class DigestNumberingTest {

    private static final Path EXAMPLE = Path.of("../examples/harbour-bridge");

    @Test
    void aStorysSummaryTimelineAndComparisonCiteOneArticleByOneNumber() {
        Digest digest = Storyline.digest(Storyline.read(EXAMPLE).articles(), Budget.words(100));
        StoryDigest story = digest.digests().get(0);
        assertThat(story.timeline()).as("the example spans several days").isNotNull();
        assertThat(story.comparison()).isNotNull();

        Map<String, Integer> summary = numbers(story.summary().sources());
        assertThat(numbers(story.timeline().sources())).isEqualTo(summary);
        assertThat(numbers(story.comparison().sources())).isEqualTo(summary);

        // every renumbered citation still points at the article that holds its sentence
        Map<Integer, Article> articleOf = new HashMap<>();
        story.timeline().sources().forEach(s -> articleOf.put(s.number(), story.articles().stream()
                .filter(a -> a.id().equals(s.articleId())).findFirst().orElseThrow()));
        List<SummarySentence> shown = story.timeline().entries().stream().flatMap(e -> e.sentences().stream()).toList();
        assertThat(shown).isNotEmpty();
        List<Citation> cited = shown.stream().flatMap(s -> Stream.concat(s.citations().stream(),
                s.disputedBy().stream().map(Dispute::citation))).toList();
        assertThat(cited).allSatisfy(c -> assertThat(squeezed(articleOf.get(c.source()).text()))
                .as("[%d] %s", c.source(), c.sentence()).contains(squeezed(c.sentence())));
    }

    @Test
    void theJsonAndMarkdownDigestNumberEachStoryOnce() throws Exception {
        Digest digest = Storyline.digest(Storyline.read(EXAMPLE).articles(), Budget.words(100));
        JsonNode story = new ObjectMapper().readTree(Storyline.render(digest, OutputFormats.JSON)).get("digests").get(0);
        Map<String, Integer> summary = numbers(story.get("summary").get("sources"));
        assertThat(numbers(story.get("sections").get("Timeline").get("sources"))).isEqualTo(summary);

        String md = Storyline.render(digest, OutputFormats.MD);
        Source first = digest.digests().get(0).summary().sources().get(0);
        String line = "- [1] " + first.outlet() + " — \"" + first.title() + "\"";
        assertThat(md.lines().filter(l -> l.startsWith(line))).as(line).hasSizeGreaterThanOrEqualTo(2);
    }

    private static Map<String, Integer> numbers(List<Source> sources) {
        Map<String, Integer> numbers = new HashMap<>();
        sources.forEach(s -> numbers.put(s.articleId(), s.number()));
        return numbers;
    }

    private static Map<String, Integer> numbers(JsonNode sources) {
        Map<String, Integer> numbers = new HashMap<>();
        sources.forEach(s -> numbers.put(s.get("articleId").asText(), s.get("number").asInt()));
        return numbers;
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
