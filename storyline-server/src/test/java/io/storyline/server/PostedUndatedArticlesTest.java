package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.Storyline;
import io.storyline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undated articles posted through the API are dated from their text one by one, as {@code summarize
 * --since} dates the same files: each posted article has an origin of its own, so one article's
 * inferred day is never taken for another's.
 */
class PostedUndatedArticlesTest {

    @TempDir
    Path folder;

    @Test
    void whatIsNewSinceADayCountsThePostedArticleItsTextDatesThatDay() throws Exception {
        // surefire runs in storyline-server/, so the examples are one folder up
        List<Article> example = Storyline.read(Path.of("../examples/harbour-bridge")).articles();
        List<Map<String, String>> posted = PostedRecords.of(example);
        long undated = example.stream().filter(a -> a.published() == null).count();
        assertThat(undated).as("the example has undated files").isGreaterThan(1);

        StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")));
        try {
            Http http = new Http(server.uri());
            assertThat(http.postJson(posted).status()).isEqualTo(201);
            long story = http.get("/api/stories").json().get("stories").get(0).get("id").asLong();
            JsonNode update = http.get("/api/stories/" + story + "/new?since=2026-03-13").json();
            int cliNew = Storyline.whatsNew(example, LocalDate.of(2026, 3, 13),
                    new io.storyline.summarize.SummaryOptions(io.storyline.summarize.Budget.words(100),
                            io.storyline.summarize.Summarizers.DEFAULT), false).fresh().size();
            assertThat(cliNew).as("the command dates the Herald's follow-up 13 March from its text").isEqualTo(1);
            assertThat(update.get("articles").size() + update.get("read").asInt())
                    .isEqualTo(example.size());
            assertThat(update.get("read").asInt()).as(update.toString()).isEqualTo(example.size() - cliNew);
        } finally {
            server.close();
        }
    }
}
