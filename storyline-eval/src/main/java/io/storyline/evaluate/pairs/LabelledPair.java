package io.storyline.evaluate.pairs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One labelled pair of sentences from two articles of one cluster, named by reference only (the data
 * is never copied into the project): the data set, the cluster, each article's key and the index of
 * the sentence in it as the product splits it, with a hash of the sentence's text that tells when
 * the split or the data has moved.
 *
 * @param id      the pair's number in the set
 * @param dataset {@code duc2004}, {@code duc2006}, {@code multinews} or {@code timeline17}
 * @param cluster the cluster's id ({@link PairClusters})
 * @param a       the first sentence
 * @param b       the second sentence, from another article of the cluster
 * @param label   what the two say of each other
 * @param half    the half the pair is in: thresholds are tuned on {@link Half#TUNE} only
 * @param drawnAs the stratum the pair was drawn from (for reading the set; not used in scoring)
 */
public record LabelledPair(int id, String dataset, String cluster, SentenceRef a, SentenceRef b, Label label,
                           Half half, String drawnAs) {

    public LabelledPair {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(half, "half");
    }

    /** A sentence by reference: the article's key in its cluster, its index there, and its text's hash. */
    public record SentenceRef(String article, int sentence, String hash) {
    }

    /** How a pair's two sentences relate, as a reader judges them. */
    public enum Label {
        /** They state the same fact (in the same or other words); one may add detail the other lacks. */
        SAME("same"),
        /** They are about the same story or event but state different facts. */
        RELATED("related"),
        /** They state one fact with values that cannot both be true. */
        CONTRADICTING("contradicting");

        private final String word;

        Label(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static Label of(String word) {
            for (Label label : values()) {
                if (label.word.equals(word.trim().toLowerCase(Locale.ROOT))) {
                    return label;
                }
            }
            throw new IllegalArgumentException("unknown label '" + word + "'; expected same, related or contradicting");
        }
    }

    /** The two halves of the set: one to tune on, one to report on. */
    public enum Half {
        TUNE, TEST;

        public static Half of(String word) {
            return switch (word.trim().toLowerCase(Locale.ROOT)) {
                case "tune" -> TUNE;
                case "test" -> TEST;
                default -> throw new IllegalArgumentException("unknown half '" + word + "'; expected tune or test");
            };
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The hash a label file keeps of a sentence: the first 12 hex digits of the SHA-256 of its text with
     * white space runs made one space.
     */
    public static String hash(String sentence) {
        String normal = sentence.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
