package io.storyline.evaluate.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A multiset of n-grams (or skip-bigrams) with its total size, as the script's gram hashes. */
final class GramCounts {

    private final Map<String, Integer> counts = new HashMap<>();
    private long total;

    static GramCounts nGrams(List<String> tokens, int n) {
        GramCounts grams = new GramCounts();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.add(String.join(" ", tokens.subList(i, i + n)));
        }
        return grams;
    }

    /**
     * Skip-bigrams with at most {@code maxGap} words between the pair (any gap when negative), plus
     * each word as a unigram. As in ROUGE-1.5.5 the last word adds no unigram of its own.
     */
    static GramCounts skipBigramsWithUnigrams(List<String> tokens, int maxGap) {
        GramCounts grams = new GramCounts();
        int last = tokens.size() - 1;
        for (int i = 0; i < last; i++) {
            grams.add(tokens.get(i));
            for (int j = i + 1; j <= last && (maxGap < 0 || j <= i + maxGap + 1); j++) {
                grams.add(tokens.get(i) + " " + tokens.get(j));
            }
        }
        return grams;
    }

    private void add(String gram) {
        counts.merge(gram, 1, Integer::sum);
        total++;
    }

    long total() {
        return total;
    }

    /** Matches with clipped counts: each reference gram matches at most as often as it occurs in both. */
    long hitsAgainst(GramCounts peer) {
        long hits = 0;
        for (Map.Entry<String, Integer> gram : counts.entrySet()) {
            Integer inPeer = peer.counts.get(gram.getKey());
            if (inPeer != null) {
                hits += Math.min(inPeer, gram.getValue());
            }
        }
        return hits;
    }
}
