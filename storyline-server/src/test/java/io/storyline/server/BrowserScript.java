package io.storyline.server;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one of src/test/browser's scripts (Debian's chromium driven by playwright-core, set up by
 * browser.mjs) for the browser tests. {@link #assumeInstalled()} skips a test, saying why, only when
 * node or chromium is not installed ({@code scripts/install-browser-test} installs both) or
 * playwright-core can be neither found nor installed. Screenshots and logs go to {@link #output()}.
 */
public final class BrowserScript {

    public static final Path SCRIPTS = Path.of("src", "test", "browser");

    private BrowserScript() {
    }

    /** target/browser, made if missing. */
    public static Path output() throws IOException {
        return Files.createDirectories(Path.of("target", "browser").toAbsolutePath());
    }

    /** Skips the calling test unless chromium, node and playwright-core are there. */
    public static void assumeInstalled() {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(chromium)),
                "browser test skipped: no chromium at " + chromium + " (run scripts/install-browser-test)");
        Assumptions.assumeTrue(runs("node", "--version"),
                "browser test skipped: node is not installed (run scripts/install-browser-test)");
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("playwright-core"))) {
            Assumptions.assumeTrue(runs("npm", "ci", "--no-audit", "--no-fund"),
                    "browser test skipped: playwright-core is not installed and npm ci failed (run scripts/install-browser-test)");
        }
    }

    /**
     * Runs {@code node script args...}, keeps its output in target/browser/{script}.log and fails the
     * test (with that output) unless the script ends within {@code limit} and exits 0.
     *
     * @return the script's output
     */
    public static String run(String script, Duration limit, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Process node = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
        boolean ended = node.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            node.destroyForcibly();
        }
        String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(output().resolve(script.replace(".mjs", ".log")), log);
        assertThat(ended).as(script + " ended within " + limit.toSeconds() + " s:\n" + log).isTrue();
        assertThat(node.exitValue()).as(log).isZero();
        return log;
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
