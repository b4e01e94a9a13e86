package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story page of a story told by twelve outlets ({@link ManyOutlets}) in a real browser, at a
 * desktop and a narrow width (src/test/browser/story-features.mjs, run by {@link BrowserScript}): the
 * timeline and the comparison laid out in the page, the facts-by-outlet matrix readable, hostile
 * article text shown as text; and its "what's new" section for a returning reader (whats-new.mjs).
 * Screenshots go to target/browser/.
 */
class StoryPageBrowserTest {

    @TempDir
    Path folder;

    @Test
    void aStoryOfTwelveOutletsIsReadableAtDesktopAndNarrowWidths() throws Exception {
        BrowserScript.assumeInstalled();
        Path out = BrowserScript.output();
        for (String shot : new String[] {"story-desktop.png", "story-narrow.png", "comparison-desktop.png", "comparison-narrow.png"}) {
            Files.deleteIfExists(out.resolve(shot));
        }
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            Http http = new Http(server.uri());
            Http.Reply added = http.postJson(ManyOutlets.articles());
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            Set<String> stories = new HashSet<>();
            for (JsonNode placed : added.json().get("added")) {
                stories.add(placed.get("story").asText());
            }
            assertThat(stories).as("the twelve outlets' articles form one story").hasSize(1);
            String story = stories.iterator().next();
            // summaries and features are made in the background: wait for the story's current view
            JsonNode comparison = http.currentStory(Long.parseLong(story)).get("features").get("comparison").get("data");
            assertThat(comparison.get("facts").size()).as("facts to compare").isGreaterThan(40);

            BrowserScript.run("story-features.mjs", Duration.ofMinutes(3), server.uri().toString(), out.toString(), story,
                    String.valueOf(ManyOutlets.OUTLETS.size()));
            assertThat(out.resolve("story-narrow.png")).isNotEmptyFile();
            assertThat(out.resolve("comparison-desktop.png")).isNotEmptyFile();
        }
    }

    @Test
    void aReturningReaderSeesWhatIsNewSinceTheLastVisitOrADayTheyPick() throws Exception {
        BrowserScript.assumeInstalled();
        Path out = BrowserScript.output();
        Files.deleteIfExists(out.resolve("whats-new-last-visit.png"));
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            Http http = new Http(server.uri());
            // the fixture's articles are published on 3, 4 and 5 March: those of the 5th arrive after the visit
            List<Map<String, String>> earlier = ManyOutlets.articles().stream()
                    .filter(a -> a.get("published").compareTo("2026-03-05") < 0).toList();
            List<Map<String, String>> later = ManyOutlets.articles().stream()
                    .filter(a -> a.get("published").compareTo("2026-03-05") >= 0).toList();
            Http.Reply added = http.postJson(earlier);
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            String story = added.json().get("added").get(0).get("story").asText();
            Thread.sleep(20);
            Instant visit = Instant.now();
            Thread.sleep(20);
            Http.Reply more = http.postJson(later);
            assertThat(more.status()).as(more.body()).isEqualTo(201);
            for (JsonNode placed : more.json().get("added")) {
                assertThat(placed.get("story").asText()).as("one story").isEqualTo(story);
            }
            long sinceFourth = ManyOutlets.articles().stream().filter(a -> a.get("published").compareTo("2026-03-04") >= 0).count();
            assertThat(later.size()).isPositive().isLessThan((int) sinceFourth);

            BrowserScript.run("whats-new.mjs", Duration.ofMinutes(3), server.uri().toString(), out.toString(), story,
                    visit.toString(), String.valueOf(later.size()), "2026-03-04", String.valueOf(sinceFourth));
            assertThat(out.resolve("whats-new-last-visit.png")).isNotEmptyFile();
        }
    }
}
