package io.storyline.evaluate.cli;

import io.storyline.cli.Main;
import io.storyline.cli.Terminal;
import io.storyline.evaluate.FollowBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code storyline bench-follow}: following many local feeds under load, with a SIGKILL and restart. */
@Command(name = "bench-follow",
        mixinStandardHelpOptions = true,
        description = {
            "Serves many RSS feeds on a loopback port, each gaining items over the run, and starts "
                + "'storyline serve --follow' on them as its own process over a new database while readers read "
                + "the front page, story pages and story feeds (summaries), each pausing between reads as a person "
                + "reads a page (--think-time). Halfway through, while the server "
                + "fetches an item's page, it is killed with SIGKILL and started again. Prints read latency (p50/p99, "
                + "overall and by kind of read), whether every item was stored and placed in a story exactly once, "
                + "whether every source counts its items once, and whether any article readers saw before the kill "
                + "was lost, and the same reads' time inside the server (its handlers, and from the first byte it read) "
                + "beside the garbage collections of the benchmark's own process. Exit code 1 when one of these fails or a read failed while the server was up."})
final class BenchFollowCommand implements Callable<Integer> {

    @Option(names = "--feeds", defaultValue = "200", description = "Local feeds followed. Default: ${DEFAULT-VALUE}.")
    int feeds;

    @Option(names = "--items", defaultValue = "5", description = "Items each feed gains over the run. Default: ${DEFAULT-VALUE}.")
    int items;

    @Option(names = "--seconds", defaultValue = "600", description = "How long the feeds keep gaining items, in seconds (600: ten minutes). Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--readers", defaultValue = "50", description = "Concurrent readers. Default: ${DEFAULT-VALUE}.")
    int readers;

    @Option(names = "--think-time", defaultValue = "1000", paramLabel = "MILLIS",
            description = "How long each reader pauses between two reads, on average (drawn between half and one and "
                    + "a half times it), as a person reads a page before opening the next; 0: no pause. "
                    + "Default: ${DEFAULT-VALUE}.")
    long thinkMillis;

    @Option(names = "--poll-interval", defaultValue = "15", paramLabel = "SECONDS",
            description = "The server's --poll-interval, in seconds. Default: ${DEFAULT-VALUE}.")
    int pollSeconds;

    @Option(names = "--no-kill", description = "Do not kill and restart the server halfway.")
    boolean noKill;

    @Option(names = "--read-log", paramLabel = "FILE",
            description = "Also write every read to FILE, one line each (tab-separated: when it started, as an ISO "
                    + "instant; kind; path; milliseconds; outcome), to set slow reads beside a garbage-collection log.")
    java.nio.file.Path readLog;

    private final Terminal terminal;

    BenchFollowCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (feeds < 1 || items < 1 || seconds < 10 || seconds > 7200 || readers < 1 || pollSeconds < 1
                || thinkMillis < 0 || thinkMillis > 600_000) {
            throw new io.storyline.cli.BadOption("need feeds >= 1, items >= 1, 10-7200 seconds, readers >= 1, "
                    + "poll-interval >= 1, think-time 0-600000 ms");
        }
        if (readLog != null) {
            java.nio.file.Path folder = readLog.toAbsolutePath().getParent();
            if (java.nio.file.Files.isDirectory(readLog) || folder == null || !java.nio.file.Files.isDirectory(folder)) {
                // found now, not after a ten-minute run
                throw new io.storyline.cli.BadOption("--read-log " + readLog + ": " + (java.nio.file.Files.isDirectory(readLog)
                        ? "is a folder; give a file to write" : "its folder " + folder + " does not exist"));
            }
        }
        terminal.stderr().println("storyline: bench-follow: " + feeds + " feeds x " + items + " items over " + seconds
                + " s, " + readers + " readers pausing " + thinkMillis + " ms on average between reads, polled every " + pollSeconds + " s" + (noKill ? "" : ", SIGKILL halfway")
                + "...");
        FollowBenchmark.Report report = FollowBenchmark.run(new FollowBenchmark.Plan(feeds, items,
                Duration.ofSeconds(seconds), readers, Duration.ofSeconds(pollSeconds), !noKill,
                Duration.ofMillis(thinkMillis), readLog), terminal.stderr());
        terminal.stdout().print(report.describe());
        return report.ok() ? Main.EXIT_OK : Main.EXIT_FAILED;
    }
}
