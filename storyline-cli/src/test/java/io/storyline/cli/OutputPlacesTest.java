package io.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a command writes: {@code -o} names a file in a folder that exists, for every command, and
 * {@code --db} follows the same rule; a folder given as {@code -o}, or a missing folder, is refused with a
 * message naming it, and nothing is left behind.
 */
class OutputPlacesTest {

    private static final String STORY = "../examples/harbour-bridge";

    @TempDir
    Path folder;

    @Test
    void aFolderGivenAsTheOutputFileIsRefusedByEveryCommandWithoutATemporaryFileLeft() throws IOException {
        for (String command : new String[] {"summarize", "compare", "timeline", "cluster", "digest"}) {
            CommandRun run = CommandRun.of(command, "--no-progress", "-o", folder + "/", STORY);
            assertThat(run.exitCode()).as(command).isEqualTo(Main.EXIT_FAILED);
            assertThat(run.stderr()).as(command).contains("cannot write " + folder)
                    .contains("it is a folder, and -o names the file to write").doesNotContain(".tmp");
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aMissingFolderIsRefusedForTheOutputAndForTheDatabaseAlike() {
        Path missing = folder.resolve("no-such-folder");
        CommandRun summary = CommandRun.of("summarize", "--no-progress", "-o", missing.resolve("x.md").toString(), STORY);
        assertThat(summary.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(summary.stderr()).contains("folder " + missing + " does not exist");
        CommandRun ingest = CommandRun.of("ingest", "--no-progress", "--db", missing.resolve("x.db").toString(), STORY);
        assertThat(ingest.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(ingest.stderr()).contains("cannot open the database " + missing.resolve("x.db"))
                .contains("folder " + missing + " does not exist");
        CommandRun serve = CommandRun.of("serve", "--port", "0", "--db", missing.resolve("x.db").toString());
        assertThat(serve.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(serve.stderr()).contains("folder " + missing + " does not exist");
        assertThat(missing).doesNotExist();
    }
}
