package io.storyline.server;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page in a real browser: src/test/browser/story-page.mjs drives Debian's chromium with
 * playwright-core against this server holding the example story and a hostile article. Screenshots
 * go to target/browser/. Skips (saying why) only when node or chromium is not installed;
 * {@code scripts/install-browser-test} installs both.
 */
class BrowserTest {

    static final Path SCRIPTS = Path.of("src", "test", "browser");

    @TempDir
    Path folder;

    @Test
    void storyPageShowsTheCitedSummaryAndRunsNoSourceText() throws Exception {
        // a screenshot left from an earlier run must not pass for this one's (nor, when this one
        // skips, for CI's check that it ran)
        Path out = Path.of("target", "browser").toAbsolutePath();
        Files.deleteIfExists(out.resolve("story-page.png"));
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
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            Http http = new Http(server.uri());
            Examples.post(http);
            Http.Reply hostile = http.postJson(List.of(HostileArticleTest.hostile("evil-1")));
            assertThat(hostile.status()).as(hostile.body()).isEqualTo(201);
            String hostileStory = hostile.json().get("added").get(0).get("story").asText();

            Process node = new ProcessBuilder("node", "story-page.mjs", server.uri().toString(), out.toString(), hostileStory)
                    .directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
            String log;
            boolean ended = node.waitFor(180, TimeUnit.SECONDS);
            if (!ended) {
                node.destroyForcibly();
            }
            log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("browser-test.log"), log);
            assertThat(ended).as("the browser test ended within 3 minutes:\n" + log).isTrue();
            assertThat(node.exitValue()).as(log).isZero();
            assertThat(out.resolve("story-page.png")).isNotEmptyFile();
        }
    }

    static boolean runs(String... command) {
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
