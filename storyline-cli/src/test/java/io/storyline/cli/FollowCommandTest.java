package io.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve --follow}: a list that cannot be read stops the start with one line naming it. */
class FollowCommandTest {

    @TempDir
    Path folder;

    @Test
    void aMissingListOfSourcesFailsWithOneLineNamingIt() {
        Path missing = folder.resolve("sources.txt");
        CommandRun serve = CommandRun.of("serve", "--port", "0", "--db", folder.resolve("news.db").toString(),
                "--follow", missing.toString());
        assertThat(serve.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(serve.stderr()).contains(missing.toString()).contains("cannot read the list of sources");
    }

    @Test
    void helpDescribesFollowing() {
        String help = CommandRun.of("serve", "--help").stdout();
        assertThat(help).contains("--follow").contains("--allow-private-addresses").contains("--poll-interval");
    }
}
