package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.storyline.analyze.StopWords;
import io.storyline.evaluate.rouge.Prf;
import io.storyline.evaluate.rouge.Rouge;
import io.storyline.evaluate.rouge.RougeLexicon;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Small timelines whose scores were worked out by hand from the definitions of Martschat &amp;
 * Markert 2017 (see {@link TimelineMetrics}). Words are chosen so that stemming changes both sides
 * alike and none is a stop word.
 */
class TimelineMetricsTest {

    private static final LocalDate D1 = LocalDate.of(2010, 1, 1);
    private static final LocalDate D2 = LocalDate.of(2010, 1, 2);
    private static final LocalDate D3 = LocalDate.of(2010, 1, 3);

    private final TimelineMetrics metrics = new TimelineMetrics(new Rouge(TimelineMetrics.rougeConfig(),
            new RougeLexicon(Map.of(), StopWords.all())));

    private static NavigableMap<LocalDate, List<String>> timeline(Object... dateThenSentence) {
        NavigableMap<LocalDate, List<String>> t = new TreeMap<>();
        for (int i = 0; i < dateThenSentence.length; i += 2) {
            t.put((LocalDate) dateThenSentence[i], List.of((String) dateThenSentence[i + 1]));
        }
        return t;
    }

    private final NavigableMap<LocalDate, List<String>> predicted =
            timeline(D1, "storm hits coast", D3, "flood closes bridge");
    private final NavigableMap<LocalDate, List<String>> reference =
            timeline(D2, "storm hits coast", D3, "bridge reopens");

    private static void assertPrf(Prf prf, double precision, double recall) {
        assertThat(prf.precision()).as("precision").isCloseTo(precision, within(1e-9));
        assertThat(prf.recall()).as("recall").isCloseTo(recall, within(1e-9));
        assertThat(prf.f()).as("F1").isCloseTo(2 * precision * recall / (precision + recall), within(1e-9));
    }

    @Test
    void concatScoresTheWholeTimelinesAsOneSummary() {
        // 6 predicted words, 5 reference words, 4 shared (storm hits coast bridge)
        assertPrf(metrics.concat(predicted, reference, 1), 4.0 / 6, 4.0 / 5);
        // bigrams run across sentences: 5 predicted, 4 reference, shared "storm hits", "hits coast"
        assertPrf(metrics.concat(predicted, reference, 2), 2.0 / 5, 2.0 / 4);
    }

    @Test
    void agreementComparesOnlyTheSameDates() {
        // only 3 January is in both: 1 hit; precision over 3 + 3 predicted words, recall over 3 + 2
        assertPrf(metrics.agreement(predicted, reference, 1), 1.0 / 6, 1.0 / 5);
        assertThat(metrics.agreement(predicted, reference, 2).f()).isZero();
    }

    @Test
    void alignmentMapsEachDateToItsLeastCostDateAndDiscountsByDistance() {
        // precision: 1 Jan -> 2 Jan (3 hits x 1/2), 3 Jan -> 3 Jan (1 hit): 2.5 / 6
        // recall: 2 Jan -> 1 Jan (3 hits x 1/2), 3 Jan -> 3 Jan (1 hit): 2.5 / 5
        assertPrf(metrics.alignManyToOne(predicted, reference, 1), 2.5 / 6, 2.5 / 5);
        // bigrams: "storm hits", "hits coast" on the 1st/2nd pair, x 1/2; 2 + 2 predicted, 2 + 1 reference
        assertPrf(metrics.alignManyToOne(predicted, reference, 2), 1.0 / 4, 1.0 / 3);
    }

    @Test
    void manyToOneLetsSeveralDatesShareOneReferenceDate() {
        NavigableMap<LocalDate, List<String>> twice = timeline(D1, "storm hits coast", D3, "storm hits coast");
        NavigableMap<LocalDate, List<String>> once = timeline(D2, "storm hits coast");
        // both predicted dates map to 2 Jan at distance 1: (3/2 + 3/2) / 6; recall takes the first least-cost date
        assertPrf(metrics.alignManyToOne(twice, once, 1), 3.0 / 6, 1.5 / 3);
    }

    @Test
    void dateF1IsOverTheSetsOfDates() {
        assertPrf(TimelineMetrics.dates(predicted.keySet(), reference.keySet()), 0.5, 0.5);
        assertThat(TimelineMetrics.dates(java.util.Set.of(D1), java.util.Set.of(D2)).f()).isZero();
    }

    @Test
    void theWholeScoreAgreesWithTheSingleMeasures() {
        TimelineScore score = metrics.score(predicted, reference);
        assertThat(score.align1()).isEqualTo(metrics.alignManyToOne(predicted, reference, 1));
        assertThat(score.concat2()).isEqualTo(metrics.concat(predicted, reference, 2));
        assertThat(score.dates().f()).isCloseTo(0.5, within(1e-9));
        assertThat(TimelineScore.mean(List.of(score, score)).align1().f()).isCloseTo(score.align1().f(), within(1e-12));
    }

    @Test
    void alignmentCostsUseRawTokenOverlap() {
        assertThat(TimelineMetrics.approximateRouge1(Map.of("a", 2, "b", 1), Map.of("a", 1, "c", 1)))
                .isCloseTo(2 * (1.0 / 3) * (1.0 / 2) / (1.0 / 3 + 1.0 / 2), within(1e-12));
        assertThat(TimelineMetrics.dateWeight(D1, D3)).isCloseTo(1.0 / 3, within(1e-12));
    }
}
