package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.Storyline;
import io.storyline.cluster.Clustering;
import io.storyline.model.Article;
import io.storyline.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server spans a story as {@code cluster} does: the days its undated articles are given from their text
 * count, so the example's undated Coastline Herald follow-up ("Friday", beside articles of 11 and 12 March)
 * carries the story and its storyline to 13 March over HTTP as on the command line.
 */
class InferredSpanApiTest {

    @TempDir
    Path folder;

    @Test
    void aStorysSpanOverHttpTakesInTheDayItsUndatedArticleIsGivenAsTheCommandDoes() throws Exception {
        List<Article> example = Storyline.read(Path.of("../examples/harbour-bridge")).articles();
        Clustering command = Storyline.cluster(example);
        assertThat(command.stories()).hasSize(1);
        Story cli = command.stories().get(0);
        assertThat(cli.last()).as("the command's span runs to the follow-up's Friday").hasToString("2026-03-13");
        assertThat(example.stream().filter(a -> a.published() != null).map(Article::published).max(Comparable::compareTo))
                .as("no article is published on the 13th: the day is read from the text").hasValueSatisfying(
                        day -> assertThat(day).isBefore(cli.last()));

        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            Http http = new Http(server.uri());
            assertThat(http.postJson(PostedRecords.of(example)).status()).isEqualTo(201);
            JsonNode story = http.get("/api/stories").json().get("stories").get(0);
            assertThat(story.get("first").asText()).isEqualTo(cli.first().toString());
            assertThat(story.get("last").asText()).isEqualTo(cli.last().toString());
            JsonNode page = http.get("/api/stories/" + story.get("id").asLong()).json();
            assertThat(page.get("last").asText()).isEqualTo(cli.last().toString());
            JsonNode line = http.get("/api/storylines").json().get("storylines").get(0);
            assertThat(line.get("first").asText()).isEqualTo(command.storylines().get(0).first().toString());
            assertThat(line.get("last").asText()).isEqualTo(cli.last().toString());
        }
    }
}
