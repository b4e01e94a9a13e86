package io.storyline.server.follow;

import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A server asked for a port another program holds starts nothing: no database, no poll of a source. */
class BusyPortTest {

    @TempDir
    Path folder;

    @Test
    void aTakenPortIsFoundBeforeTheDatabaseOrTheSourcesAreTouched() throws Exception {
        try (FeedSite site = new FeedSite();
             ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            site.putPage("/feed.xml", "<rss version=\"2.0\"><channel><title>Courier</title></channel></rss>");
            Path list = Files.writeString(folder.resolve("sources.txt"), site.url("/feed.xml") + "\n");
            Path db = folder.resolve("news.db");
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> StorylineServer.start(ServerSettings.defaults().withPort(port).withDatabase(db),
                    FollowSourcesTest.loopback().withSourcesFile(list)))
                    .isInstanceOf(IOException.class)
                    .hasMessage("cannot listen on 127.0.0.1:" + port + ": Address already in use");
            assertThat(db).as("the database is not created").doesNotExist();
            assertThat(folder.resolve("news.db.lock")).doesNotExist();
            assertThat(site.requests).as("no source is polled").isEmpty();
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing written beside the list")
                    .containsExactly("sources.txt");
        }
    }
}
