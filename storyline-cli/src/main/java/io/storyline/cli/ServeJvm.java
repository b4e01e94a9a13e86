package io.storyline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Java options {@code storyline serve} runs with: the launcher script's {@code serve} defaults, then the
 * user's {@code STORYLINE_JAVA_OPTS} (after them, so they win). Whatever starts a server as the user would (the
 * following benchmark) starts it with these, so what is measured is what users run; a test checks that the
 * script gives the same defaults.
 *
 * <p>The default collector is Shenandoah (concurrent: its pauses do not grow with the heap): side by side under
 * the following benchmark on a shared two-core machine (docs/BENCHMARKS.md, session 18) it cut the readers'
 * p99 and the longest read against G1 (the JVM's choice) and the serial collector, for 14-30% more of the
 * server's processor time. A JDK built without it (Oracle's) keeps its own choice, and a user who names a
 * collector gets that one alone (two collectors named stop the JVM).
 *
 * <p>No cleanup stop once a second ({@code -XX:GuaranteedSafepointInterval=0}, a HotSpot diagnostic option): by
 * default the JVM stops every thread about once a second to tidy its inline caches, whether or not a collection
 * is due. A stop lasts until every running thread has reached it, and on a machine whose cores are all taken a
 * thread the system has set aside reaches it only when it runs again: in session 19's garbage-collection logs
 * of the following benchmark these stops held the server still for 18 s of 185 s (171 stops, up to 0.8 s
 * each; its collector's own pauses came to well under a second), and every read in flight waited them out. The
 * same tidying is done at the collector's own stops instead.
 */
public final class ServeJvm {

    /** The launcher's defaults for {@code serve}. */
    public static final List<String> DEFAULTS = List.of("-XX:+UseShenandoahGC", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:GuaranteedSafepointInterval=0");

    /** An option that chooses a collector. */
    private static final Pattern COLLECTOR = Pattern.compile("-XX:\\+Use\\w+GC");

    private ServeJvm() {
    }

    /**
     * The defaults, then the user's options (white-space separated, as the script splits them); the default
     * collector is left out when the user's options choose one or when {@code java} cannot run it.
     */
    public static List<String> options(String java, String userOptions) {
        List<String> user = userOptions == null || userOptions.isBlank() ? List.of()
                : List.of(userOptions.strip().split("\\s+"));
        List<String> all = new ArrayList<>();
        boolean userCollector = user.stream().anyMatch(o -> COLLECTOR.matcher(o).matches());
        for (String option : DEFAULTS) {
            if (!COLLECTOR.matcher(option).matches() || !userCollector && runs(java, option)) {
                all.add(option);
            }
        }
        all.addAll(user);
        return all;
    }

    /** Whether {@code java} starts with the option (a JDK built without a collector refuses to). */
    static boolean runs(String java, String option) {
        try {
            Process p = new ProcessBuilder(java, option, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
