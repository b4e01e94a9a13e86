package io.storyline.evaluate;

import io.storyline.evaluate.rouge.Prf;
import java.util.List;
import java.util.function.Function;

/** The timeline measures of one predicted timeline against one gold timeline ({@link TimelineMetrics}). */
public record TimelineScore(Prf concat1, Prf concat2, Prf agreement1, Prf agreement2, Prf align1, Prf align2,
                            Prf dates) {

    /** The mean of each precision, recall and F over the scores. */
    public static TimelineScore mean(List<TimelineScore> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("nothing to average");
        }
        return new TimelineScore(mean(scores, TimelineScore::concat1), mean(scores, TimelineScore::concat2),
                mean(scores, TimelineScore::agreement1), mean(scores, TimelineScore::agreement2),
                mean(scores, TimelineScore::align1), mean(scores, TimelineScore::align2),
                mean(scores, TimelineScore::dates));
    }

    private static Prf mean(List<TimelineScore> scores, Function<TimelineScore, Prf> measure) {
        double r = 0;
        double p = 0;
        double f = 0;
        for (TimelineScore s : scores) {
            r += measure.apply(s).recall();
            p += measure.apply(s).precision();
            f += measure.apply(s).f();
        }
        int n = scores.size();
        return new Prf(r / n, p / n, f / n);
    }
}
