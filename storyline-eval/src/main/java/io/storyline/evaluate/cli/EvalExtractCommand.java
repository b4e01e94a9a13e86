package io.storyline.evaluate.cli;

import io.storyline.cli.ExtractView;
import io.storyline.cli.Main;
import io.storyline.cli.Progress;
import io.storyline.cli.Terminal;
import io.storyline.evaluate.ExtractionBenchmark;
import io.storyline.evaluate.ExtractionBenchmark.PageResult;
import io.storyline.ingest.HtmlPage;
import io.storyline.ingest.PublicationTime;
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
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline eval extract}: main-text extraction scored with the benchmark's own metric. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Scores article extraction on an article-extraction benchmark folder (html/<key>.html.gz and "
                + "ground-truth.json), reading every page as the other commands do.",
            "Metric (the benchmark's): 4-word shingles of both texts as multisets; per page TP, FP, FN "
                + "normalised to sum 1; precision and recall from their means over pages; F1 = 2PR/(P+R).",
            "Also reports how often each metadata field was found, and pages per second."})
final class EvalExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The benchmark folder.")
    Path folder;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "Also list the N pages with the lowest F1, with their precision and recall.")
    int worst;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    private final Terminal terminal;

    EvalExtractCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        ExtractionBenchmark.Result result;
        try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Extracting")) {
            result = ExtractionBenchmark.run(folder, (done, total) -> progress.step(done, total));
        }
        PrintStream out = terminal.stdout();
        int pages = result.pages().size();
        out.printf(Locale.ROOT, "pages       %d%n", pages);
        out.printf(Locale.ROOT, "precision   %.4f%n", result.precision());
        out.printf(Locale.ROOT, "recall      %.4f%n", result.recall());
        out.printf(Locale.ROOT, "F1          %.4f%n", result.f1());
        out.printf(Locale.ROOT, "speed       %.1f pages/s (%.2f s for reading and extraction)%n", pages / result.seconds(),
                result.seconds());
        long skipped = result.pages().stream().filter(p -> p.problem() != null).count();
        if (skipped > 0) {
            out.printf(Locale.ROOT, "no article  %d page(s)%n", skipped);
        }
        out.println();
        out.println("metadata found (pages of " + pages + "):");
        result.fieldsFound().forEach((field, n) -> out.printf(Locale.ROOT, "  %-28s %3d%n", field, n));
        out.println("  publication time, by source (a page may have several):");
        for (Map.Entry<PublicationTime.Source, Integer> e : result.dateSources().entrySet()) {
            out.printf(Locale.ROOT, "    %-26s %3d%n", ExtractView.sourceName(e.getKey()), e.getValue());
        }
        out.println("  outlet, by source used:");
        for (Map.Entry<HtmlPage.OutletSource, Integer> e : result.outletSources().entrySet()) {
            out.printf(Locale.ROOT, "    %-26s %3d%n", switch (e.getKey()) {
                case SITE_NAME -> "og:site_name / meta";
                case LINKED_DATA -> "JSON-LD publisher";
                case DOMAIN -> "domain";
            }, e.getValue());
        }
        if (worst > 0) {
            out.println();
            out.println("lowest F1:");
            List<PageResult> sorted = new ArrayList<>(result.pages());
            sorted.sort(Comparator.comparingDouble(p -> f1(p)));
            for (PageResult p : sorted.subList(0, Math.min(worst, sorted.size()))) {
                out.printf(Locale.ROOT, "  %s  P %.3f  R %.3f  F1 %.3f%s%n", p.key(), p.match().precision(), p.match().recall(),
                        f1(p), p.problem() == null ? "" : "  (" + p.problem() + ")");
            }
        }
        return Main.EXIT_OK;
    }

    private static double f1(PageResult p) {
        double pr = p.match().precision();
        double r = p.match().recall();
        return pr + r == 0 ? 0 : 2 * pr * r / (pr + r);
    }
}
