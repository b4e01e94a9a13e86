package io.storyline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page in a real browser: src/test/browser/story-page.mjs drives Debian's chromium with
 * playwright-core ({@link BrowserScript}) against this server holding the example story and a hostile
 * article. Screenshots go to target/browser/.
 */
class BrowserTest {

    @TempDir
    Path folder;

    @Test
    void storyPageShowsTheCitedSummaryAndRunsNoSourceText() throws Exception {
        BrowserScript.assumeInstalled();
        Path out = BrowserScript.output();
        // a screenshot left from an earlier run must not pass for this one's (nor, when this one
        // skips, for CI's check that it ran)
        Files.deleteIfExists(out.resolve("story-page.png"));
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            Http http = new Http(server.uri());
            Examples.post(http);
            Http.Reply hostile = http.postJson(List.of(HostileArticleTest.hostile("evil-1")));
            assertThat(hostile.status()).as(hostile.body()).isEqualTo(201);
            String hostileStory = hostile.json().get("added").get(0).get("story").asText();

            BrowserScript.run("story-page.mjs", Duration.ofMinutes(3), server.uri().toString(), out.toString(), hostileStory);
            assertThat(out.resolve("story-page.png")).isNotEmptyFile();
        }
    }
}
