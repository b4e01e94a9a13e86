package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * A share of a story word's weight for its second mention in the summary. ROUGE counts a word as
 * often as a reference uses it, and a reference names the story's main people, places and things
 * more than once; concept coverage counts a word once ({@link ConceptWeights}), so without this a
 * summary gains nothing by naming the story's subject again rather than a side detail.
 *
 * <p>Only the second mention earns: with the word's own concept (its first mention) a word is
 * worth w, then w + share x w, then no more, which is concave in the number of mentions, so the
 * sum with concept coverage stays submodular and {@link CoverageSearch}'s bound stays valid.
 *
 * <p>Measured and left out: the same reward for a bigram's second mention (references repeat
 * phrases as well as words; a fifth of the bigram's weight, chosen on Multi-News validation 1-300
 * and train 1-1000, R-2 +0.08 and +0.07) held on neither the held-out Multi-News validation clusters
 * (301-2000: R-2 -0.03) nor DUC 2004 (R-2 -0.16, beyond its interval).
 */
final class SecondMentions implements SentenceReward {

    private final int[][] words;
    private final int[][] mentions;
    private final double[] worth;
    private final int[] seen;

    /**
     * @param candidates the search's sentences, by search index
     * @param wordWeight a content stem's weight as a story word (0 for a word that is not one)
     * @param share      what a second mention earns, as a share of that weight
     */
    SecondMentions(List<AnalyzedSentence> candidates, IntToDoubleFunction wordWeight, double share) {
        Map<Integer, Integer> index = new HashMap<>();
        Map<Integer, Double> worthOf = new HashMap<>();
        int n = candidates.size();
        this.words = new int[n][];
        this.mentions = new int[n][];
        for (int k = 0; k < n; k++) {
            AnalyzedSentence s = candidates.get(k);
            Map<Integer, Integer> own = new LinkedHashMap<>();
            for (int i = 0; i < s.stems().length; i++) {
                double weight = s.stop()[i] ? 0 : wordWeight.applyAsDouble(s.stems()[i]);
                if (weight > 0) {
                    int id = index.computeIfAbsent(s.stems()[i], stem -> index.size());
                    worthOf.put(id, share * weight);
                    own.merge(id, 1, Integer::sum);
                }
            }
            words[k] = own.keySet().stream().mapToInt(Integer::intValue).toArray();
            mentions[k] = own.values().stream().mapToInt(Integer::intValue).toArray();
        }
        this.worth = new double[index.size()];
        worthOf.forEach((id, w) -> worth[id] = w);
        this.seen = new int[index.size()];
    }

    /** 1 once a word is mentioned twice, 0 before. */
    private static int repeated(int mentions) {
        return mentions >= 2 ? 1 : 0;
    }

    @Override
    public double gain(int sentence) {
        double gain = 0;
        int[] own = words[sentence];
        int[] times = mentions[sentence];
        for (int j = 0; j < own.length; j++) {
            int w = own[j];
            // only a word this sentence brings to its second mention earns (adding nothing for the others)
            if (repeated(seen[w] + times[j]) > repeated(seen[w])) {
                gain += worth[w];
            }
        }
        return gain;
    }

    @Override
    public void take(int sentence) {
        int[] own = words[sentence];
        for (int j = 0; j < own.length; j++) {
            seen[own[j]] += mentions[sentence][j];
        }
    }

    @Override
    public void drop(int sentence) {
        int[] own = words[sentence];
        for (int j = 0; j < own.length; j++) {
            seen[own[j]] -= mentions[sentence][j];
        }
    }

    @Override
    public void reset() {
        Arrays.fill(seen, 0);
    }
}
