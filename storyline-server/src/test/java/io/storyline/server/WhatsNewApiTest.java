package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/stories/{id}/new?since=} against a real server on a loopback port over a fresh database. */
class WhatsNewApiTest {

    @TempDir
    static Path folder;
    static StorylineServer server;
    static Http http;
    static long story;

    /** A terminal fire: two reports on 1 and 2 May, two on 3 May, one undated. */
    static final List<Map<String, String>> ARTICLES = List.of(
            article("gazette-fire", "Bay Gazette", "2024-05-01", "Fire breaks out at Eastport grain terminal",
                    "A fire broke out at the Eastport grain terminal on Wednesday night, and four workers were injured. "
                    + "Firefighters from three stations fought the blaze at the Eastport grain terminal through the night. "
                    + "The terminal's owner, Northgrain, said the silos held about 20,000 tonnes of wheat. "
                    + "Smoke from the Eastport grain terminal fire could be seen across the harbour."),
            article("wire-fire", "Harbor Wire", "2024-05-02", "Eastport terminal fire still burning",
                    "The fire at the Eastport grain terminal was still burning on Thursday, officials said. "
                    + "Four workers were injured when the fire broke out at the Eastport grain terminal on Wednesday night. "
                    + "Northgrain said the silos of the Eastport grain terminal held about 20,000 tonnes of wheat. "
                    + "Ships bound for the Eastport grain terminal were sent to other berths."),
            article("gazette-out", "Bay Gazette", "2024-05-03", "Eastport terminal fire put out after two days",
                    "Firefighters put out the fire at the Eastport grain terminal on Friday after it burned for two days. "
                    + "Investigators said the Eastport grain terminal fire was started by a faulty conveyor motor. "
                    + "Northgrain said the Eastport grain terminal would stay closed for at least three weeks. "
                    + "The harbour master said ships bound for the Eastport grain terminal would use the north quay."),
            article("courier-out", "Coast Courier", "2024-05-03", "Faulty motor blamed for Eastport grain fire",
                    "Investigators blamed a faulty conveyor motor for the fire at the Eastport grain terminal. "
                    + "Six workers were injured when the fire broke out at the Eastport grain terminal on Wednesday night. "
                    + "The Eastport grain terminal will stay closed for at least three weeks, Northgrain said. "
                    + "Insurers are expected to send assessors to the Eastport grain terminal next week."),
            article("undated-fire", "Dock Notes", null, "Eastport grain terminal fire",
                    "The fire at the Eastport grain terminal was the port's worst in a decade. "
                    + "Firefighters from three stations fought the fire at the Eastport grain terminal. "
                    + "Northgrain runs the Eastport grain terminal and two smaller terminals on the coast."));

    private static Map<String, String> article(String id, String outlet, String published, String title, String text) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("outlet", outlet);
        if (published != null) {
            a.put("published", published);
        }
        a.put("title", title);
        a.put("text", text);
        return a;
    }

    @BeforeAll
    static void start() throws Exception {
        server = StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(folder.resolve("news.db")));
        http = new Http(server.uri());
        Http.Reply added = http.postJson(ARTICLES);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode stories = http.get("/api/stories?sort=biggest").json().get("stories");
        assertThat(stories.get(0).get("articles").asInt()).as("one story: " + stories).isEqualTo(ARTICLES.size());
        story = stories.get(0).get("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void sinceAVisitTheArticlesThatArrivedAfterItAreNewWhateverDayTheyAreDated() throws Exception {
        try (StorylineServer own = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("visits.db")))) {
            Http client = new Http(own.uri());
            assertThat(client.postJson(ARTICLES.subList(0, 3)).status()).isEqualTo(201);
            Thread.sleep(20);
            java.time.Instant visit = java.time.Instant.now();
            Thread.sleep(20);
            // a late report of the first night arrives after the visit
            Http.Reply late = client.postJson(List.of(ARTICLES.get(3), article("late-fire", "Harbor Wire", "2024-05-01",
                    "Night fire at Eastport grain terminal", "Crews were called to a fire at the Eastport grain terminal "
                    + "late on Wednesday. Seven workers were injured when the fire broke out at the Eastport grain "
                    + "terminal on Wednesday night, the port said. Northgrain said the silos held about 20,000 tonnes.")));
            assertThat(late.status()).as(late.body()).isEqualTo(201);
            long id = client.get("/api/stories?sort=biggest").json().get("stories").get(0).get("id").asLong();

            JsonNode sinceVisit = client.get("/api/stories/" + id + "/new?since=" + visit).json();
            assertThat(sinceVisit.get("arrivedAfter").asText()).isEqualTo(visit.toString());
            Set<String> fresh = new HashSet<>();
            sinceVisit.get("articles").forEach(a -> fresh.add(a.get("id").asText()));
            assertThat(fresh).containsExactlyInAnyOrder("courier-out", "late-fire");
            assertThat(sinceVisit.get("read").asInt()).isEqualTo(3);

            JsonNode sinceDay = client.get("/api/stories/" + id + "/new?since=2024-05-03").json();
            assertThat(sinceDay.get("arrivedAfter").isNull()).isTrue();
            Set<String> dated = new HashSet<>();
            sinceDay.get("articles").forEach(a -> dated.add(a.get("id").asText()));
            assertThat(dated).as("by day, the late report of 1 May is read").containsExactlyInAnyOrder("gazette-out",
                    "courier-out");

            JsonNode later = client.get("/api/stories/" + id + "/new?since=" + java.time.Instant.now().plusSeconds(5)).json();
            assertThat(later.get("articles").size()).isZero();
            assertThat(later.get("summary").get("notice").asText()).contains("no article arrived after");
        }
    }

    @Test
    void theNewArticlesTheirUpdateSummaryFactsAndConflictsCiteOnlyWhatIsNew() throws Exception {
        Http.Reply reply = http.get("/api/stories/" + story + "/new?since=2024-05-03");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode json = reply.json();
        assertThat(json.get("id").asLong()).isEqualTo(story);
        assertThat(json.get("since").asText()).isEqualTo("2024-05-03");
        assertThat(json.get("read").asInt()).isEqualTo(3);
        assertThat(json.get("undated").asInt()).isEqualTo(1);
        Set<String> fresh = new HashSet<>();
        for (JsonNode a : json.get("articles")) {
            fresh.add(a.get("id").asText());
            assertThat(a.get("published").asText()).isEqualTo("2024-05-03");
            assertThat(a.get("title").asText()).isNotBlank();
            assertThat(a.get("outlet").asText()).isNotBlank();
        }
        assertThat(fresh).containsExactlyInAnyOrder("gazette-out", "courier-out");

        JsonNode summary = json.get("summary");
        assertThat(summary.get("sentences").size()).isPositive();
        List<String> texts = new ArrayList<>();
        for (JsonNode sentence : summary.get("sentences")) {
            texts.add(sentence.get("text").asText());
            for (JsonNode citation : sentence.get("citations")) {
                String id = summary.get("sources").get(citation.get("source").asInt() - 1).get("articleId").asText();
                assertThat(fresh).as("a summary sentence cites a new article").contains(id);
                assertThat(ARTICLES.stream().filter(a -> a.get("id").equals(id)).findFirst().orElseThrow().get("text"))
                        .contains(citation.get("sentence").asText());
            }
        }
        // the update leaves out what the earlier reports said (the fire breaking out, the wheat in the silos)
        assertThat(String.join(" ", texts)).doesNotContain("20,000 tonnes").containsAnyOf("conveyor motor", "three weeks");

        Map<Integer, String> sourceIds = new HashMap<>();
        for (JsonNode s : json.get("sources")) {
            sourceIds.put(s.get("number").asInt(), s.get("articleId").asText());
        }
        for (int i = 0; i < summary.get("sources").size(); i++) {
            assertThat(sourceIds.get(i + 1)).as("the summary's numbers are the facts' numbers")
                    .isEqualTo(summary.get("sources").get(i).get("articleId").asText());
        }
        assertThat(json.get("facts").size()).isPositive();
        for (JsonNode fact : json.get("facts")) {
            for (JsonNode report : fact.get("reports")) {
                assertThat(fresh).as("a new fact is reported by new articles only: " + fact)
                        .contains(sourceIds.get(report.get("source").asInt()));
            }
            // reports of the same happening that do not hold the whole fact: beside it, as docs/API.md shows
            assertThat(fact.get("related").isArray()).as("related of " + fact).isTrue();
            for (JsonNode related : fact.get("related")) {
                assertThat(sourceIds).as("a related report names a listed source").containsKey(related.get("source").asInt());
            }
        }
        for (JsonNode conflict : json.get("conflicts")) {
            String one = sourceIds.get(conflict.get("statement").get("source").asInt());
            String other = sourceIds.get(conflict.get("otherStatement").get("source").asInt());
            assertThat(fresh.contains(one) || fresh.contains(other)).as("a new conflict has a new side: " + conflict)
                    .isTrue();
        }
    }

    @Test
    void nothingNewSaysSo() throws Exception {
        JsonNode json = http.get("/api/stories/" + story + "/new?since=2024-06-01").json();
        assertThat(json.get("articles").size()).isZero();
        assertThat(json.get("read").asInt()).isEqualTo(ARTICLES.size());
        assertThat(json.get("summary").get("sentences").size()).isZero();
        assertThat(json.get("summary").get("notice").asText()).startsWith("nothing new since 2024-06-01");
        assertThat(json.get("facts").size()).isZero();
        assertThat(json.get("conflicts").size()).isZero();
    }

    @Test
    void sinceBeforeEveryArticleGivesEveryDatedOneAndTheOrdinarySummaryOfThem() throws Exception {
        JsonNode json = http.get("/api/stories/" + story + "/new?since=2024-01-01").json();
        assertThat(json.get("articles").size()).isEqualTo(ARTICLES.size() - 1);
        assertThat(json.get("read").asInt()).as("the undated article counts as read").isEqualTo(1);
        assertThat(json.get("summary").get("sentences").size()).isPositive();
        assertThat(json.get("summary").has("notice")).isFalse();
    }

    @Test
    void aSinceThatIsNoDateIsRefusedWithTheReason() throws Exception {
        Http.Reply bad = http.get("/api/stories/" + story + "/new?since=last+tuesday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("'last tuesday' is not a date").contains("YYYY-MM-DD");
        Http.Reply missing = http.get("/api/stories/" + story + "/new");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asText()).contains("?since=");
        Http.Reply unknown = http.get("/api/stories/987654/new?since=2024-05-01");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).contains("987654");
    }
}
