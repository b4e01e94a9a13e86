package io.storyline.evaluate;

import io.storyline.evaluate.rouge.Prf;
import io.storyline.evaluate.rouge.Rouge;
import io.storyline.evaluate.rouge.RougeConfig;
import io.storyline.evaluate.rouge.RougeCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * The timeline ROUGE variants of Martschat &amp; Markert 2017 ("Improving ROUGE for Timeline
 * Summarization", EACL), as their tilse toolkit computes them and as Martschat &amp; Markert 2018
 * and Ghalandari &amp; Ifrim 2020 report them, plus date F1. A timeline here is a map from date to
 * that date's sentences; the reference is one gold timeline.
 *
 * <ul>
 *   <li><b>concat</b>: all daily summaries of each timeline concatenated (in date order), then ROUGE.
 *   <li><b>agreement</b>: per date, ROUGE counts of the two daily summaries (an absent date is an
 *       empty summary); precision = sum of hits / sum of predicted n-grams over the predicted dates,
 *       recall = sum of hits / sum of reference n-grams over the reference dates.
 *   <li><b>align+ m:1</b> (align, date-content costs, many-to-one): every predicted date is mapped to
 *       the reference date of least cost, cost = (1 - 1/(|d - d'| + 1)) x (1 - F1 of unigram overlap
 *       of the raw whitespace tokens of the two daily summaries); precision = sum of hits weighted by
 *       1/(|d - d'| + 1) / sum of predicted n-grams. Recall maps every reference date to its
 *       least-cost predicted date the same way and divides by the reference n-grams.
 *   <li><b>date F1</b>: precision and recall of the set of predicted dates against the reference dates.
 * </ul>
 * F is the harmonic mean of the unrounded precision and recall. ROUGE counts come from {@link Rouge}
 * with tilse's settings, ROUGE-1.5.5 {@code -n 2 -m -s -f A} ({@link #rougeConfig()}).
 */
public final class TimelineMetrics {

    private final Rouge rouge;

    /** @param rouge a scorer with {@link #rougeConfig()} (or any other setting to experiment with) */
    public TimelineMetrics(Rouge rouge) {
        this.rouge = rouge;
    }

    /** tilse's ROUGE flags: bigrams, Porter stemming, stop words removed, references pooled. */
    public static RougeConfig rougeConfig() {
        return new RougeConfig(2, 0, 0, true, true, 0.5, RougeConfig.Models.AVERAGE, -1);
    }

    /** Every measure of one predicted timeline against one reference timeline. */
    public TimelineScore score(NavigableMap<LocalDate, List<String>> predicted,
                               NavigableMap<LocalDate, List<String>> reference) {
        Alignment alignment = Alignment.of(predicted, reference);
        return new TimelineScore(concat(predicted, reference, 1), concat(predicted, reference, 2),
                agreement(predicted, reference, 1), agreement(predicted, reference, 2),
                aligned(predicted, reference, alignment, 1), aligned(predicted, reference, alignment, 2),
                dates(predicted.keySet(), reference.keySet()));
    }

    public Prf concat(NavigableMap<LocalDate, List<String>> predicted,
                      NavigableMap<LocalDate, List<String>> reference, int n) {
        RougeCounts c = rouge.counts(all(predicted), List.of(all(reference)), n);
        return prf(c.hits(), c.peerGrams(), c.hits(), c.referenceGrams());
    }

    public Prf agreement(NavigableMap<LocalDate, List<String>> predicted,
                         NavigableMap<LocalDate, List<String>> reference, int n) {
        double precisionHits = 0;
        double precisionGrams = 0;
        double recallHits = 0;
        double recallGrams = 0;
        Set<LocalDate> dates = new TreeSet<>(predicted.keySet());
        dates.addAll(reference.keySet());
        for (LocalDate date : dates) {
            RougeCounts c = rouge.counts(predicted.getOrDefault(date, List.of()),
                    List.of(reference.getOrDefault(date, List.of())), n);
            if (predicted.containsKey(date)) {
                precisionHits += c.hits();
                precisionGrams += c.peerGrams();
            }
            if (reference.containsKey(date)) {
                recallHits += c.hits();
                recallGrams += c.referenceGrams();
            }
        }
        return prf(precisionHits, precisionGrams, recallHits, recallGrams);
    }

    /** align+ m:1: date-content costs, each date mapped to its least-cost date of the other timeline. */
    public Prf alignManyToOne(NavigableMap<LocalDate, List<String>> predicted,
                              NavigableMap<LocalDate, List<String>> reference, int n) {
        return aligned(predicted, reference, Alignment.of(predicted, reference), n);
    }

    private Prf aligned(NavigableMap<LocalDate, List<String>> predicted,
                        NavigableMap<LocalDate, List<String>> reference, Alignment alignment, int n) {
        double precisionHits = 0;
        double precisionGrams = 0;
        for (LocalDate p : predicted.keySet()) {
            LocalDate r = alignment.referenceOf().get(p);
            RougeCounts c = rouge.counts(predicted.get(p), List.of(r == null ? List.of() : reference.get(r)), n);
            precisionHits += r == null ? 0 : c.hits() * dateWeight(p, r);
            precisionGrams += c.peerGrams();
        }
        double recallHits = 0;
        double recallGrams = 0;
        for (LocalDate r : reference.keySet()) {
            LocalDate p = alignment.predictedOf().get(r);
            RougeCounts c = rouge.counts(p == null ? List.of() : predicted.get(p), List.of(reference.get(r)), n);
            recallHits += p == null ? 0 : c.hits() * dateWeight(p, r);
            recallGrams += c.referenceGrams();
        }
        return prf(precisionHits, precisionGrams, recallHits, recallGrams);
    }

    /** The many-to-one date mappings both ways, by date-content cost. */
    private record Alignment(Map<LocalDate, LocalDate> referenceOf, Map<LocalDate, LocalDate> predictedOf) {

        static Alignment of(NavigableMap<LocalDate, List<String>> predicted,
                            NavigableMap<LocalDate, List<String>> reference) {
            Map<LocalDate, Map<String, Integer>> predictedTokens = tokenCounts(predicted);
            Map<LocalDate, Map<String, Integer>> referenceTokens = tokenCounts(reference);
            List<LocalDate> predictedDates = new ArrayList<>(predicted.keySet());
            List<LocalDate> referenceDates = new ArrayList<>(reference.keySet());
            Map<LocalDate, LocalDate> referenceOf = new HashMap<>();
            for (LocalDate p : predictedDates) {
                LocalDate r = leastCost(p, referenceDates,
                        d -> approximateRouge1(predictedTokens.get(p), referenceTokens.get(d)));
                if (r != null) {
                    referenceOf.put(p, r);
                }
            }
            Map<LocalDate, LocalDate> predictedOf = new HashMap<>();
            for (LocalDate r : referenceDates) {
                LocalDate p = leastCost(r, predictedDates,
                        d -> approximateRouge1(predictedTokens.get(d), referenceTokens.get(r)));
                if (p != null) {
                    predictedOf.put(r, p);
                }
            }
            return new Alignment(referenceOf, predictedOf);
        }
    }

    /** Precision and recall of the predicted dates; F1 their harmonic mean. */
    public static Prf dates(Set<LocalDate> predicted, Set<LocalDate> reference) {
        Set<LocalDate> shared = new HashSet<>(predicted);
        shared.retainAll(reference);
        return prf(shared.size(), predicted.size(), shared.size(), reference.size());
    }

    /** The first date of {@code others} (ascending) with the least date-content cost from {@code date}. */
    private static LocalDate leastCost(LocalDate date, List<LocalDate> others,
                                       java.util.function.ToDoubleFunction<LocalDate> contentF1) {
        LocalDate best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (LocalDate other : others) {
            double cost = (1 - dateWeight(date, other)) * (1 - contentF1.applyAsDouble(other));
            if (cost < bestCost) {
                bestCost = cost;
                best = other;
            }
        }
        return best;
    }

    static double dateWeight(LocalDate a, LocalDate b) {
        return 1.0 / (Math.abs(a.toEpochDay() - b.toEpochDay()) + 1);
    }

    /** tilse's approximation of ROUGE-1 F1 for alignment costs: raw whitespace tokens, clipped matches. */
    static double approximateRouge1(Map<String, Integer> predicted, Map<String, Integer> reference) {
        long match = 0;
        for (Map.Entry<String, Integer> token : predicted.entrySet()) {
            match += Math.min(token.getValue(), reference.getOrDefault(token.getKey(), 0));
        }
        long predictedTotal = predicted.values().stream().mapToLong(Integer::longValue).sum();
        long referenceTotal = reference.values().stream().mapToLong(Integer::longValue).sum();
        double precision = predictedTotal == 0 ? 0 : (double) match / predictedTotal;
        double recall = referenceTotal == 0 ? 0 : (double) match / referenceTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<LocalDate, Map<String, Integer>> tokenCounts(NavigableMap<LocalDate, List<String>> timeline) {
        Map<LocalDate, Map<String, Integer>> counts = new HashMap<>();
        timeline.forEach((date, sentences) -> {
            Map<String, Integer> tokens = new HashMap<>();
            for (String sentence : sentences) {
                for (String token : sentence.strip().split("\\s+")) {
                    if (!token.isEmpty()) {
                        tokens.merge(token, 1, Integer::sum);
                    }
                }
            }
            counts.put(date, tokens);
        });
        return counts;
    }

    private static List<String> all(NavigableMap<LocalDate, List<String>> timeline) {
        List<String> sentences = new ArrayList<>();
        timeline.values().forEach(sentences::addAll);
        return sentences;
    }

    private static Prf prf(double precisionNumerator, double precisionDenominator,
                           double recallNumerator, double recallDenominator) {
        double precision = precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
        double recall = recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
        double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Prf(recall, precision, f);
    }
}
