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
 * bad one fails alone, into its own health, again and again, while the good one goes on being polled and
 * an item it gains later is read. Polled by the follower's own schedule (every source as soon as it is
 * added, then every second, the failing ones backing off up to four seconds).
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
        AtomicInteger sentOfTheGigabyte = new AtomicInteger();
        site.put("/slow.xml", FeedSite.hang());
        site.put("/drip.xml", FeedSite.drip());
        site.put("/gigabyte.xml", FeedSite.declaredGigabyte(sentOfTheGigabyte));
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
                .withIntervals(Duration.ofSeconds(1), Duration.ofSeconds(1)).withMaxBackoff(Duration.ofSeconds(4));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/slow.xml", "did not answer within 2 s");
        expected.put("/drip.xml", "did not send its page within 2 s");   // headers at once, then a byte a second
        expected.put("/gigabyte.xml", "is too large");
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

            // the good feed gains an item while the bad ones keep failing: it is still polled, and read
            site.putPage("/news/reopen", Feeds.page("Wren Courier", "Port Wren ferry terminal to reopen", "2026-03-05",
                    List.of("Harbour officials in Port Wren said on Thursday that the terminal will reopen next month"
                            + " in temporary buildings on the quay.", "Sailings to the island of Marl will run to the"
                            + " usual timetable from the first of April, the harbour authority said.")));
            site.putWithEtag("/good.xml", "application/rss+xml", Feeds.rss("Wren Courier", List.of(
                    new Feeds.Item("reopen", "Port Wren ferry terminal to reopen", site.url("/news/reopen"),
                            Feeds.rfc822(5), null, null),
                    new Feeds.Item("fire", "Fire closes Port Wren ferry terminal", site.url("/news/fire"),
                            Feeds.rfc822(3), null, null))));
            deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline
                    && !(server.newsroom().articleCount() == 2 && failedAgain(api, ids.values()))) {
                Thread.sleep(100);
            }
            assertThat(server.newsroom().articleCount()).as("the good feed's new item is read").isEqualTo(2);
            assertThat(failedAgain(api, ids.values())).as("every bad feed was polled again, and failed again").isTrue();
            assertThat(api.source(good).get("status").asText()).isEqualTo("ok");
            for (var e : expected.entrySet()) {
                JsonNode health = api.source(ids.get(e.getKey()));
                assertThat(health.get("status").asText()).as(e.getKey()).isEqualTo("failing");
                assertThat(health.get("lastError").asText()).as(e.getKey()).contains(e.getValue());
            }
            assertThat(api.source(ids.get("/laughs.xml")).get("itemsSeen").asInt()).isZero();
            assertThat(sentKilobytes.get()).as("the endless feed was not read on and on").isLessThan(256 * 1024);
            assertThat(sentOfTheGigabyte.get()).as("a declared gigabyte is refused before its body is read")
                    .isLessThan(64 * 1024 * 1024);
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

    private static boolean failedAgain(Client api, Iterable<Long> ids) throws Exception {
        for (long id : ids) {
            if (api.source(id).get("errorsInARow").asInt() < 2) {
                return false;
            }
        }
        return true;
    }

    private static boolean polled(Client api, long id) throws Exception {
        return !api.source(id).get("lastPoll").isNull();
    }
}
