package io.storyline.cluster;

/**
 * The knobs of the online story clusterer. {@link #defaults()} are the values measured in
 * docs/BENCHMARKS.md; the others exist so tests and experiments can move one at a time.
 *
 * @param joinThreshold      least time-weighted group-average similarity (mean cosine with the
 *                           story's members) for an article to join a story rather than start a new one
 * @param mergeThreshold     least time-weighted group-average similarity between two stories (mean
 *                           cosine over pairs of their members) for the consolidation to merge them
 * @param graceDays          a gap of up to this many days between an article and a story costs nothing
 * @param decayDays          beyond the grace, similarity decays as {@code exp(-(gap - grace) / decayDays)}
 * @param horizonDays        a story whose span is more than this many days away is no longer a candidate
 * @param consolidateEvery   consolidate after this many articles (and once at the end)
 * @param termsPerArticle    an article is represented by at most this many terms (its highest tf-idf)
 * @param keyTermsPerArticle how many of those look up candidate stories in the index
 * @param postingsPerTerm    an index entry keeps only this many stories (the most recent)
 * @param candidatesPerArticle at most this many candidate stories are compared in full
 * @param refinePasses       after the stream, at most this many passes move each article to its most
 *                           similar story; then stories are consolidated once more and refined again
 *                           (0: no refinement, the pure single-pass result)
 * @param leadSentences      the first this many sentences of an article's body count as much as its
 *                           title (0: the body counts evenly)
 * @param templateRepeats    a sentence (of at least eight words) that this many recent documents
 *                           already carried (the same words and numbers) is a template and left out (0: keep all)
 */
public record ClusterSettings(double joinThreshold, double mergeThreshold, int graceDays, double decayDays,
                              int horizonDays, int consolidateEvery, int termsPerArticle,
                              int keyTermsPerArticle, int postingsPerTerm, int candidatesPerArticle,
                              int refinePasses, int leadSentences, int templateRepeats) {

    public ClusterSettings {
        if (!(joinThreshold > 0 && joinThreshold < 1) || !(mergeThreshold > 0 && mergeThreshold < 1)) {
            throw new IllegalArgumentException("thresholds must lie strictly between 0 and 1");
        }
        if (graceDays < 0 || !(decayDays > 0) || horizonDays < graceDays) {
            throw new IllegalArgumentException("need 0 <= graceDays <= horizonDays and decayDays > 0");
        }
        if (consolidateEvery < 1 || termsPerArticle < 1 || keyTermsPerArticle < 1 || postingsPerTerm < 1
                || candidatesPerArticle < 1 || refinePasses < 0 || leadSentences < 0 || templateRepeats < 0) {
            throw new IllegalArgumentException(
                    "counts must be positive (refinePasses, leadSentences, templateRepeats: at least 0)");
        }
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(0.12, 0.15, 3, 10, 60, 500, 400, 12, 24, 32, 3, 2, 2);
    }

    public ClusterSettings withJoinThreshold(double threshold) {
        return new ClusterSettings(threshold, mergeThreshold, graceDays, decayDays, horizonDays, consolidateEvery,
                termsPerArticle, keyTermsPerArticle, postingsPerTerm, candidatesPerArticle, refinePasses,
                leadSentences, templateRepeats);
    }

    public ClusterSettings withMergeThreshold(double threshold) {
        return new ClusterSettings(joinThreshold, threshold, graceDays, decayDays, horizonDays, consolidateEvery,
                termsPerArticle, keyTermsPerArticle, postingsPerTerm, candidatesPerArticle, refinePasses,
                leadSentences, templateRepeats);
    }

    public ClusterSettings withConsolidateEvery(int articles) {
        return new ClusterSettings(joinThreshold, mergeThreshold, graceDays, decayDays, horizonDays, articles,
                termsPerArticle, keyTermsPerArticle, postingsPerTerm, candidatesPerArticle, refinePasses,
                leadSentences, templateRepeats);
    }

    public ClusterSettings withRefinePasses(int passes) {
        return new ClusterSettings(joinThreshold, mergeThreshold, graceDays, decayDays, horizonDays, consolidateEvery,
                termsPerArticle, keyTermsPerArticle, postingsPerTerm, candidatesPerArticle, passes,
                leadSentences, templateRepeats);
    }

    /** How much a gap of {@code days} between an article and a story leaves of their similarity. */
    double decay(int days) {
        return days <= graceDays ? 1.0 : Math.exp(-(days - graceDays) / decayDays);
    }
}
