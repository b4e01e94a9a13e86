package io.storyline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front page's storylines in a real browser (src/test/browser/storylines.mjs, Debian's chromium
 * with playwright-core, as {@link BrowserTest}): the flood and the ferry strike are posted, the page
 * lists two storylines; the inquiry three weeks later is posted and the flood's storyline shows both
 * events in time order, and its own page one timeline over them. Skips (saying why) only when node or
 * chromium is not installed.
 */
class StorylineBrowserTest {

    @TempDir
    Path folder;

    @Test
    void frontPageListsStorylinesWithTheirEventsAsArticlesArrive() throws Exception {
        BrowserScript.assumeInstalled();
        Path out = BrowserScript.output();
        Files.deleteIfExists(out.resolve("storyline-page.png"));
        Path later = folder.resolve("inquiry.json");
        Files.writeString(later, Http.JSON.writeValueAsString(StorylineDesk.inquiry()));
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            Http.Reply first = new Http(server.uri()).postJson(StorylineDesk.firstDays());
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            BrowserScript.run("storylines.mjs", Duration.ofMinutes(3), server.uri().toString(), out.toString(),
                    later.toString());
            assertThat(out.resolve("storyline-page.png")).isNotEmptyFile();
        }
    }
}
