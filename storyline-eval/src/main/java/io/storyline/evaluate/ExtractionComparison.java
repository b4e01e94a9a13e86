package io.storyline.evaluate;

import io.storyline.evaluate.rouge.Bootstrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether one extraction run beats an earlier one on the same pages by more than the draw of the pages:
 * the difference of the set's F1, and a 95% percentile interval for it from a paired bootstrap over the
 * pages (Koehn 2004, "Statistical Significance Tests for Machine Translation Evaluation"): each resample
 * draws pages with replacement, both runs are scored on the same draw, F1 is recomputed from the summed
 * counts. The draws are {@link Bootstrap#draws}, so the interval is the same on every run.
 *
 * @param pages  pages both runs scored
 * @param better pages whose own F1 rose
 * @param worse  pages whose own F1 fell
 */
public record ExtractionComparison(int pages, double difference, double low, double high, int better, int worse) {

    public static final int RESAMPLES = 1000;

    /** Compares {@code now} with {@code before}, page by page (pages missing from either are left out). */
    public static ExtractionComparison of(Map<String, PageScore> now, Map<String, PageScore> before) {
        List<String> keys = now.keySet().stream().filter(before::containsKey).sorted().toList();
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the two runs share no page");
        }
        PageScore[] a = keys.stream().map(now::get).toArray(PageScore[]::new);
        PageScore[] b = keys.stream().map(before::get).toArray(PageScore[]::new);
        int n = keys.size();
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        double[] interval = Bootstrap.interval(n, RESAMPLES, draw -> f1(a, draw) - f1(b, draw));
        int better = 0;
        int worse = 0;
        for (int i = 0; i < n; i++) {
            double d = a[i].f1() - b[i].f1();
            better += d > 1e-9 ? 1 : 0;
            worse += d < -1e-9 ? 1 : 0;
        }
        return new ExtractionComparison(n, f1(a, all) - f1(b, all), interval[0], interval[1], better, worse);
    }

    /** F1 from the summed counts of the drawn pages. */
    static double f1(PageScore[] scores, int[] draw) {
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (int i : draw) {
            tp += scores[i].tp();
            fp += scores[i].fp();
            fn += scores[i].fn();
        }
        double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Writes each page's counts, one tab-separated line a page: key, TP, FP, FN, TN. */
    public static void save(ExtractionBenchmark.Result result, Path file) {
        List<String> lines = new ArrayList<>();
        for (ExtractionBenchmark.PageResult p : result.pages()) {
            PageScore s = p.score();
            lines.add(String.format(Locale.ROOT, "%s\t%.17g\t%.17g\t%.17g\t%.17g", p.key().replace('\t', ' '),
                    s.tp(), s.fp(), s.fn(), s.tn()));
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads what {@link #save} wrote; a line of another form is an error naming the file and line. */
    public static Map<String, PageScore> load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, PageScore> scores = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            try {
                if (f.length != 5) {
                    throw new NumberFormatException();
                }
                scores.put(f[0], new PageScore(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected key, TP, FP, FN, TN separated by tabs (as --save-scores writes)");
            }
        }
        return scores;
    }

    /** Per-page scores of a run, by key. */
    public static Map<String, PageScore> of(ExtractionBenchmark.Result result) {
        Map<String, PageScore> scores = new LinkedHashMap<>();
        result.pages().forEach(p -> scores.put(p.key(), p.score()));
        return scores;
    }
}
