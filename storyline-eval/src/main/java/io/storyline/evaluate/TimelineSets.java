package io.storyline.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Timeline17's figures per set (a topic as one outlet covered it, e.g. {@code bpoil_bbc}): the mean of
 * the set's gold timelines, so that a change can be judged set by set ("helps in 10 of the 15 sets")
 * rather than by a mean one large set can move. A run's sets are saved as a small tab-separated file
 * and a later run compares itself with it.
 */
public final class TimelineSets {

    /** One set's mean align+ m:1 ROUGE-1/2 F1, date F1 and concat ROUGE-1 F1 over its gold timelines. */
    public record SetScore(String set, int timelines, double align1, double align2, double dateF1, double concat1) {
    }

    /** How a run compares with a saved one: per measure, the sets better, worse and present in both. */
    public record Comparison(int shared, int align1Better, int align1Worse, int dateF1Better, int dateF1Worse) {
    }

    private static final String HEADER = "set\ttimelines\talign1\talign2\tdateF1\tconcat1";

    private TimelineSets() {
    }

    /** The sets of the rows, in the rows' order, each the mean of its gold timelines. */
    public static List<SetScore> of(List<TimelineBenchmark.Row> rows) {
        Map<String, List<TimelineScore>> bySet = new LinkedHashMap<>();
        for (TimelineBenchmark.Row row : rows) {
            bySet.computeIfAbsent(row.topic(), k -> new ArrayList<>()).add(row.score());
        }
        List<SetScore> sets = new ArrayList<>();
        bySet.forEach((set, scores) -> {
            TimelineScore mean = TimelineScore.mean(scores);
            sets.add(new SetScore(set, scores.size(), mean.align1().f(), mean.align2().f(), mean.dates().f(),
                    mean.concat1().f()));
        });
        return sets;
    }

    /** The mean of each measure over the sets (every set weighs the same, however many timelines it has). */
    public static SetScore mean(List<SetScore> sets) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("nothing to average");
        }
        double a1 = 0;
        double a2 = 0;
        double d = 0;
        double c1 = 0;
        int timelines = 0;
        for (SetScore s : sets) {
            a1 += s.align1();
            a2 += s.align2();
            d += s.dateF1();
            c1 += s.concat1();
            timelines += s.timelines();
        }
        int n = sets.size();
        return new SetScore("mean of sets", timelines, a1 / n, a2 / n, d / n, c1 / n);
    }

    /** Writes the sets as a tab-separated table with a header line. */
    public static void write(Path file, List<SetScore> sets) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (SetScore s : sets) {
            text.append(String.format(Locale.ROOT, "%s\t%d\t%.5f\t%.5f\t%.5f\t%.5f%n", s.set(), s.timelines(),
                    s.align1(), s.align2(), s.dateF1(), s.concat1()));
        }
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table {@link #write} wrote, by set name.
     *
     * @throws IllegalArgumentException naming the file and line when it is not such a table
     */
    public static Map<String, SetScore> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the baseline " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("the baseline " + file + " is not a table of Timeline17 sets "
                    + "(its first line must be: " + HEADER.replace('\t', ' ') + ")");
        }
        Map<String, SetScore> sets = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t");
            try {
                if (cells.length != 6) {
                    throw new NumberFormatException(cells.length + " columns instead of 6");
                }
                sets.put(cells[0], new SetScore(cells[0], Integer.parseInt(cells[1]), Double.parseDouble(cells[2]),
                        Double.parseDouble(cells[3]), Double.parseDouble(cells[4]), Double.parseDouble(cells[5])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the baseline " + file + " line " + (i + 1)
                        + " is not a set's scores: " + e.getMessage(), e);
            }
        }
        return sets;
    }

    /** Counts, over the sets present in both, those whose align+ ROUGE-1 and date F1 rose or fell. */
    public static Comparison compare(Map<String, SetScore> baseline, List<SetScore> current) {
        int shared = 0;
        int a1Better = 0;
        int a1Worse = 0;
        int dBetter = 0;
        int dWorse = 0;
        for (SetScore now : current) {
            SetScore before = baseline.get(now.set());
            if (before == null) {
                continue;
            }
            shared++;
            int a = Double.compare(round4(now.align1()), round4(before.align1()));
            int d = Double.compare(round4(now.dateF1()), round4(before.dateF1()));
            a1Better += a > 0 ? 1 : 0;
            a1Worse += a < 0 ? 1 : 0;
            dBetter += d > 0 ? 1 : 0;
            dWorse += d < 0 ? 1 : 0;
        }
        return new Comparison(shared, a1Better, a1Worse, dBetter, dWorse);
    }

    /** Differences below the printed precision are no change. */
    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
