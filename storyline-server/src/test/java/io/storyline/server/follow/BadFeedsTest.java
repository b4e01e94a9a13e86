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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds that misbehave, each on a real loopback server, followed by one newsroom beside a good feed: each
 * bad one fails alone, into its own health, and the good one is still read. Polled by the follower's own
 * schedule (every source is polled as soon as it is added).
 */
class BadFeedsTest {

    @TempDir
    Path folder;

    private final FeedSite site = new FeedSite();

    @AfterEach
    void stop() {
        site.close();
    }

    static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
            + "]>\n";

    @Test
    void eachBadFeedFailsAloneAndTheGoodOneIsRead() throws Exception {
        AtomicInteger sentKilobytes = new AtomicInteger();
        site.put("/slow.xml", FeedSite.hang());
        site.put("/error.xml", FeedSite.status(500, Map.of()));
        site.put("/malformed.xml", exchange -> FeedSite.send(exchange, 200, "application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut off</title><item><title>Half"));
        site.put("/laughs.xml", exchange -> FeedSite.send(exchange, 200, "application/rss+xml", BILLION_LAUGHS
                + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title>"
                + "<description>&lol9;</description></item></channel></rss>"));
        site.put("/laughs-sitemap.xml", exchange -> FeedSite.send(exchange, 200, "application/xml",
                BILLION_LAUGHS.replace("DOCTYPE rss", "DOCTYPE urlset")
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>&lol9;</loc></url></urlset>"));
        site.put("/huge.xml", FeedSite.endless(sentKilobytes));
        site.put("/loop.xml", FeedSite.redirect("/loop-again.xml"));
        site.put("/loop-again.xml", FeedSite.redirect("/loop.xml"));
        site.putPage("/news/fire", Feeds.page("Wren Courier", "Fire closes Port Wren ferry terminal", "2026-03-03",
                Feeds.fireStory(0)));
        site.putWithEtag("/good.xml", "application/rss+xml", Feeds.rss("Wren Courier", List.of(new Feeds.Item(
                "fire", "Fire closes Port Wren ferry terminal", site.url("/news/fire"), Feeds.rfc822(3), null, null))));

        FollowSettings follow = FollowSettings.defaults()
                .withWeb(WebOptions.defaults().withAllowPrivateAddresses(true).withTimeout(Duration.ofSeconds(2))
                        .withMaxBytes(1024 * 1024))
                .withIntervals(Duration.ofHours(1), Duration.ofSeconds(1));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/slow.xml", "did not answer within 2 s");
        expected.put("/error.xml", "answered HTTP 500");
        expected.put("/malformed.xml", "is not a readable RSS or Atom feed");
        expected.put("/laughs.xml", "is not a readable RSS or Atom feed");
        expected.put("/laughs-sitemap.xml", "DOCTYPE");
        expected.put("/huge.xml", "is too large");
        expected.put("/loop.xml", "redirects more than 5 times");
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")), follow)) {
            Client api = new Client(server.uri());
            Map<String, Long> ids = new LinkedHashMap<>();
            for (String path : expected.keySet()) {
                ids.put(path, api.follow(site.url(path)));
            }
            long good = api.follow(site.url("/good.xml"));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && !(allPolled(api, ids.values()) && polled(api, good))) {
                Thread.sleep(100);
            }
            assertThat(server.newsroom().articleCount()).as("the good feed is read").isEqualTo(1);
            assertThat(api.source(good).get("status").asText()).isEqualTo("ok");
            for (var e : expected.entrySet()) {
                JsonNode health = api.source(ids.get(e.getKey()));
                assertThat(health.get("status").asText()).as(e.getKey()).isEqualTo("failing");
                assertThat(health.get("lastError").asText()).as(e.getKey()).contains(e.getValue());
            }
            assertThat(api.source(ids.get("/laughs.xml")).get("itemsSeen").asInt()).isZero();
            assertThat(sentKilobytes.get()).as("the endless feed was not read on and on").isLessThan(256 * 1024);
        }
    }

    private static boolean allPolled(Client api, Iterable<Long> ids) throws Exception {
        for (long id : ids) {
            if (!polled(api, id)) {
                return false;
            }
        }
        return true;
    }

    private static boolean polled(Client api, long id) throws Exception {
        return !api.source(id).get("lastPoll").isNull();
    }
}
