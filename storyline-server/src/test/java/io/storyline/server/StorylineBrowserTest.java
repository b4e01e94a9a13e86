package io.storyline.server;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
        Path out = Path.of("target", "browser").toAbsolutePath();
        Files.deleteIfExists(out.resolve("storyline-page.png"));
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(chromium)),
                "browser test skipped: no chromium at " + chromium + " (run scripts/install-browser-test)");
        Assumptions.assumeTrue(BrowserTest.runs("node", "--version"),
                "browser test skipped: node is not installed (run scripts/install-browser-test)");
        if (!Files.isDirectory(BrowserTest.SCRIPTS.resolve("node_modules").resolve("playwright-core"))) {
            Assumptions.assumeTrue(BrowserTest.runs("npm", "ci", "--no-audit", "--no-fund"),
                    "browser test skipped: playwright-core is not installed and npm ci failed (run scripts/install-browser-test)");
        }
        Files.createDirectories(out);
        Path later = folder.resolve("inquiry.json");
        Files.writeString(later, Http.JSON.writeValueAsString(StorylineDesk.inquiry()));
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            Http.Reply first = new Http(server.uri()).postJson(StorylineDesk.firstDays());
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            Process node = new ProcessBuilder("node", "storylines.mjs", server.uri().toString(), out.toString(),
                    later.toString()).directory(BrowserTest.SCRIPTS.toFile()).redirectErrorStream(true).start();
            boolean ended = node.waitFor(180, TimeUnit.SECONDS);
            if (!ended) {
                node.destroyForcibly();
            }
            String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("storylines-browser-test.log"), log);
            assertThat(ended).as("the browser test ended within 3 minutes:\n" + log).isTrue();
            assertThat(node.exitValue()).as(log).isZero();
            assertThat(out.resolve("storyline-page.png")).isNotEmptyFile();
        }
    }
}
