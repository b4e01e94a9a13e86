package io.storyline.evaluate.rouge;

/**
 * The raw counts behind one ROUGE-N score, as ROUGE-1.5.5 prints them with {@code -t 2}
 * ({@code M_count}, {@code P_count}, {@code H_count}): measures that pool counts over several
 * comparisons, such as the timeline metrics, need these rather than ratios.
 *
 * @param hits           clipped n-gram matches ({@code H_count})
 * @param referenceGrams n-grams in the references ({@code M_count}), the recall denominator
 * @param peerGrams      n-grams in the peer, once per reference ({@code P_count}), the precision denominator
 */
public record RougeCounts(long hits, long referenceGrams, long peerGrams) {
}
