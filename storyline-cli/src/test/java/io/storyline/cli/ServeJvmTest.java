package io.storyline.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher script gives {@code serve} the Java options {@link ServeJvm#DEFAULTS} names, so that a benchmark
 * starting a server as the user would (bench-follow) runs what users run; the user's own options come after.
 */
class ServeJvmTest {

    @Test
    void theScriptGivesServeTheSameOptions() throws Exception {
        Path script = Path.of("").toAbsolutePath().getParent().resolve("storyline");
        Matcher serve = Pattern.compile("serve\\|bench-server\\)\\s*jvm_defaults=\\(([^)]*)\\)")
                .matcher(Files.readString(script));
        assertThat(serve.find()).as("the script's serve case in %s", script).isTrue();
        List<String> options = Arrays.stream(serve.group(1).strip().split("\\s+")).filter(o -> !o.isEmpty()).toList();
        assertThat(options).isEqualTo(ServeJvm.DEFAULTS);
    }

    @Test
    void theUsersOptionsComeAfterTheDefaults() {
        assertThat(ServeJvm.options("  -Xmx2g   -Dx=1 ")).endsWith("-Xmx2g", "-Dx=1")
                .startsWith(ServeJvm.DEFAULTS.toArray(String[]::new)).hasSize(ServeJvm.DEFAULTS.size() + 2);
        assertThat(ServeJvm.options(null)).isEqualTo(ServeJvm.DEFAULTS);
        assertThat(ServeJvm.options(" ")).isEqualTo(ServeJvm.DEFAULTS);
    }
}
