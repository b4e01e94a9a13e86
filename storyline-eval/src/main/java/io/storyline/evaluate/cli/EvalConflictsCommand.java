package io.storyline.evaluate.cli;

import io.storyline.cli.Main;
import io.storyline.cli.Progress;
import io.storyline.cli.Terminal;
import io.storyline.evaluate.Duc2004;
import io.storyline.evaluate.MultiNews;
import io.storyline.evaluate.conflicts.ContradictionBenchmark;
import io.storyline.evaluate.conflicts.ContradictionBenchmark.Result;
import io.storyline.evaluate.conflicts.ContradictionBenchmark.Tally;
import io.storyline.evaluate.conflicts.SlotKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code storyline eval conflicts}: the contradiction benchmark on real clusters. */
@Command(name = "conflicts",
        mixinStandardHelpOptions = true,
        description = {
            "Adds to every cluster of a benchmark set a second outlet's report that repeats some sentences of "
                + "one article with exactly one slot changed far beyond rounding (a count of people, money, a "
                + "distance or speed, a percentage, votes, an age, a weekday, a date, a time of day), the rest "
                + "copied or taken from other articles; then runs the summary (100 words) and the outlet "
                + "comparison as users get them and counts, per kind: changed pairs reported as a conflict "
                + "(recall), summary citations backed by the changed twin, changed pairs filed as one fact "
                + "with no conflict, summary sentences showing a changed pair and how many name the twin as "
                + "disputing; and conflicts between identical sentences.",
            "duc2004: a folder of DUC 2004 clusters. multinews: a Multi-News JSON Lines file."})
final class EvalConflictsCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "duc2004 or multinews.")
    String dataset;

    @Parameters(index = "0", paramLabel = "PATH", description = "The data set's folder (duc2004) or file (multinews).")
    Path path;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = ContradictionBenchmark.SEED;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Only the first N clusters (0: all).")
    int limit;

    @Option(names = "--misses", description = "Also list each changed pair no conflict was reported for.")
    boolean misses;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    private final Terminal terminal;

    EvalConflictsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + " does not exist");
        }
        List<ContradictionBenchmark.Cluster> clusters = switch (dataset.toLowerCase(Locale.ROOT)) {
            case "duc2004" -> Duc2004.load(path).stream()
                    .map(c -> new ContradictionBenchmark.Cluster(c.id(), c.articles())).toList();
            case "multinews" -> MultiNews.load(path).stream()
                    .map(c -> new ContradictionBenchmark.Cluster(c.id(), c.articles())).toList();
            default -> throw new IllegalArgumentException("unknown data set '" + dataset + "'; choose duc2004 or multinews");
        };
        if (limit > 0 && clusters.size() > limit) {
            clusters = clusters.subList(0, limit);
        }
        long started = System.nanoTime();
        Result result;
        try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Evaluating")) {
            result = ContradictionBenchmark.run(clusters, seed, progress::step);
        }
        print(result, terminal.stdout());
        if (misses) {
            for (var change : result.missed()) {
                terminal.stdout().printf(Locale.ROOT, "%nmissed (%s):%n  %s%n  %s%n", change.kind().label(),
                        change.original(), change.changed());
            }
        }
        terminal.stdout().printf(Locale.ROOT, "%n%d clusters with a second report (seed %d), %.1f s%n",
                result.clusters(), seed, (System.nanoTime() - started) / 1e9);
        return Main.EXIT_OK;
    }

    private static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "%-18s %6s %7s %8s %11s %10s %7s %9s%n", "kind", "pairs", "recall",
                "flagged", "bad cites", "one fact", "shown", "disputed");
        int pairs = 0;
        int flagged = 0;
        int bad = 0;
        int touching = 0;
        int unflagged = 0;
        int shown = 0;
        int disputed = 0;
        for (Map.Entry<SlotKind, Tally> e : result.tallies().entrySet()) {
            Tally t = e.getValue();
            out.printf(Locale.ROOT, "%-18s %6d %7s %8d %5d / %-4d %10d %7d %9d%n", e.getKey().label(), t.pairs(),
                    t.pairs() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", t.recall()), t.flagged(),
                    t.contradictingCitations(), t.citationsTouching(), t.unflaggedFacts(), t.shown(), t.disputesShown());
            pairs += t.pairs();
            flagged += t.flagged();
            bad += t.contradictingCitations();
            touching += t.citationsTouching();
            unflagged += t.unflaggedFacts();
            shown += t.shown();
            disputed += t.disputesShown();
        }
        out.printf(Locale.ROOT, "%-18s %6d %7s %8d %5d / %-4d %10d %7d %9d%n", "all", pairs,
                pairs == 0 ? "-" : String.format(Locale.ROOT, "%.3f", flagged / (double) pairs), flagged, bad, touching,
                unflagged, shown, disputed);
        out.printf(Locale.ROOT, "%nconflicts between identical sentences: %d (of %d conflicts reported)%n",
                result.identicalConflicts(), result.conflicts());
        out.println("bad cites: summary citations backed by the changed twin / citations where a changed pair is "
                + "shown or cited; one fact: changed pairs filed as one fact with no conflict; shown: summary "
                + "sentences showing one of a changed pair; disputed: of those, the ones naming the twin as disputing.");
    }
}
