package io.storyline.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text form of a learned linear model, shared by {@link ConceptModel} and {@link SentenceQuality}:
 * one {@code feature<TAB>coefficient} a line, {@code #} opening a comment; read back only if it
 * names exactly the features the code computes, in the same order.
 */
final class Coefficients {

    private Coefficients() {
    }

    /**
     * The coefficients of {@code text}, which must name {@code features} in order.
     *
     * @param where names the source in error messages
     * @throws IllegalArgumentException naming {@code where} (and the line) when the text is not such a model
     */
    static double[] parse(String text, String where, List<String> features) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\r?\n")) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(where + ":" + number + ": expected 'feature<TAB>coefficient'");
            }
            names.add(line.substring(0, tab).strip());
            try {
                values.add(Double.parseDouble(line.substring(tab + 1).strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ":" + number + ": not a number: '"
                        + line.substring(tab + 1).strip() + "'");
            }
        }
        if (!names.equals(features)) {
            throw new IllegalArgumentException(where + ": the model's features " + names
                    + " are not the ones computed: " + features);
        }
        return checked(values.stream().mapToDouble(Double::doubleValue).toArray(), features.size());
    }

    /** The model as text, {@code comment} (may be empty) as leading comment lines. */
    static String format(List<String> features, double[] coefficients, String comment) {
        StringBuilder out = new StringBuilder();
        comment.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        for (int i = 0; i < features.size(); i++) {
            out.append(features.get(i)).append('\t')
                    .append(String.format(Locale.ROOT, "%.6f", coefficients[i])).append('\n');
        }
        return out.toString();
    }

    /** A copy of {@code coefficients}, after checking there are {@code features} of them, all finite. */
    static double[] checked(double[] coefficients, int features) {
        if (coefficients.length != features) {
            throw new IllegalArgumentException(coefficients.length + " coefficients for " + features + " features");
        }
        for (double c : coefficients) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("a coefficient is not a finite number: " + c);
            }
        }
        return coefficients.clone();
    }
}
