package io.storyline.cluster;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The time span of a storyline, robust to a stray date: a date further than {@value #MIN_FENCE_DAYS}
 * days (or three interquartile ranges, when that is more) outside the middle half of the storyline's
 * dates (Tukey's fences, widened) is left out, so one article dated decades away (a wrong year in
 * its metadata, an archive piece) does not stretch the span over decades. The days undated articles
 * are given from their text ({@link InferredDays}) widen the span within the same fences; the fences
 * stand on publication dates alone, and only those count as left out.
 *
 * @param first       the earliest date kept, or null when none is dated
 * @param last        the latest date kept, or null when none is dated
 * @param outsideSpan how many dates were left out
 */
record StorylineSpan(LocalDate first, LocalDate last, int outsideSpan) {

    static final int MIN_FENCE_DAYS = 365;

    /** @param days the epoch days of the storyline's dated articles, in any order */
    static StorylineSpan of(long[] days) {
        return of(days, new long[0]);
    }

    /**
     * @param days     the epoch days of the storyline's dated articles, in any order
     * @param inferred the epoch days its undated articles are given from their text, in any order
     */
    static StorylineSpan of(long[] days, long[] inferred) {
        if (days.length == 0) {
            return new StorylineSpan(null, null, 0);
        }
        long[] sorted = days.clone();
        Arrays.sort(sorted);
        long q1 = sorted[(sorted.length - 1) / 4];
        long q3 = sorted[(3 * (sorted.length - 1) + 3) / 4];
        long fence = Math.max(MIN_FENCE_DAYS, 3 * (q3 - q1));
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int outside = 0;
        for (long day : sorted) {
            if (day < q1 - fence || day > q3 + fence) {
                outside++;
            } else {
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        for (long day : inferred) {
            if (day >= q1 - fence && day <= q3 + fence) {
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        return new StorylineSpan(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last), outside);
    }
}
