package io.storyline.evaluate.rouge;

import java.util.Arrays;

/**
 * The bootstrap of ROUGE-1.5.5's averaging: the "Average_R/P/F" it prints is not the plain mean of
 * the per-summary scores but the mean of its resample means. The same draws serve the paired
 * comparison of two systems ({@link io.storyline.evaluate.PairedComparison}). Resample
 * {@code i} draws with Perl's {@code srand(i)} and {@code rand}, the 48-bit linear congruential
 * generator of POSIX {@code drand48} (multiplier 0x5DEECE66D, increment 11, seeded as
 * {@code seed << 16 | 0x330E}), which Perl has used on every platform since 5.20 and glibc before.
 */
public final class Bootstrap {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long INCREMENT = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private Bootstrap() {
    }

    /**
     * Mean of {@code resamples} bootstrap means of {@code values}, rounded to five decimals.
     *
     * @param values per-summary scores in the script's instance order (evaluation ids sorted as strings)
     */
    static double resampledMean(double[] values, int resamples) {
        double total = 0;
        for (double mean : resampleMeans(values, resamples)) {
            total += mean;
        }
        return Decimals.round5(total / resamples);
    }

    /**
     * The means of {@code resamples} bootstrap resamples of {@code values} (resample {@code i} drawn
     * as {@link #draws}{@code (i, n)}), in ascending order.
     */
    public static double[] resampleMeans(double[] values, int resamples) {
        int n = values.length;
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int index : draws(r, n)) {
                sum += values[index];
            }
            means[r] = n > 0 ? sum / n : 0;
        }
        Arrays.sort(means);
        return means;
    }

    /**
     * A 95% percentile interval for a paired difference between two runs over the same units (Koehn
     * 2004's paired bootstrap): {@code difference} of each resample's drawn units ({@link #draws}), its
     * 2.5th and 97.5th percentiles. The statistic is computed over the drawn units together, so a pooled
     * ratio (an F1 of summed counts, B-cubed over the drawn stories' articles) is resampled as such.
     *
     * @return the low and high ends
     */
    public static double[] interval(int units, int resamples, java.util.function.ToDoubleFunction<int[]> difference) {
        double[] differences = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            differences[r] = difference.applyAsDouble(draws(r, units));
        }
        Arrays.sort(differences);
        return new double[] {differences[(int) (resamples * 0.025)], differences[(int) (resamples * 0.975) - 1]};
    }

    /** The {@code n} indexes Perl's {@code srand(seed); int(rand(n))} draws, {@code n} times. */
    public static int[] draws(int seed, int n) {
        long state = (((long) seed & 0xFFFFFFFFL) << 16) | 0x330EL;
        int[] indexes = new int[n];
        for (int k = 0; k < n; k++) {
            state = (state * MULTIPLIER + INCREMENT) & MASK;
            indexes[k] = (int) (n * Math.scalb((double) state, -48));
        }
        return indexes;
    }
}
