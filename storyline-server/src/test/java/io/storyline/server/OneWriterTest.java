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
        assertThat(folder.resolve("news.db.lock")).as("and its lock file").doesNotExist();
        assertThat(folder.resolve("news.db.server")).doesNotExist();
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

    @Test
    void aLockFileLeftByAKilledOwnerIsTakenOverAndDeletedOnAnOrderlyEnd() throws Exception {
        Path db = folder.resolve("news.db");
        Files.writeString(folder.resolve("news.db.lock"), "12345 left by a server killed with SIGKILL\n");
        try (DatabaseOwner owner = DatabaseOwner.tryTake(db).orElseThrow()) {
            assertThat(DatabaseOwner.tryTake(db)).as("held").isEmpty();
        }
        assertThat(folder.resolve("news.db.lock")).doesNotExist();
        try (DatabaseOwner again = DatabaseOwner.tryTake(db).orElseThrow()) {
            assertThat(folder.resolve("news.db.lock")).exists();
        }
    }

    /**
     * A process that locks the file an owner deleted on its way out holds no claim: the path names another
     * file (or none), which the check sees, so that process tries again on the file now at the path.
     */
    @Test
    void aLockOnADeletedLockFileIsNoClaim() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc");
        Path lockFile = folder.resolve("other.db.lock");
        try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            assertThat(DatabaseOwner.namesLockedFile(lockFile)).isTrue();
            Files.delete(lockFile);
            assertThat(DatabaseOwner.namesLockedFile(lockFile)).as("deleted").isFalse();
            Files.writeString(lockFile, "made again by the next process");
            assertThat(DatabaseOwner.namesLockedFile(lockFile)).as("deleted and made again").isFalse();
            assertThat(held.isOpen()).isTrue();
        }
    }
}
