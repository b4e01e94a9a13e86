package io.storyline.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.executor.TaskMetrics;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The job's phases timed on the driver, with Spark's own stage metrics (task time, shuffle bytes
 * written and read, input bytes) added up per phase from a {@link SparkListener}: the figures
 * docs/SCALING.md extrapolates from.
 */
final class Stages extends SparkListener {

    /** One phase: wall time, and what its Spark stages did. */
    record Phase(String name, long wallMillis, long taskMillis, long shuffleWriteBytes, long shuffleReadBytes,
                 long inputBytes, int sparkStages) {
    }

    private final JavaSparkContext spark;
    private final Map<String, long[]> metrics = new LinkedHashMap<>(); // phase -> task ms, write, read, input, stages
    private final List<Phase> phases = new ArrayList<>();
    private volatile String current = "setup";

    Stages(JavaSparkContext spark) {
        this.spark = spark;
        spark.sc().addSparkListener(this);
    }

    <T> T time(String phase, Callable<T> action) {
        current = phase;
        spark.setJobDescription(phase);
        long start = System.nanoTime();
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            long wall = (System.nanoTime() - start) / 1_000_000;
            settle();
            long[] m = metrics.getOrDefault(phase, new long[5]);
            phases.add(new Phase(phase, wall, m[0], m[1], m[2], m[3], (int) m[4]));
        }
    }

    /** Lets the listener hear of the phase's last stages before the phase is booked. */
    private void settle() {
        try {
            spark.sc().listenerBus().waitUntilEmpty(10_000);
        } catch (java.util.concurrent.TimeoutException | RuntimeException late) {
            // the phase is booked with what has arrived; its wall time is exact either way
        }
    }

    void run(String phase, Runnable action) {
        time(phase, () -> {
            action.run();
            return null;
        });
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted event) {
        StageInfo info = event.stageInfo();
        TaskMetrics t = info.taskMetrics();
        synchronized (metrics) {
            long[] m = metrics.computeIfAbsent(current, k -> new long[5]);
            if (t != null) {
                m[0] += t.executorRunTime();
                m[1] += t.shuffleWriteMetrics().bytesWritten();
                m[2] += t.shuffleReadMetrics().totalBytesRead();
                m[3] += t.inputMetrics().bytesRead();
            }
            m[4]++;
        }
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-20s %10s %10s %14s %14s %12s %7s%n", "phase", "wall s", "task s",
                "shuffle write", "shuffle read", "input", "stages");
        for (Phase p : phases) {
            out.printf(Locale.ROOT, "%-20s %10.1f %10.1f %14s %14s %12s %7d%n", p.name(), p.wallMillis() / 1000.0,
                    p.taskMillis() / 1000.0, mb(p.shuffleWriteBytes()), mb(p.shuffleReadBytes()), mb(p.inputBytes()),
                    p.sparkStages());
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
