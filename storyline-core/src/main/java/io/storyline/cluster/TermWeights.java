package io.storyline.cluster;

import java.util.Arrays;

/**
 * A sparse vector of term weights in open addressing (int keys, double values): story centroids are
 * updated and probed millions of times in a long stream, and boxed maps would dominate the cost.
 */
final class TermWeights {

    private static final int FREE = -1;

    private int[] keys;
    private double[] values;
    private int size;

    TermWeights() {
        this(16);
    }

    private TermWeights(int capacity) {
        keys = new int[capacity];
        values = new double[capacity];
        Arrays.fill(keys, FREE);
    }

    double get(int term) {
        int mask = keys.length - 1;
        for (int slot = mix(term) & mask; ; slot = (slot + 1) & mask) {
            int key = keys[slot];
            if (key == term) {
                return values[slot];
            }
            if (key == FREE) {
                return 0;
            }
        }
    }

    void add(int term, double weight) {
        if ((size + 1) * 4 > keys.length * 3) {
            resize(keys.length * 2);
        }
        int mask = keys.length - 1;
        for (int slot = mix(term) & mask; ; slot = (slot + 1) & mask) {
            int key = keys[slot];
            if (key == term) {
                values[slot] += weight;
                return;
            }
            if (key == FREE) {
                keys[slot] = term;
                values[slot] = weight;
                size++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    double norm() {
        double sum = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != FREE) {
                sum += values[slot] * values[slot];
            }
        }
        return Math.sqrt(sum);
    }

    double dot(TermWeights other) {
        TermWeights small = size <= other.size ? this : other;
        TermWeights large = small == this ? other : this;
        double sum = 0;
        for (int slot = 0; slot < small.keys.length; slot++) {
            if (small.keys[slot] != FREE) {
                sum += small.values[slot] * large.get(small.keys[slot]);
            }
        }
        return sum;
    }

    /** A copy with every weight multiplied by {@code factor}. */
    TermWeights scaled(double factor) {
        TermWeights copy = new TermWeights(keys.length);
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != FREE) {
                copy.add(keys[slot], values[slot] * factor);
            }
        }
        return copy;
    }

    void addAll(TermWeights other) {
        for (int slot = 0; slot < other.keys.length; slot++) {
            if (other.keys[slot] != FREE) {
                add(other.keys[slot], other.values[slot]);
            }
        }
    }

    /** The {@code count} heaviest terms, heaviest first (ties: lower term id first). */
    int[] top(int count) {
        Integer[] order = new Integer[size];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != FREE) {
                order[n++] = slot;
            }
        }
        Arrays.sort(order, (a, b) -> values[a] != values[b] ? Double.compare(values[b], values[a])
                : Integer.compare(keys[a], keys[b]));
        int[] top = new int[Math.min(count, n)];
        for (int i = 0; i < top.length; i++) {
            top[i] = keys[order[i]];
        }
        return top;
    }

    /** Keeps only the {@code count} heaviest terms, so a long-running story's centroid stays small. */
    void keepTop(int count) {
        if (size <= count) {
            return;
        }
        int[] kept = top(count);
        double[] weights = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            weights[i] = get(kept[i]);
        }
        keys = new int[Integer.highestOneBit(Math.max(16, kept.length * 2)) * 2];
        values = new double[keys.length];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < kept.length; i++) {
            add(kept[i], weights[i]);
        }
    }

    private void resize(int capacity) {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = new int[capacity];
        values = new double[capacity];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != FREE) {
                add(oldKeys[slot], oldValues[slot]);
            }
        }
    }

    private static int mix(int term) {
        int h = term * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
