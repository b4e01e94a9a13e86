package io.storyline.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Background work (following sources, making summaries, placing stored articles at a restart) runs at a lower
 * scheduling priority than the threads answering readers, so that on a busy machine a read waits less for a
 * core: on two cores the summary and the follower could each hold one while readers queued behind them (the
 * follow benchmark's reads took 100 ms at the median for about 1 ms of work).
 *
 * <p>Java's thread priorities do nothing on Linux for a user without privileges, but every Linux thread has a
 * nice value of its own that its user may raise: the thread finds its id through {@code /proc/thread-self} and
 * asks {@code renice} for it. Where either is missing (another system) the thread keeps its priority; nothing
 * else changes.
 */
public final class BackgroundPriority {

    /** The nice value background threads take (0 is normal, 19 the lowest priority). */
    static final int NICENESS = 10;

    private BackgroundPriority() {
    }

    /** A factory of daemon threads with this name, each lowered when it starts ({@link #lowerThisThread}). */
    public static ThreadFactory threads(String name) {
        return work -> {
            Thread t = new Thread(() -> {
                lowerThisThread();
                work.run();
            }, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Lowers the calling thread's scheduling priority (Linux: nice {@value #NICENESS}); false when this system
     * offers no way to.
     */
    public static boolean lowerThisThread() {
        Path self = Path.of("/proc/thread-self");
        if (!Files.isDirectory(self)) {
            return false;
        }
        try {
            String thread = self.toRealPath().getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(NICENESS), "-p", thread)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor(30, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException e) {
            return false;  // no renice here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The calling thread's nice value where the system tells it (Linux), else empty. */
    static java.util.OptionalInt niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // the name (field 2) is in parentheses and may hold spaces: count the fields after its closing one
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return java.util.OptionalInt.of(Integer.parseInt(after[16]));  // field 19, nice
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalInt.empty();
        }
    }
}
