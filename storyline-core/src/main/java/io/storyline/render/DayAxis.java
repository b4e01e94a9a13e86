package io.storyline.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where days stand on the timeline picture's axis. Days are spaced by the time between them, except
 * that a stretch with no day in it that would take more than half the axis is cut short and marked as a
 * break: a story of four days in April that also refers back to a day in March would otherwise spend 90%
 * of the picture on empty weeks and squeeze its own days, and their labels, into the last tenth.
 * The server's web page draws its picture by the same rule (story.js, {@code dayAxis}).
 */
final class DayAxis {

    /** A stretch shorter than this is never cut: a week is read as a week. */
    static final int MIN_BREAK_DAYS = 8;
    /** The share of the axis a stretch must take to be cut. */
    static final double BREAK_SHARE = 0.5;
    /** What a cut stretch keeps, as a share of the rest of the axis (and never under two days). */
    static final double BREAK_WIDTH = 0.15;

    /** A cut stretch: the days it lies between, as fractions of the axis, and how many days it spans. */
    record Break(double from, double to, long days) {
        double middle() {
            return (from + to) / 2;
        }
    }

    private final long[] days;
    private final double[] at;
    private final double dayWidth;
    private final List<Break> breaks = new ArrayList<>();

    private DayAxis(long[] days, double[] at, double dayWidth) {
        this.days = days;
        this.at = at;
        this.dayWidth = dayWidth;
    }

    /** The axis through these days (any order, repeats allowed; at least one). */
    static DayAxis of(List<LocalDate> dates) {
        SortedSet<Long> sorted = new TreeSet<>();
        dates.forEach(d -> sorted.add(d.toEpochDay()));
        long[] days = sorted.stream().mapToLong(Long::longValue).toArray();
        int gaps = Math.max(0, days.length - 1);
        boolean[] cut = new boolean[gaps];
        // cut the longest stretch while it takes more than half of what the axis would be without it cut
        while (true) {
            int longest = -1;
            double kept = keptWidth(days, cut);
            for (int g = 0; g < gaps; g++) {
                long gap = days[g + 1] - days[g];
                if (!cut[g] && gap >= MIN_BREAK_DAYS && (longest < 0 || gap > days[longest + 1] - days[longest])) {
                    longest = g;
                }
            }
            if (longest < 0) {
                break;
            }
            long gap = days[longest + 1] - days[longest];
            double total = kept + breakCount(cut) * breakWidth(kept);
            if (gap <= BREAK_SHARE * total) {
                break;
            }
            cut[longest] = true;
        }
        double kept = keptWidth(days, cut);
        double breakWidth = breakWidth(kept);
        double[] position = new double[days.length];
        for (int g = 0; g < gaps; g++) {
            position[g + 1] = position[g] + (cut[g] ? breakWidth : days[g + 1] - days[g]);
        }
        double span = days.length > 1 ? position[days.length - 1] : 0;
        double[] at = new double[days.length];
        for (int d = 0; d < days.length; d++) {
            at[d] = span == 0 ? 0.5 : position[d] / span;
        }
        DayAxis axis = new DayAxis(days, at, span == 0 ? 1 : 1 / (span + 1));
        for (int g = 0; g < gaps; g++) {
            if (cut[g]) {
                axis.breaks.add(new Break(at[g], at[g + 1], days[g + 1] - days[g]));
            }
        }
        return axis;
    }

    private static double keptWidth(long[] days, boolean[] cut) {
        double kept = 0;
        for (int g = 0; g < cut.length; g++) {
            kept += cut[g] ? 0 : days[g + 1] - days[g];
        }
        return kept;
    }

    private static int breakCount(boolean[] cut) {
        int n = 0;
        for (boolean c : cut) {
            n += c ? 1 : 0;
        }
        return n;
    }

    private static double breakWidth(double kept) {
        return Math.max(2, BREAK_WIDTH * kept);
    }

    /** Where a day of the axis stands, from 0 (the first day) to 1 (the last); 0.5 when there is one day. */
    double at(LocalDate date) {
        long day = date.toEpochDay();
        int index = java.util.Arrays.binarySearch(days, day);
        if (index >= 0) {
            return at[index];
        }
        throw new IllegalArgumentException(date + " is not a day of this axis");
    }

    /** The stretches cut short, in order. */
    List<Break> breaks() {
        return breaks;
    }

    /** The room one day takes where the axis is not cut, as a fraction of the axis (for the width of a bar). */
    double dayWidth() {
        return dayWidth;
    }
}
