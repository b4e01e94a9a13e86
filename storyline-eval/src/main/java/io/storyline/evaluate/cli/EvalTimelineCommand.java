package io.storyline.evaluate.cli;

import io.storyline.cli.Main;
import io.storyline.cli.Progress;
import io.storyline.cli.Terminal;
import io.storyline.evaluate.TimelineBenchmark;
import io.storyline.evaluate.TimelineBenchmark.Row;
import io.storyline.evaluate.TimelineScore;
import io.storyline.evaluate.TimelineSets;
import io.storyline.evaluate.TimelineSets.SetScore;
import io.storyline.evaluate.rouge.RougeLexicon;
import io.storyline.Storyline;
import io.storyline.render.OutputFormats;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline eval timeline}: timeline ROUGE and date F1 on Timeline17. */
@Command(name = "timeline",
        mixinStandardHelpOptions = true,
        description = {
            "Makes a timeline for every gold timeline of a benchmark set, with the gold timeline's number "
                + "of dates and mean sentences per date and the topic's keywords as the query, and prints "
                + "concat, agreement and align+ m:1 ROUGE-1/-2 F1 (Martschat & Markert 2017) and date F1, "
                + "per gold timeline, per set (topic folder) and on average.",
            "timeline17: a folder of topic folders, each with InputDocs/YYYY-MM-DD/, keywords.json and "
                + "timelines/*.txt.",
            "ROUGE as tilse runs it (-n 2 -m -s -f A): stemmed, SMART stop words removed (ROUGE's "
                + "smart_common_words.txt in -Dstoryline.rouge.data, else the SMART list of Debian's r-cran-tm, "
                + "which scripts/install-prerequisites extracts; else Storyline's own list, with a note)."})
final class EvalTimelineCommand implements Callable<Integer> {

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "timeline17.")
    String dataset;

    @Parameters(index = "0", paramLabel = "PATH", description = "The data set's folder.")
    Path path;

    @Option(names = "--topics", split = ",", paramLabel = "PREFIX",
            description = "Only the topics whose folder name starts with one of these (e.g. bpoil,H1N1), "
                + "for quick runs; the published figures are over every topic.")
    List<String> topics = List.of();

    @Option(names = "--save-sets", paramLabel = "FILE",
            description = "Also write the per-set table (tab-separated) to FILE, for a later --baseline.")
    Path saveSets;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A per-set table a previous run wrote with --save-sets: prints each set's change "
                + "and how many sets improved.")
    Path baseline;

    @Option(names = "--timelines", paramLabel = "DIR",
            description = "Also write each timeline made, as Markdown with its sources, to DIR/<set>/<timeline>.md.")
    Path timelinesDir;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    private final Terminal terminal;

    EvalTimelineCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!dataset.equalsIgnoreCase("timeline17")) {
            throw new io.storyline.cli.BadOption("unknown data set '" + dataset + "'; choose timeline17");
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + " is not a folder");
        }
        Map<String, SetScore> before = baseline == null ? null : TimelineSets.read(baseline);
        RougeLexicon lexicon = Lexicons.installed(terminal.stderr());
        if (lexicon.stopwords().isEmpty()) {
            terminal.stderr().println("storyline: note: the SMART stop-word list was not found "
                    + "(scripts/install-prerequisites installs it); using Storyline's own stop words for -s");
        }
        long started = System.nanoTime();
        List<Row> rows;
        try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Evaluating")) {
            rows = TimelineBenchmark.timeline17(path, topics, lexicon, progress::step);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no topic with gold timelines found in " + path
                    + (topics.isEmpty() ? "" : " matching --topics " + String.join(",", topics)));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print(rows, terminal.stdout());
        List<SetScore> sets = TimelineSets.of(rows);
        printSets(sets, before, terminal.stdout());
        if (timelinesDir != null) {
            writeTimelines(rows, timelinesDir);
        }
        if (saveSets != null) {
            TimelineSets.write(saveSets, sets);
        }
        terminal.stdout().printf(Locale.ROOT, "%n%d gold timelines in %d topics, %.1f s%n", rows.size(),
                rows.stream().map(Row::topic).distinct().count(), seconds);
        return Main.EXIT_OK;
    }

    private static void print(List<Row> rows, PrintStream out) {
        String header = String.format(Locale.ROOT, "%-36s %5s %3s %8s %8s %8s %8s %8s %8s %8s",
                "topic/timeline", "dates", "k", "concat1", "concat2", "agree1", "agree2", "align1", "align2",
                "dateF1");
        out.println(header);
        for (Row row : rows) {
            line(out, row.topic() + "/" + row.timeline().replaceFirst("\\.txt$", ""), row.dates(),
                    row.sentencesPerDate(), row.score());
        }
        TimelineScore mean = TimelineScore.mean(rows.stream().map(Row::score).toList());
        line(out, "average", rows.stream().mapToInt(Row::dates).sum() / rows.size(), 0, mean);
    }

    private static void writeTimelines(List<Row> rows, Path dir) {
        for (Row row : rows) {
            Path file = dir.resolve(row.topic()).resolve(row.timeline().replaceFirst("\\.txt$", "") + ".md");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, Storyline.render(row.made(), OutputFormats.MD));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static void printSets(List<SetScore> sets, Map<String, SetScore> before, PrintStream out) {
        out.printf(Locale.ROOT, "%nper set (mean of its gold timelines)%n");
        out.printf(Locale.ROOT, "%-24s %3s %8s %8s %8s %8s%s%n", "set", "tl", "align1", "align2", "dateF1",
                "concat1", before == null ? "" : String.format(Locale.ROOT, " %8s %8s", "d.align1", "d.dateF1"));
        for (SetScore s : sets) {
            String change = "";
            if (before != null) {
                SetScore was = before.get(s.set());
                change = was == null ? "      (not in baseline)" : String.format(Locale.ROOT, " %+8.4f %+8.4f",
                        delta(s.align1(), was.align1()), delta(s.dateF1(), was.dateF1()));
            }
            setLine(out, s, change);
        }
        SetScore mean = TimelineSets.mean(sets);
        String change = "";
        if (before != null && !before.isEmpty()) {
            SetScore was = TimelineSets.mean(List.copyOf(before.values()));
            change = String.format(Locale.ROOT, " %+8.4f %+8.4f", delta(mean.align1(), was.align1()),
                    delta(mean.dateF1(), was.dateF1()));
        }
        setLine(out, mean, change);
        if (before != null) {
            TimelineSets.Comparison c = TimelineSets.compare(before, sets);
            out.printf(Locale.ROOT, "against the baseline: align1 improved in %d of %d sets (worse in %d), "
                    + "date F1 improved in %d (worse in %d)%n", c.align1Better(), c.shared(), c.align1Worse(),
                    c.dateF1Better(), c.dateF1Worse());
        }
    }

    /** The change as printed: a change below the fourth decimal is none (never "-0.0000"). */
    private static double delta(double now, double before) {
        return Math.round((now - before) * 10_000) / 10_000.0 + 0.0;
    }

    private static void setLine(PrintStream out, SetScore s, String change) {
        String label = s.set().length() > 24 ? s.set().substring(0, 23) + "\u2026" : s.set();
        out.printf(Locale.ROOT, "%-24s %3d %8.4f %8.4f %8.4f %8.4f%s%n", label, s.timelines(), s.align1(),
                s.align2(), s.dateF1(), s.concat1(), change);
    }

    private static void line(PrintStream out, String name, int dates, int k, TimelineScore s) {
        String label = name.length() > 36 ? name.substring(0, 35) + "\u2026" : name;
        out.printf(Locale.ROOT, "%-36s %5d %3s %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f%n", label, dates,
                k == 0 ? "" : String.valueOf(k), s.concat1().f(), s.concat2().f(), s.agreement1().f(),
                s.agreement2().f(), s.align1().f(), s.align2().f(), s.dates().f());
    }
}
