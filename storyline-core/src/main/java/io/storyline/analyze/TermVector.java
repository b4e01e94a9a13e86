package io.storyline.analyze;

import java.util.Arrays;
import java.util.Map;

/** A sparse vector over term ids, sorted by id, for cosine similarity between sentences. */
public final class TermVector {

    private static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

    private final int[] terms;
    private final double[] weights;
    private final double norm;

    private TermVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    public static TermVector of(Map<Integer, Double> weightsByTerm) {
        if (weightsByTerm.isEmpty()) {
            return EMPTY;
        }
        int[] ids = weightsByTerm.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] values = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            values[i] = weightsByTerm.get(ids[i]);
        }
        return new TermVector(ids, values);
    }

    public double dot(TermVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] == other.terms[j]) {
                sum += weights[i++] * other.weights[j++];
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    public double cosine(TermVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        return dot(other) / (norm * other.norm);
    }

    /** The cosine of two vectors over the terms {@code left} does not hold: "beside" those terms. */
    public static double cosineWithout(TermVector a, TermVector b, java.util.function.IntPredicate leftOut) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.terms.length; i++) {
            if (!leftOut.test(a.terms[i])) {
                normA += a.weights[i] * a.weights[i];
            }
        }
        for (int j = 0; j < b.terms.length; j++) {
            if (!leftOut.test(b.terms[j])) {
                normB += b.weights[j] * b.weights[j];
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.terms.length && j < b.terms.length) {
            if (a.terms[i] == b.terms[j]) {
                if (!leftOut.test(a.terms[i])) {
                    dot += a.weights[i] * b.weights[j];
                }
                i++;
                j++;
            } else if (a.terms[i] < b.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    /**
     * The share of this vector's weight that lies on terms the other vector also has: 1 when every
     * term of this sentence appears in the other one.
     */
    public double coveredBy(TermVector other) {
        double total = 0;
        double shared = 0;
        int j = 0;
        for (int i = 0; i < terms.length; i++) {
            total += weights[i];
            while (j < other.terms.length && other.terms[j] < terms[i]) {
                j++;
            }
            if (j < other.terms.length && other.terms[j] == terms[i]) {
                shared += weights[i];
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    public double norm() {
        return norm;
    }

    public int size() {
        return terms.length;
    }

    public int term(int i) {
        return terms[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    @Override
    public String toString() {
        return Arrays.toString(terms) + Arrays.toString(weights);
    }
}
