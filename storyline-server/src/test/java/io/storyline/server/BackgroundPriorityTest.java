package io.storyline.server;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A background thread runs at a lower priority than the threads that made it; they keep theirs. */
class BackgroundPriorityTest {

    @Test
    void aBackgroundThreadIsLoweredAndItsMakerIsNot() throws Exception {
        OptionalInt before = BackgroundPriority.niceOfThisThread();
        assumeTrue(before.isPresent(), "this system does not tell a thread's nice value");
        AtomicReference<OptionalInt> inside = new AtomicReference<>();
        AtomicBoolean ran = new AtomicBoolean();
        Thread t = BackgroundPriority.threads("test-background").newThread(() -> {
            ran.set(true);
            inside.set(BackgroundPriority.niceOfThisThread());
        });
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getName()).isEqualTo("test-background");
        t.start();
        t.join();
        assertThat(ran).isTrue();
        assumeTrue(inside.get().getAsInt() != before.getAsInt() || before.getAsInt() >= BackgroundPriority.NICENESS,
                "renice is not available here");
        assertThat(inside.get().getAsInt()).isGreaterThanOrEqualTo(BackgroundPriority.NICENESS);
        assertThat(BackgroundPriority.niceOfThisThread()).as("the maker keeps its priority").isEqualTo(before);
    }
}
