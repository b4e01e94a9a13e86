package io.storyline.evaluate.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Summary-level LCS of Lin (2004), "ROUGE: A Package for Automatic Evaluation of Summaries", §3.2:
 * each reference sentence is matched against every peer sentence, the words on any of those LCSs
 * form its union LCS, and a word only counts while unused copies of it remain in both summaries
 * (the clipping ROUGE-1.5.5 added so that ROUGE-L never exceeds ROUGE-1).
 */
final class SummaryLcs {

    private SummaryLcs() {
    }

    /**
     * Union-LCS hits of one reference against the peer.
     *
     * @param reference      the reference's sentences, tokenized
     * @param peer           the peer's sentences, tokenized
     * @param referenceWords the reference's words as one list (for clipping)
     * @param peerWords      the peer's words as one list (for clipping)
     */
    static long hits(List<List<String>> reference, List<List<String>> peer,
                     List<String> referenceWords, List<String> peerWords) {
        Map<String, Integer> referenceLeft = countWords(referenceWords);
        Map<String, Integer> peerLeft = countWords(peerWords);
        long hits = 0;
        for (List<String> sentence : reference) {
            boolean[] onLcs = new boolean[sentence.size()];
            if (!sentence.isEmpty()) {
                for (List<String> peerSentence : peer) {
                    markLcs(sentence, peerSentence, onLcs);
                }
            }
            for (int i = 0; i < sentence.size(); i++) {
                String word = sentence.get(i);
                if (onLcs[i] && referenceLeft.getOrDefault(word, 0) > 0 && peerLeft.getOrDefault(word, 0) > 0) {
                    hits++;
                    referenceLeft.merge(word, -1, Integer::sum);
                    peerLeft.merge(word, -1, Integer::sum);
                }
            }
        }
        return hits;
    }

    static long words(List<List<String>> sentences) {
        long words = 0;
        for (List<String> sentence : sentences) {
            words += sentence.size();
        }
        return words;
    }

    /**
     * Marks the reference positions on one LCS of the pair. Ties are broken as the script breaks them
     * (a match first, then moving up in the reference before left in the peer), which decides which
     * copy of a repeated word gets marked.
     */
    private static void markLcs(List<String> reference, List<String> peer, boolean[] onLcs) {
        int m = reference.size();
        int n = peer.size();
        int[][] length = new int[m + 1][n + 1];
        byte[][] move = new byte[m + 1][n + 1];
        final byte diagonal = 1;
        final byte up = 2;
        final byte left = 3;
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                if (reference.get(i - 1).equals(peer.get(j - 1))) {
                    length[i][j] = length[i - 1][j - 1] + 1;
                    move[i][j] = diagonal;
                } else if (length[i - 1][j] >= length[i][j - 1]) {
                    length[i][j] = length[i - 1][j];
                    move[i][j] = up;
                } else {
                    length[i][j] = length[i][j - 1];
                    move[i][j] = left;
                }
            }
        }
        int i = m;
        int j = n;
        while (i != 0 && j != 0) {
            switch (move[i][j]) {
                case diagonal -> {
                    i--;
                    j--;
                    onLcs[i] = true;
                }
                case up -> i--;
                default -> j--;
            }
        }
    }

    private static Map<String, Integer> countWords(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
        }
        return counts;
    }
}
