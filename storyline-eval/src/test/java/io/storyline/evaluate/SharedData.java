package io.storyline.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmark data in ../shared (beside the checkout; Maven passes it as {@code storyline.shared}).
 * A test that needs it calls {@link #require} inside the test method, so a missing folder shows as
 * that test skipped with the path in the message ({@code .ci/run} fails on such a skip when ../shared
 * is there), never as a class that ran nothing.
 */
public final class SharedData {

    /** The words every skip message starts with; {@code .ci/run} looks for them in the test reports. */
    public static final String MISSING = "benchmark data missing:";

    private SharedData() {
    }

    /** {@code ../shared/<parts...>}, or the calling test skipped when it does not exist. */
    public static Path require(String... parts) {
        Path path = Path.of(System.getProperty("storyline.shared", "../shared"), parts);
        assumeTrue(Files.exists(path), () -> MISSING + " " + path.toAbsolutePath().normalize()
                + " (put the shared benchmark data beside the checkout)");
        return path;
    }
}
