package io.storyline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One writer per database: a second server is refused, and a server says where it answers for ingest. */
class OneWriterTest {

    @TempDir
    Path folder;

    @Test
    void aSecondServerOnTheSameDatabaseIsRefusedNamingTheFirst() throws Exception {
        Path db = folder.resolve("news.db");
        try (StorylineServer first = StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(db))) {
            assertThat(DatabaseOwner.runningServer(db)).hasValueSatisfying(s -> {
                assertThat(s.uri()).isEqualTo(first.uri());
                assertThat(s.pid()).isEqualTo(ProcessHandle.current().pid());
            });
            assertThatThrownBy(() -> StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(db)))
                    .isInstanceOf(IOException.class).hasMessageContaining("news.db")
                    .hasMessageContaining("in use by the Storyline server at " + first.uri());
        }
        assertThat(DatabaseOwner.runningServer(db)).as("the server's note goes with it").isEmpty();
        try (StorylineServer again = StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(db))) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void theTokenIsWrittenForIngestWhereOnlyItsUserCanReadIt() throws Exception {
        Path db = folder.resolve("guarded.db");
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(db)
                .withToken("t0ken-for-ingest"))) {
            assertThat(DatabaseOwner.runningServer(db).orElseThrow().token()).isEqualTo("t0ken-for-ingest");
            assertThat(Files.getPosixFilePermissions(folder.resolve("guarded.db.server")))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        }
    }
}
