package io.storyline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader meets in a real browser (src/test/browser/missing-pages.mjs, {@link BrowserScript})
 * when there is no story to show: a story or storyline the server does not hold is a readable 404
 * page, and with JavaScript off the pages say they need it.
 */
class MissingPagesBrowserTest {

    @TempDir
    Path folder;

    @Test
    void aMissingStoryIsA404PageAndNoJavaScriptIsSaid() throws Exception {
        BrowserScript.assumeInstalled();
        Path out = BrowserScript.output();
        Files.deleteIfExists(out.resolve("missing-story.png"));
        Files.deleteIfExists(out.resolve("no-javascript.png"));
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            Http http = new Http(server.uri());
            Examples.post(http);
            String story = http.get("/api/stories").json().get("stories").get(0).get("id").asText();

            String log = BrowserScript.run("missing-pages.mjs", Duration.ofMinutes(3), server.uri().toString(),
                    out.toString(), story);
            assertThat(log).contains("a missing story or storyline is a readable 404 page")
                    .contains("without JavaScript the pages say they need it");
            assertThat(out.resolve("missing-story.png")).isNotEmptyFile();
            assertThat(out.resolve("no-javascript.png")).isNotEmptyFile();
        }
    }
}
