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
 * starting a server as the user would (bench-follow) runs what users run; the user's own options come after, and
 * a collector the user names replaces the default one (the other options stay).
 */
class ServeJvmTest {

    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

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
        List<String> defaults = ServeJvm.options(JAVA, null);
        assertThat(ServeJvm.options(JAVA, "  -Xmx2g   -Dx=1 ")).isEqualTo(concat(defaults, "-Xmx2g", "-Dx=1"));
        assertThat(ServeJvm.options(JAVA, " ")).isEqualTo(defaults);
    }

    @Test
    void aCollectorTheUserNamesReplacesTheDefault() {
        assertThat(ServeJvm.options(JAVA, "-XX:+UseSerialGC -Xmx1g")).containsExactly("-XX:+UnlockDiagnosticVMOptions",
                "-XX:GuaranteedSafepointInterval=0", "-XX:+UseSerialGC", "-Xmx1g");
    }

    /** The options as the server gets them take effect: no cleanup stop of every thread once a second. */
    @Test
    void aServerJvmHasNoGuaranteedSafepoint() throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(JAVA));
        command.addAll(ServeJvm.options(JAVA, null));
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String flags = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(flags).isZero();
        assertThat(flags).containsPattern("GuaranteedSafepointInterval\\s+=\\s+0\\s");
    }

    @Test
    void aCollectorThisJavaCannotRunIsLeftOut() {
        assertThat(ServeJvm.runs(JAVA, "-XX:+UseNoSuchCollectorGC")).isFalse();
        assertThat(ServeJvm.runs(JAVA, "-XX:+UseSerialGC")).isTrue();
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
