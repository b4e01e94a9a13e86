package io.storyline.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Learned concept importance: logistic-regression coefficients over {@link ConceptFeatures}, giving
 * the probability that a concept appears in a human summary of its story (Li, Qian &amp; Liu 2013,
 * "Using Supervised Bigram-based ILP for Extractive Summarization"). Written by {@code
 * io.storyline.evaluate.ConceptTrainer} as a small text file, one {@code name<TAB>coefficient} a
 * line ({@code #} opens a comment), and read back only if it names exactly the features this code
 * computes, in the same order.
 */
public record ConceptModel(List<String> features, double[] coefficients) {

    /** The shipped model of bigram concepts, on the class path. */
    public static final String CONCEPTS = "/io/storyline/summarize/concept-model.tsv";
    /** The shipped model of content words, on the class path. */
    public static final String WORDS = "/io/storyline/summarize/word-model.tsv";
    /** The shipped model of bigram concepts for stories of short sources, on the class path. */
    public static final String SHORT_CONCEPTS = "/io/storyline/summarize/short-concept-model.tsv";
    /** The shipped model of content words for stories of short sources, on the class path. */
    public static final String SHORT_WORDS = "/io/storyline/summarize/short-word-model.tsv";

    public ConceptModel {
        features = List.copyOf(features);
        if (!features.equals(ConceptFeatures.NAMES)) {
            throw new IllegalArgumentException("the model's features " + features
                    + " are not the ones computed: " + ConceptFeatures.NAMES);
        }
        coefficients = Coefficients.checked(coefficients, features.size());
    }

    public static ConceptModel of(double[] coefficients) {
        return new ConceptModel(ConceptFeatures.NAMES, coefficients);
    }

    /** A model shipped with Storyline: {@link #CONCEPTS} or {@link #WORDS}. */
    public static ConceptModel bundled(String resource) {
        try (InputStream in = ConceptModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the model " + resource + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads the text {@link #format} writes; {@code where} names the source in errors. */
    public static ConceptModel parse(String text, String where) {
        return new ConceptModel(ConceptFeatures.NAMES, Coefficients.parse(text, where, ConceptFeatures.NAMES));
    }

    /** The model as text, with {@code comment} (may be empty) as leading comment lines. */
    public String format(String comment) {
        return Coefficients.format(features, coefficients, comment);
    }

    /** The probability that a concept with these features is in a human summary. */
    public double probability(double[] features) {
        return LogisticRegression.probability(coefficients, features);
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConceptModel m && features.equals(m.features)
                && Arrays.equals(coefficients, m.coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * features.hashCode() + Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return "ConceptModel" + Arrays.toString(coefficients);
    }
}
