package io.storyline.evaluate.cli;

import io.storyline.cli.Main;
import io.storyline.cli.Progress;
import io.storyline.cli.Terminal;
import io.storyline.evaluate.pairs.LabelledPair;
import io.storyline.evaluate.pairs.LabelledPair.Half;
import io.storyline.evaluate.pairs.LabelledPair.Label;
import io.storyline.evaluate.pairs.PairBenchmark;
import io.storyline.evaluate.pairs.PairBenchmark.Confusion;
import io.storyline.evaluate.pairs.PairBenchmark.Decider;
import io.storyline.evaluate.pairs.PairClusters;
import io.storyline.evaluate.pairs.PairSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code storyline eval pairs}: the product's same-fact and contradiction decisions on labelled sentence pairs. */
@Command(name = "pairs",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the product's decisions (are two sentences of different articles one fact, one event told with "
                + "values that disagree, or different facts?) on sentence pairs of real clusters that a person "
                + "labelled same fact / related but different / contradicting, and reports precision and recall of "
                + "'same fact' and of 'contradicting' for the half thresholds are tuned on (tune), the held-out "
                + "half (test), both, and each data set: first the decision the summary and the timeline cite by, "
                + "then the outlet comparison's facts and conflicts.",
            "PATH is the shared data folder holding duc2004/, duc2006/, multinews/ and timeline17/. The labels "
                + "(references to the sentences, never their text) ship with the project; see docs/PAIRS.md."})
final class EvalPairsCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PATH", description = "The shared data folder (e.g. ../shared/data).")
    Path data;

    @Option(names = "--labels", paramLabel = "FILE", description = "A label file to use instead of the bundled one.")
    Path labels;

    @Option(names = "--errors", description = "Also list each pair decided otherwise than labelled, with both sentences.")
    boolean errors;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    private final Terminal terminal;

    EvalPairsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException(data + " is not a folder (expected the shared data folder)");
        }
        List<LabelledPair> pairs = labels == null ? PairSet.bundled() : PairSet.parse(read(labels), labels.toString());
        long started = System.nanoTime();
        PairBenchmark.Result result;
        try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Judging pairs")) {
            long clusters = pairs.stream().map(p -> p.dataset() + "/" + p.cluster()).distinct().count();
            long[] done = {0};
            result = PairBenchmark.run(pairs, new PairClusters(data), cluster -> progress.step(++done[0], clusters));
        }
        PrintStream out = terminal.stdout();
        print(result, out);
        if (errors) {
            for (PairBenchmark.Judged j : result.judged()) {
                if (!j.right()) {
                    out.printf(Locale.ROOT, "%npair %d (%s %s, %s): labelled %s, decided %s (comparison: %s)%n  A: %s%n  B: %s%n",
                            j.pair().id(), j.pair().dataset(), j.pair().cluster(), j.pair().drawnAs(),
                            j.pair().label().word(), j.predicted().word(), j.compared().word(), j.textA(), j.textB());
                }
            }
        }
        for (PairBenchmark.Drifted d : result.drifted()) {
            out.printf(Locale.ROOT, "pair %d not judged: %s%n", d.pair().id(), d.reason());
        }
        out.printf(Locale.ROOT, "%n%d pairs judged, %d not found (data or sentence split moved), %.1f s%n",
                result.judged().size(), result.drifted().size(), (System.nanoTime() - started) / 1e9);
        return Main.EXIT_OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void print(PairBenchmark.Result result, PrintStream out) {
        for (Decider decider : Decider.values()) {
            out.println(decider == Decider.FACTS
                    ? "Summary and timeline (Facts.relation: cited together / shown as disputing / said once):"
                    : "Outlet comparison (filed under one fact / reported as a conflict):");
            out.printf(Locale.ROOT, "%-12s %6s %6s %6s %9s %9s %9s %9s%n", "part", "pairs", "same", "contra",
                    "same P", "same R", "contra P", "contra R");
            row(out, "tune", result.confusion(decider, Half.TUNE));
            row(out, "test", result.confusion(decider, Half.TEST));
            row(out, "all", result.confusion(decider, (Half) null));
            for (String dataset : PairClusters.DATASETS) {
                row(out, dataset, result.confusion(decider, dataset));
            }
            out.println();
        }
        Confusion all = result.confusion((Half) null);
        out.printf(Locale.ROOT, "summary and timeline, all pairs, labelled (rows) by decided (columns):%n%-14s", "");
        for (Label p : Label.values()) {
            out.printf(Locale.ROOT, "%14s", p.word());
        }
        out.println();
        for (Label l : Label.values()) {
            out.printf(Locale.ROOT, "%-14s", l.word());
            for (Label p : Label.values()) {
                out.printf(Locale.ROOT, "%14d", all.count(l, p));
            }
            out.println();
        }
        out.println("same P/R: precision and recall of 'same fact' (cited together, shown once); contra P/R: of "
                + "'contradicting' (shown as disputing). Targets: same P >= 0.95 with R >= 0.75, contra P >= 0.90.");
    }

    private static void row(PrintStream out, String part, Confusion c) {
        out.printf(Locale.ROOT, "%-12s %6d %6d %6d %9s %9s %9s %9s%n", part, c.total(), c.labelled(Label.SAME),
                c.labelled(Label.CONTRADICTING), ratio(c.precision(Label.SAME), c.predicted(Label.SAME)),
                ratio(c.recall(Label.SAME), c.labelled(Label.SAME)),
                ratio(c.precision(Label.CONTRADICTING), c.predicted(Label.CONTRADICTING)),
                ratio(c.recall(Label.CONTRADICTING), c.labelled(Label.CONTRADICTING)));
    }

    private static String ratio(double value, int of) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
