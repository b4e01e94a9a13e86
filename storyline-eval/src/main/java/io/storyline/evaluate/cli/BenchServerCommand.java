package io.storyline.evaluate.cli;

import io.storyline.cli.Main;
import io.storyline.cli.Terminal;
import io.storyline.evaluate.LoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code storyline bench-server}: a bounded load test of the server on loopback. */
@Command(name = "bench-server",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a server on a loopback port over a new temporary database, seeds it with a synthetic stream, "
                + "then has readers fetch random story pages while writers add articles, for a fixed time; "
                + "prints throughput, read latency (p50/p99) and errors. Figures in docs/BENCHMARKS.md."})
final class BenchServerCommand implements Callable<Integer> {

    @Option(names = "--readers", defaultValue = "50", description = "Concurrent readers. Default: ${DEFAULT-VALUE}.")
    int readers;

    @Option(names = "--writers", defaultValue = "5", description = "Concurrent writers. Default: ${DEFAULT-VALUE}.")
    int writers;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to run. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--seed-articles", defaultValue = "2000",
            description = "Articles stored before the clock starts. Default: ${DEFAULT-VALUE}.")
    int seedArticles;

    private final Terminal terminal;

    BenchServerCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (readers < 1 || writers < 0 || seconds < 1 || seconds > 3600 || seedArticles < 20) {
            throw new io.storyline.cli.BadOption("need readers >= 1, writers >= 0, 1-3600 seconds, seed-articles >= 20");
        }
        terminal.stderr().println("storyline: bench-server: " + readers + " readers, " + writers + " writers, "
                + seconds + " s over " + seedArticles + " seeded articles...");
        LoadBenchmark.Report report = LoadBenchmark.run(new LoadBenchmark.Plan(readers, writers,
                Duration.ofSeconds(seconds), seedArticles, 20_000));
        terminal.stdout().print(report.describe());
        return report.errors() == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }
}
