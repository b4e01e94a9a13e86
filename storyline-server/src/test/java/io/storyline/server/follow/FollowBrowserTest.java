package io.storyline.server.follow;

import io.storyline.ingest.WebOptions;
import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following a feed end to end in a real browser: src/test/browser/follow-feed.mjs drives Debian's chromium
 * with playwright-core against a server following a local feed, makes the feed gain an item, and waits for
 * the story page to show it (the follower polls every second on its own). Screenshots go to
 * target/browser/. Skips (saying why) only when node or chromium is not installed, as the story page's
 * browser test does; {@code scripts/install-browser-test} installs both.
 */
class FollowBrowserTest {

    static final Path SCRIPTS = Path.of("src", "test", "browser");
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
        Path out = Path.of("target", "browser").toAbsolutePath();
        Files.deleteIfExists(out.resolve("follow-story.png"));
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(chromium)),
                "browser test skipped: no chromium at " + chromium + " (run scripts/install-browser-test)");
        Assumptions.assumeTrue(runs("node", "--version"),
                "browser test skipped: node is not installed (run scripts/install-browser-test)");
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("playwright-core"))) {
            Assumptions.assumeTrue(runs("npm", "ci", "--no-audit", "--no-fund"),
                    "browser test skipped: playwright-core is not installed and npm ci failed (run scripts/install-browser-test)");
        }
        Files.createDirectories(out);
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
            Process node = new ProcessBuilder("node", "follow-feed.mjs", server.uri().toString(), out.toString(),
                    site.url("/publish"), NEW_HEADLINE).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
            boolean ended = node.waitFor(240, TimeUnit.SECONDS);
            if (!ended) {
                node.destroyForcibly();
            }
            String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("follow-feed.log"), log);
            assertThat(ended).as("the browser test ended within 4 minutes:\n" + log).isTrue();
            assertThat(node.exitValue()).as(log).isZero();
            assertThat(out.resolve("follow-story.png")).isNotEmptyFile();
            assertThat(server.newsroom().articleCount()).isEqualTo(3);
        }
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
