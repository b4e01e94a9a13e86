package io.storyline.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Inverted index from a term to the stories whose articles carried it as a key term. Each entry
 * keeps only the most recent stories (a bounded ring), so a common term can never make the lookup
 * grow with the stream: old stories fall out of the index as news moves on.
 */
final class StoryIndex {

    private final int perTerm;
    private final Map<Integer, Posting> postings = new HashMap<>();

    StoryIndex(int perTerm) {
        this.perTerm = perTerm;
    }

    void add(int term, int story) {
        postings.computeIfAbsent(term, t -> new Posting(perTerm)).add(story);
    }

    /** The stories under a term, oldest first; an empty array when none. */
    int[] stories(int term) {
        Posting posting = postings.get(term);
        return posting == null ? new int[0] : posting.stories();
    }

    /** A ring of story numbers; adding the most recent one again is a no-op. */
    private static final class Posting {
        private final int[] ring;
        private int next;
        private int size;

        Posting(int capacity) {
            ring = new int[capacity];
        }

        void add(int story) {
            for (int i = 0; i < size; i++) {
                if (ring[i] == story) {
                    return;
                }
            }
            ring[next] = story;
            next = (next + 1) % ring.length;
            size = Math.min(size + 1, ring.length);
        }

        int[] stories() {
            int[] out = new int[size];
            int start = size < ring.length ? 0 : next;
            for (int i = 0; i < size; i++) {
                out[i] = ring[(start + i) % ring.length];
            }
            return out;
        }
    }
}
