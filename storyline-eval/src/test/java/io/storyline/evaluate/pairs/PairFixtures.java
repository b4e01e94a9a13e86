package io.storyline.evaluate.pairs;

import java.io.IOException;
import java.nio.file.Path;

/** The pair fixture for tests outside this package (the command's). */
public final class PairFixtures {

    private PairFixtures() {
    }

    public static Path data(Path folder) throws IOException {
        return PairFixture.write(folder);
    }

    /** Three labelled pairs of the fixture: one same the product finds, one same it misses, one contradiction. */
    public static String labels(Path data) {
        return PairFixture.labels(
                PairFixture.line(data, 1, "The plant's owner", "Harold Brennan, who owns", "same", "tune"),
                PairFixture.line(data, 2, "The blaze killed three", "The blaze killed five", "contradicting", "test"),
                PairFixture.line(data, 3, "A fire broke out", "Fire crews fought", "same", "test"));
    }
}
