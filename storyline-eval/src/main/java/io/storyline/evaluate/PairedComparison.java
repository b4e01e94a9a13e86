package io.storyline.evaluate;

import io.storyline.evaluate.SummaryBenchmark.Row;
import io.storyline.evaluate.rouge.Bootstrap;
import io.storyline.evaluate.rouge.RougeScore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Whether one system beats another on a benchmark by more than the draw of its clusters: the mean
 * of the per-cluster differences, a 95% interval for it from a paired bootstrap over the clusters
 * (Koehn 2004, "Statistical Significance Tests for Machine Translation Evaluation"; the percentile
 * interval ROUGE-1.5.5's {@code -c 95} reports for a single system), and how many clusters go each
 * way. On DUC 2004's 25 clusters a change that alters many summaries moves single clusters by several
 * points, so a difference of a few tenths is often inside the interval.
 *
 * @param first    the system whose score the differences start from
 * @param second   the system subtracted
 * @param clusters the clusters both systems were scored on
 * @param measures one line per measure, in the order asked for
 */
public record PairedComparison(String first, String second, int clusters, List<Measure> measures) {

    /** The resamples drawn, as ROUGE-1.5.5's {@code -r 1000}. */
    public static final int RESAMPLES = 1000;

    /**
     * One measure's comparison, as fractions (0.0041 for 0.41 ROUGE points).
     *
     * @param low  the 2.5th percentile of the resampled mean differences
     * @param high the 97.5th percentile
     */
    public record Measure(String name, double meanDifference, double low, double high,
                          int better, int worse, int same) {

        /** Whether the whole interval lies on one side of zero. */
        public boolean clear() {
            return low > 0 || high < 0;
        }
    }

    /**
     * Compares {@code first} with {@code second} on the clusters both were scored on.
     *
     * @param names    what to call each measure
     * @param measures each measure's value in a cluster's score
     */
    public static PairedComparison of(Row first, Row second, List<String> names,
                                      List<ToDoubleFunction<RougeScore>> measures) {
        List<String> common = first.perCluster().keySet().stream()
                .filter(second.perCluster()::containsKey).sorted().toList();
        if (common.isEmpty()) {
            throw new IllegalArgumentException(first.system() + " and " + second.system() + " share no cluster");
        }
        List<Measure> lines = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            ToDoubleFunction<RougeScore> measure = measures.get(m);
            double[] differences = common.stream().mapToDouble(c -> measure.applyAsDouble(first.perCluster().get(c))
                    - measure.applyAsDouble(second.perCluster().get(c))).toArray();
            lines.add(measure(names.get(m), differences));
        }
        return new PairedComparison(first.system(), second.system(), common.size(), lines);
    }

    private static Measure measure(String name, double[] differences) {
        int n = differences.length;
        double[] means = Bootstrap.resampleMeans(differences, RESAMPLES);
        int better = 0;
        int worse = 0;
        double total = 0;
        for (double d : differences) {
            total += d;
            // ROUGE's scores carry five decimals: anything smaller is the same score
            if (d > 5e-6) {
                better++;
            } else if (d < -5e-6) {
                worse++;
            }
        }
        return new Measure(name, total / n, means[(int) (RESAMPLES * 0.025)], means[(int) (RESAMPLES * 0.975) - 1],
                better, worse, n - better - worse);
    }
}
