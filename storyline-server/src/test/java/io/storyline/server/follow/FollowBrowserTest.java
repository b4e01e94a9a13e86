package io.storyline.server.follow;

import io.storyline.ingest.WebOptions;
import io.storyline.server.BrowserScript;
import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following a feed end to end in a real browser: src/test/browser/follow-feed.mjs drives Debian's chromium
 * with playwright-core against a server following a local feed, makes the feed gain an item, and waits for
 * the story page to show it (the follower polls every second on its own). Screenshots go to
 * target/browser/. Skips (saying why) only when node or chromium is not installed, as the story page's
 * browser test does; {@code scripts/install-browser-test} installs both.
 */
class FollowBrowserTest {

    static final String NEW_HEADLINE = "Port Wren ferry terminal fire blamed on wiring";

    @TempDir
    Path folder;

    private final FeedSite site = new FeedSite();
    private final List<Feeds.Item> items = new ArrayList<>();

    @AfterEach
    void stop() {
        site.close();
    }

    private void publish(String guid, String outlet, String headline, int day) {
        site.putPage("/news/" + guid, Feeds.page(outlet, headline, "2026-03-0" + day, Feeds.fireStory(items.size())));
        items.add(0, new Feeds.Item(guid, headline, site.url("/news/" + guid), Feeds.rfc822(day), null, null));
        site.putWithEtag("/feed.xml", "application/rss+xml", Feeds.rss("Wren Courier", items));
    }

    @Test
    void aFeedGainsAnItemAndItsStoryPageShowsIt() throws Exception {
        BrowserScript.assumeInstalled();
        Path out = BrowserScript.output();
        Files.deleteIfExists(out.resolve("follow-story.png"));
        publish("fire-1", "Wren Courier", "Fire closes Port Wren ferry terminal", 3);
        publish("fire-2", "Marl Gazette", "Ferry terminal fire strands Marl commuters", 4);
        site.put("/publish", exchange -> {
            synchronized (items) {
                if (items.size() == 2) {
                    publish("fire-3", "Island Radio", NEW_HEADLINE, 5);
                }
            }
            FeedSite.send(exchange, 200, "text/plain", "published");
        });
        FollowSettings follow = FollowSettings.defaults()
                .withWeb(WebOptions.defaults().withAllowPrivateAddresses(true).withTimeout(Duration.ofSeconds(5)))
                .withIntervals(Duration.ofSeconds(1), Duration.ofSeconds(1));
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")), follow)) {
            new Client(server.uri()).follow(site.url("/feed.xml"));
            BrowserScript.run("follow-feed.mjs", Duration.ofMinutes(4), server.uri().toString(), out.toString(),
                    site.url("/publish"), NEW_HEADLINE);
            assertThat(out.resolve("follow-story.png")).isNotEmptyFile();
            assertThat(server.newsroom().articleCount()).isEqualTo(3);
        }
    }
}
