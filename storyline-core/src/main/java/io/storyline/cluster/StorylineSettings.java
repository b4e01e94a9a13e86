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
 */
public record StorylineSettings(double linkThreshold, double mergeThreshold, int keyTerms, int candidates,
                                int graceDays, double decayDays, double undatedShare) {

    public StorylineSettings {
        if (!(linkThreshold > 0 && linkThreshold < 1) || !(mergeThreshold > 0 && mergeThreshold < 1)) {
            throw new IllegalArgumentException("storyline thresholds must lie strictly between 0 and 1");
        }
        if (keyTerms < 1 || candidates < 1 || graceDays < 0 || !(decayDays > 0)
                || !(undatedShare > 0 && undatedShare <= 1)) {
            throw new IllegalArgumentException(
                    "keyTerms, candidates and decayDays must be positive, graceDays at least 0, undatedShare in (0, 1]");
        }
    }

    /**
     * Link 0.15 and merge 0.15. Lower thresholds (link 0.12, merge 0.11, the best F1 on the tuning half
     * of the Timeline17 topics: bpoil, EgyptianProtest, H1N1, MJ) raised F1 on the other half (0.780 to
     * 0.856) but lowered its precision (0.948 to 0.917) and DUC 2004's storyline F1 (0.830 to 0.825):
     * they do not hold across sets, and two subjects run together mislead a reader more than one
     * split in two, so they were not kept (docs/BENCHMARKS.md).
     */
    public static StorylineSettings defaults() {
        return new StorylineSettings(0.15, 0.15, 12, 32, 60, 120, 0.35);
    }

    public StorylineSettings withLinkThreshold(double threshold) {
        return new StorylineSettings(threshold, mergeThreshold, keyTerms, candidates, graceDays, decayDays, undatedShare);
    }

    public StorylineSettings withMergeThreshold(double threshold) {
        return new StorylineSettings(linkThreshold, threshold, keyTerms, candidates, graceDays, decayDays, undatedShare);
    }
}
