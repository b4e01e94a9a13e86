package io.storyline.evaluate.rouge;

import io.storyline.analyze.PorterStemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * ROUGE (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries") computed the way the
 * official ROUGE-1.5.5 script computes it, so that its figures can be compared with published ones:
 * same tokenization and truncation, the script's Porter stemmer, clipped n-gram counts pooled over
 * references ({@code -f A}) or the best reference ({@code -f B}), summary-level union LCS, and
 * every ratio rounded to five decimals where the script rounds it.
 *
 * <p>Score one summary with {@link #score}; average per-cluster scores with {@link #mean}, as the
 * script does with {@code -t 0} (the point estimate; its bootstrap confidence interval is not
 * computed). Instances are immutable and thread-safe.
 */
public final class Rouge {

    private final RougeConfig config;
    private final SummaryTokenizer tokenizer;

    /** ROUGE with Porter stemming only (no WordNet exception list, no stop words). */
    public Rouge(RougeConfig config) {
        this(config, RougeLexicon.none());
    }

    /**
     * ROUGE with the script's word lists; pass {@link RougeLexicon#load} of a ROUGE data directory
     * to match figures computed with a complete ROUGE-1.5.5 installation.
     *
     * @throws IllegalArgumentException when stop-word removal is asked for but the lexicon has none
     */
    public Rouge(RougeConfig config, RougeLexicon lexicon) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.removeStopwords() && lexicon.stopwords().isEmpty()) {
            throw new IllegalArgumentException("stop-word removal (-s) needs a lexicon with the SMART stop words");
        }
        this.tokenizer = new SummaryTokenizer(config, new PorterStemmer(), lexicon.stopwords(),
                lexicon.irregularForms());
    }

    public RougeConfig config() {
        return config;
    }

    /** What each summary sentence matches in the references, and which reference bigrams it missed. */
    public RougeExplanation explain(List<String> peerSentences, List<List<String>> referenceSummaries) {
        return RougeExplanation.of(tokenizer, peerSentences, referenceSummaries);
    }

    /**
     * Scores one peer summary against its references.
     *
     * @param peerSentences      the summary under evaluation, one sentence per element
     * @param referenceSummaries the human references, each one sentence per element; at least one
     * @return ROUGE-1..N, ROUGE-L and ROUGE-SU recall, precision and F
     */
    public RougeScore score(List<String> peerSentences, List<List<String>> referenceSummaries) {
        if (referenceSummaries.isEmpty()) {
            throw new IllegalArgumentException("at least one reference summary is needed");
        }
        List<String> peerWords = tokenizer.tokens(peerSentences);
        List<List<String>> peerUnits = tokenizer.sentenceTokens(peerSentences);
        List<List<String>> referenceWords = new ArrayList<>();
        for (List<String> reference : referenceSummaries) {
            referenceWords.add(tokenizer.tokens(reference));
        }

        List<Prf> rougeN = new ArrayList<>();
        for (int n = 1; n <= config.maxN(); n++) {
            GramCounts peer = GramCounts.nGrams(peerWords, n);
            Pooled pooled = new Pooled();
            for (List<String> reference : referenceWords) {
                GramCounts model = GramCounts.nGrams(reference, n);
                pooled.add(model.hitsAgainst(peer), model.total(), peer.total(), roundedRecall(model, peer));
            }
            rougeN.add(pooled.score());
        }

        GramCounts peerSkips = GramCounts.skipBigramsWithUnigrams(peerWords, config.skipDistance());
        Pooled su = new Pooled();
        for (List<String> reference : referenceWords) {
            GramCounts model = GramCounts.skipBigramsWithUnigrams(reference, config.skipDistance());
            su.add(model.hitsAgainst(peerSkips), model.total(), peerSkips.total(), roundedRecall(model, peerSkips));
        }

        Pooled lcs = new Pooled();
        for (int r = 0; r < referenceSummaries.size(); r++) {
            List<List<String>> units = tokenizer.sentenceTokens(referenceSummaries.get(r));
            long hits = SummaryLcs.hits(units, peerUnits, referenceWords.get(r), peerWords);
            long base = SummaryLcs.words(units);
            lcs.add(hits, base, peerWords.size(), base > 0 ? (double) hits / base : 0);
        }
        return new RougeScore(rougeN, lcs.score(), su.score());
    }

    /**
     * The raw ROUGE-N counts of a peer against its references, pooled over the references as
     * {@code -f A} pools them (the script's {@code -t 2} output). An empty peer or reference simply
     * contributes no n-grams.
     */
    public RougeCounts counts(List<String> peerSentences, List<List<String>> referenceSummaries, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        GramCounts peer = GramCounts.nGrams(tokenizer.tokens(peerSentences), n);
        long hits = 0;
        long reference = 0;
        long peerTotal = 0;
        for (List<String> summary : referenceSummaries) {
            GramCounts model = GramCounts.nGrams(tokenizer.tokens(summary), n);
            hits += model.hitsAgainst(peer);
            reference += model.total();
            peerTotal += peer.total();
        }
        return new RougeCounts(hits, reference, peerTotal);
    }

    /**
     * Mean of per-summary scores, each of recall, precision and F averaged separately and rounded to
     * five decimals: the script's system score over its evaluations with {@code -t 0}.
     */
    public static RougeScore mean(List<RougeScore> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("nothing to average");
        }
        int maxN = scores.get(0).rougeN().size();
        List<Prf> rougeN = new ArrayList<>();
        for (int n = 1; n <= maxN; n++) {
            int order = n;
            rougeN.add(meanOf(scores, s -> s.rougeN(order)));
        }
        return new RougeScore(rougeN, meanOf(scores, RougeScore::rougeL), meanOf(scores, RougeScore::rougeSU));
    }

    /**
     * The system average exactly as ROUGE-1.5.5 prints it ("Average_R" etc.): the mean of the
     * bootstrap resample means ({@code -r}, 1000 by default), which differs from {@link #mean} in the
     * third or fourth decimal. Only needed to compare with published figures.
     *
     * @param scores    per-summary scores ordered as the script orders its evaluations: by
     *                  {@code "<evalId>.<system>"} as strings (for DUC, the cluster ids in order)
     * @param resamples the {@code -r} value
     */
    public static RougeScore reportedMean(List<RougeScore> scores, int resamples) {
        if (scores.isEmpty() || resamples < 1) {
            throw new IllegalArgumentException("need scores and at least one resample");
        }
        int maxN = scores.get(0).rougeN().size();
        List<Prf> rougeN = new ArrayList<>();
        for (int n = 1; n <= maxN; n++) {
            int order = n;
            rougeN.add(resampled(scores, s -> s.rougeN(order), resamples));
        }
        return new RougeScore(rougeN, resampled(scores, RougeScore::rougeL, resamples),
                resampled(scores, RougeScore::rougeSU, resamples));
    }

    private static Prf resampled(List<RougeScore> scores, Function<RougeScore, Prf> measure, int resamples) {
        double[] recall = scores.stream().mapToDouble(s -> measure.apply(s).recall()).toArray();
        double[] precision = scores.stream().mapToDouble(s -> measure.apply(s).precision()).toArray();
        double[] f = scores.stream().mapToDouble(s -> measure.apply(s).f()).toArray();
        return new Prf(Bootstrap.resampledMean(recall, resamples), Bootstrap.resampledMean(precision, resamples),
                Bootstrap.resampledMean(f, resamples));
    }

    private static Prf meanOf(List<RougeScore> scores, Function<RougeScore, Prf> measure) {
        return new Prf(average(scores, s -> measure.apply(s).recall()),
                average(scores, s -> measure.apply(s).precision()),
                average(scores, s -> measure.apply(s).f()));
    }

    private static double average(List<RougeScore> scores, ToDoubleFunction<RougeScore> value) {
        double sum = 0;
        for (RougeScore score : scores) {
            sum += value.applyAsDouble(score);
        }
        return Decimals.round5(sum / scores.size());
    }

    /** Per-reference recall as {@code -f B} compares it: rounded, 0 for an empty reference. */
    private static double roundedRecall(GramCounts model, GramCounts peer) {
        return model.total() != 0 ? Decimals.round5((double) model.hitsAgainst(peer) / model.total()) : 0;
    }

    /** Combines one measure's counts over the references according to {@code -f}. */
    private final class Pooled {
        private long hits;
        private long referenceCount;
        private long peerCount;
        private double best = -1;

        void add(long referenceHits, long referenceTotal, long peerTotal, double recall) {
            if (config.models() == RougeConfig.Models.AVERAGE) {
                hits += referenceHits;
                referenceCount += referenceTotal;
                peerCount += peerTotal;
            } else if (recall > best) {
                best = recall;
                hits = referenceHits;
                referenceCount = referenceTotal;
                peerCount = peerTotal;
            }
        }

        Prf score() {
            return Prf.of(hits, referenceCount, peerCount, config.alpha());
        }
    }
}
