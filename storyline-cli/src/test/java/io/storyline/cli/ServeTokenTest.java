package io.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where {@code serve} takes its write token from: --token, --token-file, or $STORYLINE_TOKEN, in that order. */
class ServeTokenTest {

    @TempDir
    Path folder;

    @Test
    void theOptionThenTheFileThenTheEnvironmentGiveTheToken() throws Exception {
        Path file = folder.resolve("token");
        Files.writeString(file, "  s3cret-from-file  \nsecond line ignored\n");
        Map<String, String> environment = Map.of("STORYLINE_TOKEN", "s3cret-from-env");
        assertThat(ServeCommand.token("s3cret-option", null, environment)).isEqualTo("s3cret-option");
        assertThat(ServeCommand.token(null, file, environment)).isEqualTo("s3cret-from-file");
        assertThat(ServeCommand.token(null, null, environment)).isEqualTo("s3cret-from-env");
        assertThat(ServeCommand.token(null, null, Map.of())).isNull();
        assertThat(ServeCommand.token(null, null, Map.of("STORYLINE_TOKEN", "  "))).isNull();
    }

    @Test
    void anUnusableTokenFileIsRefusedNamingIt() throws Exception {
        Path missing = folder.resolve("no-such-token");
        assertThatThrownBy(() -> ServeCommand.token(null, missing, Map.of()))
                .hasMessageContaining("no-such-token").hasMessageContaining("cannot read the token file");
        Path empty = Files.writeString(folder.resolve("empty-token"), "\n");
        assertThatThrownBy(() -> ServeCommand.token(null, empty, Map.of()))
                .hasMessageContaining("empty-token").hasMessageContaining("is empty");
        Path spaced = Files.writeString(folder.resolve("spaced-token"), "two words\n");
        assertThatThrownBy(() -> ServeCommand.token(null, spaced, Map.of()))
                .hasMessageContaining("spaced-token").hasMessageContaining("printable ASCII without spaces");
        assertThatThrownBy(() -> ServeCommand.token("a", spaced, Map.of())).hasMessageContaining("not both");
    }

    @Test
    void serveStopsWithOneLineNamingAMissingTokenFile() {
        CommandRun run = CommandRun.of("serve", "--port", "0", "--db", folder.resolve("n.db").toString(),
                "--token-file", folder.resolve("gone").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("gone").contains("cannot read the token file");
        assertThat(CommandRun.of("serve", "--help").stdout()).contains("--token-file").contains("STORYLINE_TOKEN");
    }
}
