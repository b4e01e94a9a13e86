package io.storyline.cli;

import io.storyline.ingest.LoadListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on stderr that appears only once the work has taken more than a moment, so quick
 * runs print nothing but their result, and only when a person is watching: a bar redrawn with
 * carriage returns is noise in a log file or a pipe that stderr was redirected to.
 */
public final class Progress implements LoadListener, AutoCloseable {

    static final long SHOW_AFTER_MILLIS = 800;

    private final PrintStream stderr;
    private final boolean enabled;
    private final String task;
    private final long started = System.nanoTime();
    private ProgressBar bar;
    private LineKeeper line;

    private Progress(PrintStream stderr, boolean enabled, String task) {
        this.stderr = stderr;
        this.enabled = enabled;
        this.task = task;
    }

    public static Progress on(PrintStream stderr, boolean enabled, String task) {
        return new Progress(stderr, enabled && watched(stderr), task);
    }

    /** As {@link #on}, whatever the stream is: a bar when enabled (for the bar's own tests). */
    static Progress drawnOn(PrintStream stream, boolean enabled, String task) {
        return new Progress(stream, enabled, task);
    }

    /**
     * Whether a bar on this stream would be seen. Only the process's own stderr can be checked (on
     * Linux, {@code /proc/self/fd/2} links to a terminal device); a stream an embedding caller or a
     * test passes in is read as text, as a log is: no bar, whose lines would come and go with how long
     * the run took (a slow run's stderr had more lines than a quick one's).
     */
    static boolean watched(PrintStream stderr) {
        if (stderr != System.err) {
            return false;
        }
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    static boolean isTerminalDevice(String path) {
        return path.startsWith("/dev/pts/") || path.startsWith("/dev/tty") || path.equals("/dev/console");
    }

    @Override
    public void fileRead(String location, int filesDone, int filesTotal) {
        step(filesDone, filesTotal);
    }

    /** Reports {@code done} of {@code total} units finished. */
    public void step(long done, long total) {
        if (!enabled) {
            return;
        }
        if (bar == null) {
            if ((System.nanoTime() - started) / 1_000_000 < SHOW_AFTER_MILLIS || done >= total) {
                return;
            }
            line = new LineKeeper(new ConsoleProgressBarConsumer(stderr));
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(line)
                    .setUpdateIntervalMillis(250)
                    .build();
        }
        bar.maxHint(total);
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            line.end(stderr);
        }
    }

    /**
     * The console's consumer, knowing whether the bar's line is still open. The progress bar library ends the
     * line only from a draw after its first; a bar closed before its first scheduled draw (the run ended just
     * after the bar appeared, or a busy machine ran the draw late) is drawn once and left open, and the next
     * message was glued to it: "Reading 33% ... storyline: skipped FILE: ...".
     */
    static final class LineKeeper implements ProgressBarConsumer {
        private final ProgressBarConsumer console;
        private volatile boolean open;

        LineKeeper(ProgressBarConsumer console) {
            this.console = console;
        }

        @Override
        public int getMaxRenderedLength() {
            return console.getMaxRenderedLength();
        }

        @Override
        public void accept(String rendered) {
            console.accept(rendered);
            open = true;
        }

        @Override
        public void close() {
            console.close();
            open = false;
        }

        /** Ends the bar's line on the stream when the library left it open. */
        void end(PrintStream stream) {
            if (open) {
                stream.println();
                stream.flush();
                open = false;
            }
        }
    }
}
