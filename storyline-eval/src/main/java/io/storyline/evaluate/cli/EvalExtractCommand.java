package io.storyline.evaluate.cli;

import io.storyline.cli.ExtractView;
import io.storyline.cli.Main;
import io.storyline.cli.Progress;
import io.storyline.cli.Terminal;
import io.storyline.evaluate.ExtractionBenchmark;
import io.storyline.evaluate.ExtractionComparison;
import io.storyline.evaluate.ExtractionDataset;
import io.storyline.evaluate.ExtractionBenchmark.PageResult;
import io.storyline.ingest.BlockClassifier;
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

/**
 * {@code storyline eval extract}: main-text extraction scored on one or all of the extraction benchmarks,
 * each with its own metric ({@link ExtractionDataset}), in one table.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Scores article extraction on a benchmark folder, reading every page as the other commands do.",
            "scrapinghub (the default; html/<key>.html.gz and ground-truth.json): 4-word shingles of both texts as "
                + "multisets (a word is a run of letters and digits, as the benchmark's \\w+; in Chinese, Japanese and "
                + "Thai each character); per page TP, FP, FN normalised to sum 1; P and R from their means over pages; F1 = 2PR/(P+R).",
            "readability (<name>/source.html and expected.html): the same shingle metric against the text of "
                + "expected.html (what Readability.js extracts).",
            "trafilatura (evaldata.json and html/<file>.gz): snippets the text must hold (found: TP, missed: FN) "
                + "and must not (found: FP, absent: TN); P, R, accuracy and F1 = 2TP/(2TP+FP+FN) over all snippets.",
            "all: FOLDER holds extraction/, extraction-readability/ and extraction-trafilatura/ (../shared/data).",
            "Also reports pages per second, wall and processor time per page (the processor time of the reading "
                + "thread holds when other work shares the machine), and for one set how often each metadata field was found."})
final class EvalExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The benchmark folder (for --dataset all, their parent).")
    Path folder;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "scrapinghub",
            description = "scrapinghub (default), readability, trafilatura or all.")
    String dataset;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "Also list the N pages with the lowest F1, with their precision and recall.")
    int worst;

    @Option(names = "--save-scores", paramLabel = "DIR",
            description = "Write each page's counts to DIR/<set>.tsv, for a later --compare-to.")
    Path saveScores;

    @Option(names = "--compare-to", paramLabel = "DIR",
            description = "Compare with the per-page counts an earlier run saved in DIR: difference of F1 with a "
                + "95%% paired bootstrap interval over the pages.")
    Path compareTo;

    @Option(names = "--blocks", paramLabel = "rules|model|FILE", defaultValue = "model",
            description = "Which text blocks make the article: model (the shipped block classifier drops short "
                + "blocks the rules keep that it takes for boilerplate, never a heading or a full sentence: the "
                + "default, as every command reads pages), rules (every block the rules keep), or a model file "
                + "written by eval train-blocks.")
    String blocks;

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
        boolean all = dataset.equalsIgnoreCase("all");
        List<ExtractionDataset> sets = all ? List.of(ExtractionDataset.values()) : List.of(ExtractionDataset.named(dataset));
        if (compareTo != null) {
            for (ExtractionDataset set : sets) {
                scoresFile(compareTo, set, true);
            }
        }
        // checked before the first page: a model file that cannot be read is an error naming it
        String before = System.getProperty(BlockClassifier.PROPERTY);
        System.setProperty(BlockClassifier.PROPERTY, blocks);
        try {
            BlockClassifier.inUse();
            return run(all, sets);
        } finally {
            if (before == null) {
                System.clearProperty(BlockClassifier.PROPERTY);
            } else {
                System.setProperty(BlockClassifier.PROPERTY, before);
            }
        }
    }

    private Integer run(boolean all, List<ExtractionDataset> sets) {
        List<ExtractionBenchmark.Result> results = new ArrayList<>();
        for (ExtractionDataset set : sets) {
            Path setFolder = all ? folder.resolve(set.folderName()) : folder;
            try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Extracting " + set.label())) {
                results.add(ExtractionBenchmark.run(set, setFolder, (done, total) -> progress.step(done, total)));
            }
        }
        PrintStream out = terminal.stdout();
        if (all) {
            table(out, results);
        } else {
            details(out, results.get(0));
        }
        skippedPages(out, results, all);
        if (saveScores != null) {
            createFolder(saveScores);
            results.forEach(r -> ExtractionComparison.save(r, scoresFile(saveScores, r.dataset(), false)));
        }
        if (compareTo != null) {
            out.println();
            out.println("against " + compareTo + " (paired bootstrap over pages, " + ExtractionComparison.RESAMPLES
                    + " resamples):");
            for (ExtractionBenchmark.Result r : results) {
                ExtractionComparison c = ExtractionComparison.of(ExtractionComparison.of(r),
                        ExtractionComparison.load(scoresFile(compareTo, r.dataset(), true)));
                out.printf(Locale.ROOT, "  %-12s F1 %+.4f  95%% [%+.4f, %+.4f]  pages better %d, worse %d, of %d%n",
                        r.dataset().label(), c.difference(), c.low(), c.high(), c.better(), c.worse(), c.pages());
            }
        }
        if (worst > 0) {
            for (ExtractionBenchmark.Result r : results) {
                out.println();
                out.println("lowest F1" + (all ? " (" + r.dataset().label() + ")" : "") + ":");
                List<PageResult> sorted = new ArrayList<>(r.pages());
                sorted.sort(Comparator.comparingDouble(p -> p.score().f1()));
                for (PageResult p : sorted.subList(0, Math.min(worst, sorted.size()))) {
                    out.printf(Locale.ROOT, "  %s  P %.3f  R %.3f  F1 %.3f%s%n", p.key(), p.score().precision(),
                            p.score().recall(), p.score().f1(), p.problem() == null ? "" : "  (" + p.problem() + ")");
                }
            }
        }
        return Main.EXIT_OK;
    }

    /** One row a data set. */
    private static void table(PrintStream out, List<ExtractionBenchmark.Result> results) {
        out.printf(Locale.ROOT, "%-12s %5s %7s %9s %7s %8s %7s %8s %8s %12s%n", "set", "pages", "skipped", "precision",
                "recall", "accuracy", "F1", "pages/s", "ms/page", "cpu ms/page");
        for (ExtractionBenchmark.Result r : results) {
            int pages = r.pages().size();
            out.printf(Locale.ROOT, "%-12s %5d %7d %9.4f %7.4f %8s %7.4f %8.1f %8.1f %12.1f%n", r.dataset().label(), pages,
                    r.skipped(), r.precision(), r.recall(), r.dataset().hasAccuracy()
                            ? String.format(Locale.ROOT, "%.4f", r.accuracy()) : "-",
                    r.f1(), pages / r.seconds(), 1000 * r.seconds() / pages, 1000 * r.cpuSeconds() / pages);
        }
    }

    /** One data set: its figures line by line, then the metadata found. */
    private static void details(PrintStream out, ExtractionBenchmark.Result result) {
        int pages = result.pages().size();
        out.printf(Locale.ROOT, "set         %s%n", result.dataset().label());
        out.printf(Locale.ROOT, "pages       %d%n", pages);
        out.printf(Locale.ROOT, "precision   %.4f%n", result.precision());
        out.printf(Locale.ROOT, "recall      %.4f%n", result.recall());
        if (result.dataset().hasAccuracy()) {
            out.printf(Locale.ROOT, "accuracy    %.4f%n", result.accuracy());
        }
        out.printf(Locale.ROOT, "F1          %.4f%n", result.f1());
        out.printf(Locale.ROOT, "speed       %.1f pages/s, %.1f ms a page (%.2f s for reading and extraction; "
                + "processor time %.1f ms a page)%n", pages / result.seconds(), 1000 * result.seconds() / pages,
                result.seconds(), 1000 * result.cpuSeconds() / pages);
        if (result.skipped() > 0) {
            out.printf(Locale.ROOT, "no article  %d page(s), listed below%n", result.skipped());
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
    }

    /**
     * Each page the loader skipped, by name with the loader's reason: a skipped page scores as an empty text,
     * and a count alone would hide which page lost everything and why.
     */
    private static void skippedPages(PrintStream out, List<ExtractionBenchmark.Result> results, boolean all) {
        for (ExtractionBenchmark.Result r : results) {
            List<PageResult> skipped = r.pages().stream().filter(p -> p.problem() != null).toList();
            if (skipped.isEmpty()) {
                continue;
            }
            out.println();
            out.println("skipped" + (all ? " (" + r.dataset().label() + ")" : "") + ", scored as an empty text:");
            skipped.forEach(p -> out.printf(Locale.ROOT, "  %s: %s%n", p.key(), p.problem()));
        }
    }

    private static Path scoresFile(Path dir, ExtractionDataset set, boolean mustExist) {
        Path file = dir.resolve(set.label() + ".tsv");
        if (mustExist && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist: save a run's scores there first with --save-scores "
                    + dir);
        }
        return file;
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create " + dir + ": " + e.getMessage());
        }
    }
}
