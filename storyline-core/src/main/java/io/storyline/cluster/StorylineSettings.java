package io.storyline.cluster;

/**
 * The knobs of linking events into storylines ({@link StorylineLinker}). {@link #defaults()} are the
 * values tuned on part of the Timeline17 topics and confirmed on the rest (docs/BENCHMARKS.md).
 *
 * @param linkThreshold  least cosine between an event's centroid and a storyline's (the sum of its
 *                       events' centroids) for the event to join that storyline rather than start one
 * @param mergeThreshold least cosine between two storylines' centroids for them to be merged as one
 * @param keyTerms       how many of an event's heaviest terms look up candidate storylines
 * @param candidates     at most this many candidate storylines are compared in full
 * @param graceDays      a gap of up to this many days between an event and a storyline costs nothing
 * @param decayDays      beyond the grace, similarity decays as {@code exp(-(gap - grace) / decayDays)}
 * @param undatedShare   the share of its similarity an event keeps when it or the storyline is undated
 * @param nameFloor      least cosine between two storylines' distinctive names (people, places,
 *                       organisations, weighted by rarity) for them to be merged, when both have any
 */
public record StorylineSettings(double linkThreshold, double mergeThreshold, int keyTerms, int candidates,
                                int graceDays, double decayDays, double undatedShare, double nameFloor) {

    public StorylineSettings {
        if (!(linkThreshold > 0 && linkThreshold < 1) || !(mergeThreshold > 0 && mergeThreshold < 1)) {
            throw new IllegalArgumentException("storyline thresholds must lie strictly between 0 and 1");
        }
        if (keyTerms < 1 || candidates < 1 || graceDays < 0 || !(decayDays > 0)
                || !(undatedShare > 0 && undatedShare <= 1) || !(nameFloor >= 0 && nameFloor < 1)) {
            throw new IllegalArgumentException("keyTerms, candidates and decayDays must be positive, graceDays at "
                    + "least 0, undatedShare in (0, 1], nameFloor in [0, 1)");
        }
    }

    /**
     * Link 0.09, merge 0.09, undated share 0.25, name floor 0.1, chosen on half the Timeline17 topics
     * (bpoil, EgyptianProtest, H1N1, MJ, with DUC 2004) and confirmed on the other half (Finan,
     * IraqWar, SyrianCrisis, haiti; docs/BENCHMARKS.md). Without the name floor, thresholds this low
     * chain the oil spill, swine flu and Michael Jackson storylines into one through a merge of two
     * storylines with no distinctive name in common (and the Egyptian protests with the Syrian crisis):
     * so session 8 kept 0.15 and lost recall. An undated event needs more in common (0.25 of its
     * similarity) than before (0.35), since its time says nothing for it.
     */
    public static StorylineSettings defaults() {
        return new StorylineSettings(0.09, 0.09, 12, 32, 60, 120, 0.25, 0.1);
    }

    public StorylineSettings withLinkThreshold(double threshold) {
        return new StorylineSettings(threshold, mergeThreshold, keyTerms, candidates, graceDays, decayDays, undatedShare,
                nameFloor);
    }

    public StorylineSettings withMergeThreshold(double threshold) {
        return new StorylineSettings(linkThreshold, threshold, keyTerms, candidates, graceDays, decayDays, undatedShare,
                nameFloor);
    }

    public StorylineSettings withNameFloor(double floor) {
        return new StorylineSettings(linkThreshold, mergeThreshold, keyTerms, candidates, graceDays, decayDays,
                undatedShare, floor);
    }
}
