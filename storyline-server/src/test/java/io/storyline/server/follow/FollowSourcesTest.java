package io.storyline.server.follow;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.ingest.WebOptions;
import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.storyline.server.follow.Feeds.fireStory;
import static io.storyline.server.follow.Feeds.page;
import static io.storyline.server.follow.Feeds.rfc822;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following feeds end to end: a real server following feeds on a real loopback site, polled through the API
 * (an hour apart otherwise, so each test says when).
 */
class FollowSourcesTest {

    @TempDir
    Path folder;

    private final FeedSite site = new FeedSite();

    @AfterEach
    void stop() {
        site.close();
    }

    /**
     * Settings for following the loopback site. The fetch deadline is generous: on a loaded machine a 3 s one
     * sometimes cut off a page of the site, which failed the poll the test was about (no test here wants one).
     */
    static FollowSettings loopback() {
        return FollowSettings.defaults()
                .withWeb(WebOptions.defaults().withAllowPrivateAddresses(true).withTimeout(Duration.ofSeconds(60)))
                .withIntervals(Duration.ofHours(1), Duration.ofSeconds(1));
    }

    private StorylineServer start(FollowSettings follow) throws Exception {
        return StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(folder.resolve("news.db")), follow);
    }

    private final List<Feeds.Item> items = new ArrayList<>();

    private void publish(String guid, String outlet, String headline, int day) {
        site.putPage("/news/" + guid, page(outlet, headline, "2026-03-0" + day, fireStory(items.size())));
        items.add(0, new Feeds.Item(guid, headline, site.url("/news/" + guid), rfc822(day), "A short teaser.", null));
        site.putWithEtag("/feed.xml", "application/rss+xml", Feeds.rss("Wren Courier", items));
    }

    @Test
    void newEntriesJoinTheirStoryOnceAcrossPollsAndRestarts() throws Exception {
        publish("fire-1", "Wren Courier", "Fire closes Port Wren ferry terminal", 3);
        publish("fire-2", "Marl Gazette", "Ferry terminal fire strands Marl commuters", 4);
        long id;
        try (StorylineServer server = start(loopback())) {
            Client api = new Client(server.uri());
            long stories = server.newsroom().version();
            id = api.follow(site.url("/feed.xml"));
            api.poll(id);
            assertThat(server.newsroom().articleCount()).isEqualTo(2);
            assertThat(server.newsroom().storyCount()).isEqualTo(1);
            assertThat(server.newsroom().version()).as("a poll's entries are placed in one step").isEqualTo(stories + 1);

            // unchanged: the poll sends the ETag back, gets 304, reads nothing
            api.poll(id);
            assertThat(site.requests.stream().filter(r -> r.path().equals("/feed.xml")).reduce((a, b) -> b)
                    .orElseThrow().ifNoneMatch()).isNotNull();
            assertThat(server.newsroom().articleCount()).isEqualTo(2);

            publish("fire-3", "Island Radio", "Port Wren ferry terminal fire investigated", 5);
            api.poll(id);
            assertThat(server.newsroom().articleCount()).isEqualTo(3);
            assertThat(server.newsroom().storyCount()).as("the new article joins the story").isEqualTo(1);
            JsonNode health = api.source(id);
            assertThat(health.get("itemsSeen").asInt()).isEqualTo(3);
            assertThat(health.get("articlesAdded").asInt()).isEqualTo(3);
            assertThat(health.get("lastSuccess").isNull()).isFalse();
            assertThat(health.get("lastError").isNull()).isTrue();
            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(health.get("title").asText()).isEqualTo("Wren Courier");
        }
        int pagesFetched = site.count("/news/fire-1");
        try (StorylineServer again = start(loopback())) {
            Client api = new Client(again.uri());
            assertThat(api.get("/api/sources").json().get("sources")).hasSize(1);
            api.poll(id);
            assertThat(again.newsroom().articleCount()).as("nothing stored twice after a restart").isEqualTo(3);
            assertThat(site.count("/news/fire-1")).as("a remembered entry is not fetched again").isEqualTo(pagesFetched);
        }
    }

    @Test
    void anEntryWhoseArticleTheNewsroomHoldsAlreadyIsSeenButAddsNothing() throws Exception {
        publish("fire-1", "Wren Courier", "Fire closes Port Wren ferry terminal", 3);
        publish("fire-2", "Marl Gazette", "Ferry terminal fire strands Marl commuters", 4);
        // a second feed: the same page by its URL, and the second article's text under another URL
        site.putPage("/copies/strands", page("Marl Gazette", "Ferry terminal fire strands Marl commuters",
                "2026-03-04", fireStory(1)));
        List<Feeds.Item> other = new ArrayList<>(List.of(
                new Feeds.Item("same-url", "Fire closes Port Wren ferry terminal", site.url("/news/fire-1"), rfc822(3),
                        "A short teaser.", null),
                new Feeds.Item("same-text", "Ferry terminal fire strands Marl commuters", site.url("/copies/strands"),
                        rfc822(4), "A short teaser.", null)));
        site.putWithEtag("/other.xml", "application/rss+xml", Feeds.rss("Island Radio", other));
        try (StorylineServer server = start(loopback())) {
            Client api = new Client(server.uri());
            long first = api.follow(site.url("/feed.xml"));
            api.poll(first);
            // following a source polls it too: whichever poll reads an entry, wait until both are read
            eventually(() -> api.source(first).get("itemsSeen").asInt() == 2, "the first feed's entries are read");
            assertThat(api.source(first).get("articlesAdded").asInt()).isEqualTo(2);
            long second = api.follow(site.url("/other.xml"));
            api.poll(second);
            eventually(() -> api.source(second).get("itemsSeen").asInt() == 2, "the second feed's entries are read");
            JsonNode health = api.source(second);
            assertThat(health.get("articlesAdded").asInt()).as("both entries are articles stored before").isZero();
            assertThat(server.newsroom().articleCount()).isEqualTo(2);
            assertThat(api.source(first).get("articlesAdded").asInt()).isEqualTo(2);

            site.putPage("/news/fire-3", page("Island Radio", "Port Wren ferry terminal fire investigated", "2026-03-05",
                    fireStory(2)));
            other.add(0, new Feeds.Item("fire-3", "Port Wren ferry terminal fire investigated", site.url("/news/fire-3"),
                    rfc822(5), "A short teaser.", null));
            site.putWithEtag("/other.xml", "application/rss+xml", Feeds.rss("Island Radio", other));
            api.poll(second);
            eventually(() -> api.source(second).get("itemsSeen").asInt() == 3, "the new entry is read");
            assertThat(api.source(second).get("articlesAdded").asInt()).isEqualTo(1);
            assertThat(server.newsroom().articleCount()).isEqualTo(3);
        }
    }

    @Test
    void anEntryWhosePageFailsIsReadFromTheFeedsOwnText() throws Exception {
        site.putWithEtag("/feed.xml", "application/rss+xml", Feeds.rss("Wren Courier", List.of(
                new Feeds.Item("reopen", "Ferry terminal to reopen", site.url("/gone"), rfc822(6), null,
                        Feeds.eightyWords()))));
        try (StorylineServer server = start(loopback())) {
            Client api = new Client(server.uri());
            long id = api.follow(site.url("/feed.xml"));
            api.poll(id);
            assertThat(server.newsroom().articleCount()).isEqualTo(1);
            var article = server.newsroom().article(server.newsroom().stories(io.storyline.server.Newsroom.Order.NEWEST)
                    .get(0).articles().get(0).id()).orElseThrow().getKey();
            assertThat(article.text()).contains("temporary buildings on the quay");
            assertThat(article.title()).isEqualTo("Ferry terminal to reopen");
            assertThat(api.source(id).get("entryProblems").toString()).contains("404").contains("feed's own text");
        }
    }

    @Test
    void anEntryWhosePageFailedIsTriedAgainEvenWhenTheFeedIsUnchanged() throws Exception {
        site.put("/news/fire", FeedSite.status(503, Map.of()));
        site.putWithEtag("/feed.xml", "application/rss+xml", Feeds.rss("Wren Courier", List.of(new Feeds.Item(
                "fire", "Fire closes Port Wren ferry terminal", site.url("/news/fire"), rfc822(3), null, null))));
        try (StorylineServer server = start(loopback())) {
            Client api = new Client(server.uri());
            long id = api.follow(site.url("/feed.xml"));
            api.poll(id);
            int afterFirstRead = site.requests.size();
            assertThat(server.newsroom().articleCount()).isZero();
            assertThat(api.source(id).get("entryProblems").toString()).contains("503");

            site.putPage("/news/fire", page("Wren Courier", "Fire closes Port Wren ferry terminal", "2026-03-03",
                    fireStory(0)));
            // the feed's first poll (at once on following, or the one asked for) has failed the page once or twice;
            // nothing else polls within the hour, so the next poll is this one
            api.poll(id);
            assertThat(server.newsroom().articleCount()).as("the entry is read once its page answers").isEqualTo(1);
            assertThat(api.source(id).get("itemsSeen").asInt()).isEqualTo(1);
            assertThat(site.requests.subList(afterFirstRead, site.requests.size()).stream()
                    .filter(r -> r.path().equals("/feed.xml")).map(FeedSite.Request::ifNoneMatch).toList())
                    .as("the unchanged feed is read again in full").containsOnlyNulls().isNotEmpty();
        }
    }

    /** A condition of the server's background work, waited for with a generous deadline (never a fixed sleep). */
    interface Condition {
        boolean holds() throws Exception;
    }

    static void eventually(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 90 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
        site.put("/busy.xml", FeedSite.status(429, Map.of("Retry-After", "7200")));
        try (StorylineServer server = start(loopback())) {
            Client api = new Client(server.uri());
            long id = api.follow(site.url("/busy.xml"));
            api.poll(id);
            JsonNode health = api.source(id);
            assertThat(health.get("status").asText()).isEqualTo("failing");
            assertThat(health.get("lastError").asText()).contains("429").contains("7200 s");
            Instant failed = Instant.parse(health.get("lastErrorAt").asText());
            Instant next = Instant.parse(health.get("nextPoll").asText());
            assertThat(Duration.between(failed, next)).isGreaterThanOrEqualTo(Duration.ofSeconds(7200));
        }
    }

    @Test
    void errorsBackOffExponentially() throws Exception {
        site.put("/broken.xml", FeedSite.status(500, Map.of()));
        try (StorylineServer server = start(loopback())) {
            Client api = new Client(server.uri());
            long id = api.follow(site.url("/broken.xml"));
            api.poll(id);
            api.poll(id);
            JsonNode health = api.source(id);
            assertThat(health.get("errorsInARow").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(health.get("lastError").asText()).contains("answered HTTP 500");
            Duration wait = Duration.between(Instant.parse(health.get("lastErrorAt").asText()),
                    Instant.parse(health.get("nextPoll").asText()));
            assertThat(wait).as("after two errors in a row: four intervals").isGreaterThanOrEqualTo(Duration.ofHours(4));
        }
    }

    @Test
    void robotsTxtIsObeyedForFeedsAndPages() throws Exception {
        site.put("/robots.txt", exchange -> FeedSite.send(exchange, 200, "text/plain",
                "User-agent: *\nDisallow: /private/\n"));
        site.putWithEtag("/private/feed.xml", "application/rss+xml", Feeds.rss("Hidden", List.of()));
        site.putPage("/private/reopen", page("Wren Courier", "Reopening", "2026-03-06", fireStory(1)));
        site.putWithEtag("/feed.xml", "application/rss+xml", Feeds.rss("Wren Courier", List.of(
                new Feeds.Item("reopen", "Ferry terminal to reopen", site.url("/private/reopen"), rfc822(6), null,
                        Feeds.eightyWords()))));
        try (StorylineServer server = start(loopback())) {
            Client api = new Client(server.uri());
            long hidden = api.follow(site.url("/private/feed.xml"));
            api.poll(hidden);
            assertThat(api.source(hidden).get("lastError").asText()).contains("robots.txt");
            assertThat(site.count("/private/feed.xml")).isZero();

            long open = api.follow(site.url("/feed.xml"));
            api.poll(open);
            assertThat(site.count("/private/reopen")).as("a disallowed page is not fetched").isZero();
            assertThat(server.newsroom().articleCount()).as("the feed's own text is used instead").isEqualTo(1);
        }
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() throws Exception {
        site.putWithEtag("/feed.xml", "application/rss+xml", Feeds.rss("Wren Courier", List.of()));
        try (StorylineServer server = start(FollowSettings.defaults())) {
            Client api = new Client(server.uri());
            long id = api.follow(site.url("/feed.xml"));
            api.poll(id);
            assertThat(api.source(id).get("lastError").asText())
                    .contains("private or local address").contains("--allow-private-addresses");
            assertThat(site.count("/feed.xml")).isZero();
        }
    }

    @Test
    void aSitemapIsFollowedLikeAFeed() throws Exception {
        site.putPage("/news/fire", page("Wren Courier", "Fire closes Port Wren ferry terminal", "2026-03-03", fireStory(0)));
        site.putWithEtag("/sitemap.xml", "application/xml", "<?xml version=\"1.0\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>" + site.url("/news/fire") + "</loc><news:news><news:publication_date>2026-03-03"
                + "</news:publication_date><news:title>Fire closes Port Wren ferry terminal</news:title></news:news></url>"
                + "</urlset>");
        try (StorylineServer server = start(loopback())) {
            Client api = new Client(server.uri());
            long id = api.follow(site.url("/sitemap.xml"));
            api.poll(id);
            assertThat(server.newsroom().articleCount()).isEqualTo(1);
            assertThat(api.source(id).get("itemsSeen").asInt()).isEqualTo(1);
        }
    }

    @Test
    void sourcesAreAddedPausedResumedAndRemovedThroughTheApi() throws Exception {
        try (StorylineServer server = start(loopback())) {
            Client api = new Client(server.uri());
            Client.Reply added = api.post("/api/sources", "application/json",
                    "{\"url\": \"" + site.url("/feed.xml") + "\", \"intervalSeconds\": 600}");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            long id = added.json().get("id").asLong();
            assertThat(added.json().get("intervalSeconds").asInt()).isEqualTo(600);
            Client.Reply again = api.post("/api/sources", "application/json", "{\"url\": \"" + site.url("/feed.xml") + "\"}");
            assertThat(again.status()).as("already followed").isEqualTo(200);
            assertThat(again.json().get("id").asLong()).isEqualTo(id);

            assertThat(api.post("/api/sources/" + id + "/pause", "application/json", "").json().get("status").asText()).isEqualTo("paused");
            assertThat(api.post("/api/sources/" + id + "/resume", "application/json", "").json().get("paused").asBoolean()).isFalse();
            assertThat(api.delete("/api/sources/" + id).status()).isEqualTo(204);
            assertThat(api.get("/api/sources/" + id).status()).isEqualTo(404);
            assertThat(api.delete("/api/sources/" + id).status()).isEqualTo(404);
            assertThat(api.get("/api/sources").json().get("sources")).isEmpty();

            Client.Reply notJson = api.post("/api/sources", "text/plain", site.url("/feed.xml"));
            assertThat(notJson.status()).isEqualTo(415);
            Client.Reply ftp = api.post("/api/sources", "application/json", "{\"url\": \"ftp://news.example/feed\"}");
            assertThat(ftp.status()).isEqualTo(400);
            assertThat(ftp.json().get("error").asText()).contains("not an http or https URL");
            Client.Reply tooOften = api.post("/api/sources", "application/json",
                    "{\"url\": \"https://news.example/feed\", \"intervalSeconds\": 0}");
            assertThat(tooOften.status()).isEqualTo(400);
            Client.Reply broken = api.post("/api/sources", "application/json", "{\"url\": ");
            assertThat(broken.status()).isEqualTo(400);
            assertThat(api.post("/api/sources/77/poll", "application/json", "").status()).isEqualTo(404);
            Client.Reply word = api.get("/api/sources/courier");
            assertThat(word.status()).isEqualTo(404);
            assertThat(word.json().get("error").asText()).isEqualTo("no source with the id 'courier'");
        }
    }
}
