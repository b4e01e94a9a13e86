package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void terminalDevicesAreToldApartFromFilesAndPipes() {
        assertThat(Progress.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Progress.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Progress.isTerminalDevice("/tmp/run.log")).isFalse();
        assertThat(Progress.isTerminalDevice("pipe:[48213]")).isFalse();
        assertThat(Progress.isTerminalDevice("/dev/null")).isFalse();
    }

    @Test
    void aBarIsDrawnOnceTheWorkTakesAMoment() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Progress progress = Progress.drawnOn(stream, true, "Reading")) {
            progress.step(0, 10); // too early: nothing yet
            assertThat(bytes.size()).isZero();
            Thread.sleep(Progress.SHOW_AFTER_MILLIS + 200);
            progress.step(5, 10);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Reading");
    }

    @Test
    void aBarLeftOnItsLineIsEndedSoTheNextMessageStartsALine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress.LineKeeper drawnOnce = new Progress.LineKeeper(new ConsoleProgressBarConsumer(stream, 80));
        drawnOnce.accept("Reading  33%");  // the library's first draw, with no close after it
        drawnOnce.end(stream);
        stream.println("storyline: skipped news.rss: is not a readable RSS or Atom feed");
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .contains("storyline: skipped news.rss: is not a readable RSS or Atom feed");

        ByteArrayOutputStream closedBytes = new ByteArrayOutputStream();
        PrintStream closedStream = new PrintStream(closedBytes, true, StandardCharsets.UTF_8);
        Progress.LineKeeper closed = new Progress.LineKeeper(new ConsoleProgressBarConsumer(closedStream, 80));
        closed.accept("Reading 100%");
        closed.close();
        closed.end(closedStream);
        assertThat(closedBytes.toString(StandardCharsets.UTF_8)).as("one line end, not two").isEqualTo("\rReading 100%\n");
    }

    @Test
    void aStreamHandedInIsNeverDrawnOn() throws InterruptedException {
        // an embedding caller's or a test's stream: what it holds must not depend on how long the run took
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Progress progress = Progress.on(stream, true, "Reading")) {
            Thread.sleep(Progress.SHOW_AFTER_MILLIS + 200);
            progress.step(5, 10);
        }
        assertThat(bytes.size()).isZero();
    }

    @Test
    void noProgressMeansNothingIsDrawn() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Progress progress = Progress.drawnOn(stream, false, "Reading")) {
            Thread.sleep(Progress.SHOW_AFTER_MILLIS + 200);
            progress.step(5, 10);
        }
        assertThat(bytes.size()).isZero();
    }
}
