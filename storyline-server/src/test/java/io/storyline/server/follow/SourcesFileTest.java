package io.storyline.server.follow;

import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list given to {@code serve --follow}: bad lines are named and skipped, good ones followed. */
class SourcesFileTest {

    @TempDir
    Path folder;

    @Test
    void badLinesAreNamedAndTheOthersUsed() throws IOException {
        Path list = folder.resolve("sources.txt");
        Files.writeString(list, """
                # the harbour's papers
                https://courier.example/feed.xml
                https://gazette.example/sitemap.xml   30m   # every half hour

                ftp://old.example/feed
                https://radio.example/feed 5 minutes
                https://radio.example/rss 5q
                """);
        SourcesFile.Contents read = SourcesFile.read(list);
        assertThat(read.lines()).containsExactly(
                new SourcesFile.Line("https://courier.example/feed.xml", null),
                new SourcesFile.Line("https://gazette.example/sitemap.xml", Duration.ofMinutes(30)));
        assertThat(read.problems()).hasSize(3);
        assertThat(read.problems().get(0)).startsWith(list + ":5: ").contains("not an http or https URL");
        assertThat(read.problems().get(1)).startsWith(list + ":6: ").contains("at most an interval");
        assertThat(read.problems().get(2)).startsWith(list + ":7: ").contains("'5q' is not an interval");
    }

    @Test
    void aMissingListIsAClearError() {
        Path missing = folder.resolve("nope.txt");
        assertThatThrownBy(() -> SourcesFile.read(missing)).isInstanceOf(IOException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("cannot read the list of sources");
    }

    @Test
    void theServerFollowsTheListedSourcesOnceAcrossRestarts() throws Exception {
        Path list = folder.resolve("sources.txt");
        Files.writeString(list, "https://courier.example/feed.xml 2h\nnot a url at all\n");
        FollowSettings follow = FollowSettings.defaults().withSourcesFile(list);
        ServerSettings settings = ServerSettings.defaults().withPort(0).withDatabase(folder.resolve("news.db"));
        for (int run = 0; run < 2; run++) {
            try (StorylineServer server = StorylineServer.start(settings, follow)) {
                assertThat(server.follower().sources()).singleElement().satisfies(s -> {
                    assertThat(s.url()).isEqualTo("https://courier.example/feed.xml");
                    assertThat(s.interval()).isEqualTo(Duration.ofHours(2));
                });
            }
        }
    }

    @Test
    void retryAfterIsReadInSecondsOrAsADate() {
        assertThat(Follower.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(Follower.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(Follower.retryAfter("soon")).isNull();
        assertThat(Follower.retryAfter(null)).isNull();
    }
}
