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
            "duc2006: a folder of DUC 2006 topics (topic.txt, docs/, references/, peers/); each topic's title and "
                + "narrative are the focus (summarize --focus), summaries cut to 250 words, ROUGE-2 and ROUGE-SU4 "
                + "recall with NIST's flags (-n 2 -x -m -2 4 -u -f A -p 0.5), the published systems scored by the "
                + "same code, and a paired bootstrap interval of the first method against the best of them.",
            "duc2007-update: a folder of DUC 2007 update topics (topic.txt, A/ B/ C/docs/, references/SET/, "
                + "peers/SET/); the summary of A is the focused summary, of B what B adds for a reader of A "
                + "(summarize --since), of C what C adds to A and B; cut to 100 words, ROUGE-2 and ROUGE-SU4 recall "
                + "with NIST's flags, a table per set with the published systems and a paired bootstrap interval "
                + "of the first method against the set's best published system.",
            "What is scored is what 'storyline summarize --overflow --format text' prints for each cluster "
                + "(with --words 100, the reference's length, or --words 250 --focus TOPIC).",
            "ROUGE-1.5.5 looks words up in WordNet's irregular-form lists before stemming: WordNet 3.0's "
                + "lists come with Storyline; -Dstoryline.rouge.data points at another ROUGE data folder."})
final class EvalSummarizeCommand implements Callable<Integer> {

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "duc2004, duc2006, duc2007-update or multinews.")
    String dataset;

    @Parameters(index = "0", paramLabel = "PATH", description = "The data set's folder (duc2004) or file (multinews).")
    Path path;

    @Option(names = "--methods", split = ",", paramLabel = "NAME",
            description = "Methods to run, comma-separated (default: all: ${COMPLETION-CANDIDATES}; with a focus, "
                    + "those that weigh one).",
            completionCandidates = MethodNames.class)
    List<String> methods;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Only the first N clusters (multinews, duc2006; default: all).")
    int limit;

    @Option(names = "--topics", split = ",", paramLabel = "PREFIX",
            description = "duc2006, duc2007-update: only the topics whose folder names start so (e.g. d0721,d0727).")
    List<String> topics;

    @Option(names = "--no-focus", description = "duc2006: summarize each topic without its focus (to see what the focus adds).")
    boolean noFocus;

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
        boolean update = dataset.equalsIgnoreCase("duc2007-update");
        boolean focused = (dataset.equalsIgnoreCase("duc2006") || update) && !noFocus;
        if (update && noFocus) {
            throw new io.storyline.cli.BadOption("--no-focus works with --dataset duc2006");
        }
        List<String> chosen = methods != null ? methods : update ? Summarizers.updating()
                : focused ? Summarizers.focusing() : Summarizers.names();
        io.storyline.cli.BadOption.check(() -> chosen.stream().map(Summarizers::byNameOrThrow).toList());
        if (compare != null && (compare.size() != 2 || compare.get(0).equals(compare.get(1)))) {
            throw new io.storyline.cli.BadOption("--compare takes two different systems, e.g. --compare coverage,DPP");
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + " does not exist");
        }
        RougeLexicon lexicon = Lexicons.installed(terminal.stderr());
        if (explain != null) {
            if (!dataset.equalsIgnoreCase("duc2004")) {
                throw new io.storyline.cli.BadOption("--explain works with --dataset duc2004");
            }
            ExplainView.print(SummaryBenchmark.explainDuc2004(path, explain, chosen, lexicon), terminal.stdout());
            return Main.EXIT_OK;
        }
        if (update) {
            return updateTask(chosen, lexicon);
        }
        long started = System.nanoTime();
        List<Row> rows;
        try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Evaluating")) {
            rows = switch (dataset.toLowerCase(Locale.ROOT)) {
                case "duc2004" -> SummaryBenchmark.duc2004(path, chosen, lexicon, progress::step);
                case "multinews" -> SummaryBenchmark.multiNews(path, chosen, lexicon, limit, progress::step);
                case "duc2006" -> SummaryBenchmark.duc2006(path, chosen, focused, true, chosenTopics(), lexicon,
                        progress::step);
                default -> throw new IllegalArgumentException(
                        "unknown data set '" + dataset + "'; choose duc2004, duc2006, duc2007-update or multinews");
            };
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no clusters found in " + path);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Set set = Set.of(dataset);
        print(rows, set, terminal.stdout());
        terminal.stdout().printf(Locale.ROOT, "%n%d clusters, %.1f s%n", rows.get(0).perCluster().size(), seconds);
        if (compare != null) {
            printComparison(PairedComparison.of(row(rows, compare.get(0)), row(rows, compare.get(1)),
                    set.headers(), set.columns()), terminal.stdout());
        } else if (set == Set.DUC2006 && !chosen.isEmpty()) {
            Row best = rows.stream().filter(Row::published)
                    .max(Comparator.comparingDouble(r -> r.score().rouge2().recall())).orElseThrow();
            printComparison(PairedComparison.of(row(rows, chosen.get(0)), best, set.headers(), set.columns()),
                    terminal.stdout());
        }
        return Main.EXIT_OK;
    }

    /**
     * DUC 2007 update: a table per set (A, B, C, then all 15 sets together), each with the paired bootstrap of
     * the first method against the set's best published system by ROUGE-2.
     */
    private int updateTask(List<String> chosen, RougeLexicon lexicon) {
        long started = System.nanoTime();
        java.util.Map<String, List<Row>> bySet;
        try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Evaluating")) {
            bySet = SummaryBenchmark.duc2007Update(path, chosen, chosenTopics(), lexicon, progress::step);
        }
        if (bySet.isEmpty()) {
            throw new IllegalArgumentException("no topics (with A/docs/) found in " + path);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean first = true;
        for (java.util.Map.Entry<String, List<Row>> set : bySet.entrySet()) {
            List<Row> rows = set.getValue();
            terminal.stdout().printf(Locale.ROOT, "%s%s%n", first ? "" : "\n", set.getKey().equals("all")
                    ? "All sets (" + rows.get(0).perCluster().size() + ")" : "Set " + set.getKey()
                    + " (" + rows.get(0).perCluster().size() + " topics)");
            first = false;
            print(rows, Set.DUC2006, terminal.stdout());
            if (!chosen.isEmpty()) {
                Row best = rows.stream().filter(Row::published)
                        .max(Comparator.comparingDouble(r -> r.score().rouge2().recall())).orElseThrow();
                printComparison(PairedComparison.of(row(rows, chosen.get(0)), best, Set.DUC2006.headers(),
                        Set.DUC2006.columns()), terminal.stdout());
            }
        }
        terminal.stdout().printf(Locale.ROOT, "%n%d topics, %.1f s%n",
                bySet.values().iterator().next().get(0).perCluster().size(), seconds);
        return Main.EXIT_OK;
    }

    /**
     * The topics {@code --topics} keeps (folder names starting with one of its prefixes), then of those the
     * first {@code --limit} by name; all when neither is given.
     */
    private java.util.function.Predicate<String> chosenTopics() {
        java.util.function.Predicate<String> named = topics == null ? id -> true
                : id -> topics.stream().anyMatch(id::startsWith);
        if (limit <= 0) {
            return named;
        }
        try (java.util.stream.Stream<Path> folders = Files.list(path)) {
            java.util.Set<String> first = folders.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                    .filter(named).sorted().limit(limit).collect(java.util.stream.Collectors.toSet());
            return first::contains;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + path, e);
        }
    }

    /** The row named {@code system}: exactly ("lexrank" is ours, "LexRank" the published one), else in any case. */
    private static Row row(List<Row> rows, String system) {
        return rows.stream().filter(r -> r.system().equals(system)).findFirst()
                .or(() -> rows.stream().filter(r -> r.system().equalsIgnoreCase(system)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("--compare: no system '" + system + "' in the table; "
                        + "choose one of " + rows.stream().map(Row::system).toList()
                        + " (a method must also be among --methods)"));
    }

    /** The data sets and the three figures each is reported by, the first sorting the table. */
    private enum Set {
        DUC2004(List.of("ROUGE-1 R", "ROUGE-2 R", "ROUGE-4 R"),
                List.of(s -> s.rouge1().recall(), s -> s.rouge2().recall(), s -> s.rougeN(4).recall())),
        DUC2006(List.of("ROUGE-2 R", "ROUGE-SU4 R", "ROUGE-1 R"),
                List.of(s -> s.rouge2().recall(), s -> s.rougeSU().recall(), s -> s.rouge1().recall())),
        MULTINEWS(List.of("ROUGE-1 F", "ROUGE-2 F", "ROUGE-L F"),
                List.of(s -> s.rouge1().f(), s -> s.rouge2().f(), s -> s.rougeL().f()));

        private final List<String> headers;
        private final List<ToDoubleFunction<RougeScore>> columns;

        Set(List<String> headers, List<ToDoubleFunction<RougeScore>> columns) {
            this.headers = headers;
            this.columns = columns;
        }

        static Set of(String dataset) {
            return valueOf(dataset.toUpperCase(Locale.ROOT));
        }

        List<String> headers() {
            return headers;
        }

        List<ToDoubleFunction<RougeScore>> columns() {
            return columns;
        }
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

    private static void print(List<Row> rows, Set set, PrintStream out) {
        List<String> headers = set.headers();
        List<ToDoubleFunction<RougeScore>> columns = set.columns();
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
