package io.storyline.evaluate.cli;

import io.storyline.cli.Main;
import io.storyline.cli.Progress;
import io.storyline.cli.Terminal;
import io.storyline.evaluate.PairedComparison;
import io.storyline.evaluate.SummaryBenchmark;
import io.storyline.evaluate.SummaryBenchmark.Row;
import io.storyline.evaluate.rouge.RougeLexicon;
import io.storyline.evaluate.rouge.RougeScore;
import io.storyline.summarize.Summarizers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/** {@code storyline eval summarize}: ROUGE of every method, beside the published systems. */
@Command(name = "summarize",
        mixinStandardHelpOptions = true,
        description = {
            "Summarizes every cluster of a benchmark set with each method and prints a ROUGE table.",
            "duc2004: a folder of DUC 2004 task 2 clusters (docs/, references/, peers/); 100-word "
                + "summaries scored with the official flags (-n 4 -m -l 100 -p 0.5 -f A -a); "
                + "ROUGE-1, -2, -4 recall in percent, the published systems' summaries scored by the same code.",
            "multinews: a JSON Lines file of Multi-News clusters; summaries as long as the reference; "
                + "ROUGE-1, -2, -L F1 in percent.",
            "ROUGE-1.5.5 looks words up in WordNet's irregular-form lists before stemming: WordNet 3.0's "
                + "lists come with Storyline; -Dstoryline.rouge.data points at another ROUGE data folder."})
final class EvalSummarizeCommand implements Callable<Integer> {

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "duc2004 or multinews.")
    String dataset;

    @Parameters(index = "0", paramLabel = "PATH", description = "The data set's folder (duc2004) or file (multinews).")
    Path path;

    @Option(names = "--methods", split = ",", paramLabel = "NAME",
            description = "Methods to run, comma-separated (default: all: ${COMPLETION-CANDIDATES}).",
            completionCandidates = MethodNames.class)
    List<String> methods;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Only the first N clusters (multinews; default: all).")
    int limit;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Option(names = "--explain", paramLabel = "CLUSTER",
            description = "duc2004 only: for one cluster (e.g. d30001), each method's sentences with what they "
                    + "match, the references, and the reference bigrams the summary missed.")
    String explain;

    @Option(names = "--compare", split = ",", paramLabel = "SYSTEM",
            description = "Two systems, comma-separated (methods run here or published systems, e.g. "
                    + "coverage,DPP): after the table, their per-cluster differences, the mean difference with a "
                    + "95%% paired-bootstrap interval, and in how many clusters the first is better, worse or the same.")
    List<String> compare;

    private final Terminal terminal;

    EvalSummarizeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<String> chosen = methods == null ? Summarizers.names() : methods;
        chosen.forEach(Summarizers::byNameOrThrow);
        if (compare != null && (compare.size() != 2 || compare.get(0).equals(compare.get(1)))) {
            throw new IllegalArgumentException("--compare takes two different systems, e.g. --compare coverage,DPP");
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + " does not exist");
        }
        RougeLexicon lexicon = Lexicons.installed(terminal.stderr());
        if (explain != null) {
            if (!dataset.equalsIgnoreCase("duc2004")) {
                throw new IllegalArgumentException("--explain works with --dataset duc2004");
            }
            ExplainView.print(SummaryBenchmark.explainDuc2004(path, explain, chosen, lexicon), terminal.stdout());
            return Main.EXIT_OK;
        }
        long started = System.nanoTime();
        List<Row> rows;
        try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Evaluating")) {
            rows = switch (dataset.toLowerCase(Locale.ROOT)) {
                case "duc2004" -> SummaryBenchmark.duc2004(path, chosen, lexicon, progress::step);
                case "multinews" -> SummaryBenchmark.multiNews(path, chosen, lexicon, limit, progress::step);
                default -> throw new IllegalArgumentException(
                        "unknown data set '" + dataset + "'; choose duc2004 or multinews");
            };
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no clusters found in " + path);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean duc = dataset.equalsIgnoreCase("duc2004");
        print(rows, duc, terminal.stdout());
        terminal.stdout().printf(Locale.ROOT, "%n%d clusters, %.1f s%n", rows.get(0).perCluster().size(), seconds);
        if (compare != null) {
            printComparison(PairedComparison.of(row(rows, compare.get(0)), row(rows, compare.get(1)),
                    headers(duc), columns(duc)), terminal.stdout());
        }
        return Main.EXIT_OK;
    }

    /** The row named {@code system}: exactly ("lexrank" is ours, "LexRank" the published one), else in any case. */
    private static Row row(List<Row> rows, String system) {
        return rows.stream().filter(r -> r.system().equals(system)).findFirst()
                .or(() -> rows.stream().filter(r -> r.system().equalsIgnoreCase(system)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("--compare: no system '" + system + "' in the table; "
                        + "choose one of " + rows.stream().map(Row::system).toList()
                        + " (a method must also be among --methods)"));
    }

    private static List<String> headers(boolean duc) {
        return duc ? List.of("ROUGE-1 R", "ROUGE-2 R", "ROUGE-4 R") : List.of("ROUGE-1 F", "ROUGE-2 F", "ROUGE-L F");
    }

    private static List<ToDoubleFunction<RougeScore>> columns(boolean duc) {
        return duc
                ? List.of(s -> s.rouge1().recall(), s -> s.rouge2().recall(), s -> s.rougeN(4).recall())
                : List.of(s -> s.rouge1().f(), s -> s.rouge2().f(), s -> s.rougeL().f());
    }

    private static void printComparison(PairedComparison comparison, PrintStream out) {
        out.printf(Locale.ROOT, "%n%s against %s, paired over %d clusters (mean difference, 95%% bootstrap interval):%n",
                comparison.first(), comparison.second(), comparison.clusters());
        for (PairedComparison.Measure m : comparison.measures()) {
            out.printf(Locale.ROOT, "  %-10s %+6.2f  (%+.2f to %+.2f)%s  better in %d, worse in %d, the same in %d%n",
                    m.name(), 100 * m.meanDifference(), 100 * m.low(), 100 * m.high(),
                    m.clear() ? "    " : " [0 inside]", m.better(), m.worse(), m.same());
        }
    }

    private static void print(List<Row> rows, boolean duc, PrintStream out) {
        List<String> headers = headers(duc);
        List<ToDoubleFunction<RougeScore>> columns = columns(duc);
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> r.published())
                .thenComparing(r -> -columns.get(0).applyAsDouble(r.score())));
        out.printf(Locale.ROOT, "%-22s %-10s %10s %10s %10s%n", "system", "source", headers.get(0), headers.get(1), headers.get(2));
        for (Row row : sorted) {
            out.printf(Locale.ROOT, "%-22s %-10s %10.2f %10.2f %10.2f%n", row.system(), row.published() ? "published" : "storyline",
                    100 * columns.get(0).applyAsDouble(row.score()), 100 * columns.get(1).applyAsDouble(row.score()),
                    100 * columns.get(2).applyAsDouble(row.score()));
        }
    }

}
