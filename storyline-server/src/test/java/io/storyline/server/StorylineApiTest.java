package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Both levels kept live on a real server on loopback: events (stories) and the storylines linking them. */
class StorylineApiTest {

    @TempDir
    Path folder;

    private StorylineServer start() throws Exception {
        return StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(folder.resolve("news.db")));
    }

    private static JsonNode lineHolding(JsonNode list, String label) {
        for (JsonNode line : list.get("storylines")) {
            for (JsonNode event : line.get("events")) {
                if (event.get("label").asText().contains(label)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no storyline holds an event labelled '" + label + "': " + list);
    }

    private static List<String> eventLabels(JsonNode line) {
        List<String> labels = new ArrayList<>();
        line.get("events").forEach(event -> labels.add(event.get("label").asText()));
        return labels;
    }

    @Test
    void aStorylineGrowsAsItsNextEventArrivesWithItsEventsInTimeOrder() throws Exception {
        try (StorylineServer server = start()) {
            Http http = new Http(server.uri());
            assertThat(http.postJson(StorylineDesk.firstDays()).status()).isEqualTo(201);
            JsonNode before = http.get("/api/storylines").json();
            assertThat(before.get("total").asInt()).isEqualTo(2);
            JsonNode flood = lineHolding(before, "Kelby flood");
            assertThat(flood.get("events")).hasSize(1);

            assertThat(http.postJson(StorylineDesk.inquiry()).status()).isEqualTo(201);
            JsonNode after = http.get("/api/storylines").json();
            assertThat(after.get("total").asInt()).isEqualTo(2);
            JsonNode grown = lineHolding(after, "Inquiry");
            assertThat(grown.get("id").asLong()).isEqualTo(flood.get("id").asLong());
            assertThat(grown.get("events")).hasSize(2);
            assertThat(eventLabels(grown).get(0)).contains("Kelby flood");
            assertThat(eventLabels(grown).get(1)).containsIgnoringCase("inquiry");
            assertThat(grown.get("first").asText()).isEqualTo("2024-03-04");
            assertThat(grown.get("last").asText()).isEqualTo("2024-03-29");
            assertThat(grown.get("articles").asInt()).isEqualTo(4);
            // newest first: the flood's storyline runs to the end of March, the strike ended on the 7th
            assertThat(after.get("storylines").get(0).get("id").asLong()).isEqualTo(grown.get("id").asLong());
            JsonNode ferry = lineHolding(after, "Brannock");
            assertThat(ferry.get("id").asLong()).isNotEqualTo(grown.get("id").asLong());
            assertThat(http.get("/api/storylines?sort=biggest").json().get("storylines").get(0).get("id").asLong())
                    .isEqualTo(grown.get("id").asLong());
            assertThat(http.get("/api/health").json().get("stories").asInt()).isEqualTo(3);

            // one storyline's page: the same events and one timeline over all its articles
            JsonNode page = http.get("/api/storylines/" + grown.get("id").asLong()).json();
            assertThat(eventLabels(page)).isEqualTo(eventLabels(grown));
            assertThat(page.get("timeline").get("html").asText()).contains("<svg");
            assertThat(page.get("timeline").get("data").get("entries").size()).isGreaterThanOrEqualTo(2);
            // an event's id finds the storyline it is in
            long inquiryEvent = grown.get("events").get(1).get("id").asLong();
            assertThat(http.get("/api/storylines/" + inquiryEvent).json().get("id").asLong())
                    .isEqualTo(grown.get("id").asLong());
            assertThat(http.get("/api/storylines?limit=1&offset=1").json().get("storylines").get(0).get("id").asLong())
                    .isEqualTo(ferry.get("id").asLong());
        }
        // a restarted server replays the articles into the same storylines
        try (StorylineServer server = start()) {
            JsonNode replayed = new Http(server.uri()).get("/api/storylines").json();
            assertThat(replayed.get("total").asInt()).isEqualTo(2);
            assertThat(lineHolding(replayed, "Inquiry").get("events")).hasSize(2);
        }
    }

    @Test
    void anUndatedArticleJoinsByContentAndAStrayDateDoesNotStretchTheSpan() throws Exception {
        try (StorylineServer server = start()) {
            Http http = new Http(server.uri());
            http.postJson(StorylineDesk.firstDays());
            http.postJson(StorylineDesk.inquiry());
            assertThat(http.postJson(StorylineDesk.undatedAndStray()).status()).isEqualTo(201);
            JsonNode list = http.get("/api/storylines").json();
            JsonNode flood = lineHolding(list, "Kelby flood");
            assertThat(flood.get("undated").asInt()).as(flood.toString()).isEqualTo(1);
            assertThat(flood.get("last").asText()).isEqualTo("2024-03-29");
            for (JsonNode line : list.get("storylines")) {
                // wherever the article dated 1994 went, no storyline spans the thirty years
                if (line.get("first").isTextual()) {
                    assertThat(line.get("first").asText().substring(0, 3))
                            .as(line.toString()).isEqualTo(line.get("last").asText().substring(0, 3));
                }
            }
        }
    }

    @Test
    void unknownStorylinesAndBadSortsAreRefusedWithAMessage() throws Exception {
        try (StorylineServer server = start()) {
            Http http = new Http(server.uri());
            assertThat(http.get("/api/storylines").json().get("total").asInt()).isZero();
            Http.Reply missing = http.get("/api/storylines/99");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("error").asText()).contains("no storyline with the id 99");
            assertThat(http.get("/api/storylines/abc").status()).isEqualTo(404);
            Http.Reply badSort = http.get("/api/storylines?sort=oldest");
            assertThat(badSort.status()).isEqualTo(400);
            assertThat(badSort.json().get("error").asText()).contains("sort must be newest or biggest");
            Http.Reply page = http.get("/storyline/1");
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).contains("Storyline has no storyline with the id &#39;1&#39;.");
        }
    }
}
