package io.storyline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A learnt second opinion on the text blocks the extraction rules keep: logistic regression over
 * {@link BlockFeatures} (Kohlschütter et al. 2010's shallow text features, with class and id tokens as
 * Dragnet reads them) gives each block a probability of being the article's text, and a block below the
 * model's threshold is dropped. The model is fit on gold text by {@code storyline eval train-blocks}
 * (see {@code BlockTraining}) and shipped as {@code block-classifier.txt} beside this class.
 *
 * <p>Which classifier extraction uses is read from the system property {@value #PROPERTY}: {@code model}
 * (the shipped model: the default), {@code rules} (every block the rules keep), or the path of a model file
 * {@link #write written} by the training command ({@code eval extract --blocks} sets it for a run; other
 * commands take {@code STORYLINE_JAVA_OPTS=-Dstoryline.blocks=rules}). The model decides only short blocks
 * that are neither headings nor full sentences ({@link #judges(TextBlock)}). Without that guard it lost on
 * Readability's held-out half beyond its paired interval (session 13: −0.0013 [−0.0027, −0.0001]) and so
 * was off; with it (session 15) no set loses beyond its interval (docs/BENCHMARKS.md).
 */
public final class BlockClassifier {

    /** The system property naming the classifier extraction uses. */
    public static final String PROPERTY = "storyline.blocks";
    /** The rules alone: every block they keep is the article's. */
    public static final BlockClassifier RULES = new BlockClassifier(null, 0);
    private static final String SHIPPED = "block-classifier.txt";
    private static final Map<String, BlockClassifier> LOADED = new ConcurrentHashMap<>();

    /**
     * The longest block, in words, the model may drop: where the rules are least sure (a short line in the
     * story's block: a caption, a prompt, a credit, a row of links). A longer block is prose the rules chose
     * on more evidence than the model weighs. Chosen on the training half's two folds (12 against 25 and
     * any length: trafilatura F1 0.9144 → 0.9213, 0.9184 and 0.9147).
     */
    static final int MAX_WORDS_JUDGED = 12;

    /** One weight per {@link BlockFeatures} feature, or null for {@link #RULES}. */
    private final double[] weights;
    private final double threshold;

    private BlockClassifier(double[] weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
    }

    /** The classifier {@value #PROPERTY} names; a model file that cannot be read is an error naming it. */
    public static BlockClassifier inUse() {
        String chosen = System.getProperty(PROPERTY, "model").strip();
        if (chosen.equals("rules")) {
            return RULES;
        }
        if (chosen.isEmpty()) {
            chosen = "model";
        }
        return LOADED.computeIfAbsent(chosen, name -> name.equals("model") ? shipped() : read(Path.of(name)));
    }

    /** The model shipped with storyline. */
    public static BlockClassifier shipped() {
        try (InputStream in = BlockClassifier.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped block classifier " + SHIPPED + " is missing from the jar");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped block classifier " + SHIPPED, e);
        }
    }

    /** A model file as {@link #write} writes it. */
    public static BlockClassifier read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the block classifier " + file + ": " + e.getMessage());
        }
    }

    /**
     * Reads "threshold VALUE" and one "FEATURE WEIGHT" line per feature; '#' starts a comment. A missing
     * or unknown feature, or a value that is no number, is an error naming the source and line.
     */
    static BlockClassifier read(Reader reader, String source) throws IOException {
        double[] weights = new double[BlockFeatures.SIZE];
        boolean[] seen = new boolean[BlockFeatures.SIZE];
        Double threshold = null;
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < BlockFeatures.SIZE; i++) {
            index.put(BlockFeatures.name(i), i);
        }
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String content = line.replaceFirst("#.*", "").strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] f = content.split("\\s+");
            double value;
            try {
                if (f.length != 2) {
                    throw new NumberFormatException();
                }
                value = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + " line " + number + ": expected a name and a number, got \""
                        + content + "\"");
            }
            if (f[0].equals("threshold")) {
                threshold = value;
            } else if (index.containsKey(f[0])) {
                weights[index.get(f[0])] = value;
                seen[index.get(f[0])] = true;
            } else {
                throw new IllegalArgumentException(source + " line " + number + ": unknown feature \"" + f[0] + "\"");
            }
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                throw new IllegalArgumentException(source + " has no weight for the feature \"" + BlockFeatures.name(i)
                        + "\" (written by another version of storyline? retrain with eval train-blocks)");
            }
        }
        if (threshold == null) {
            throw new IllegalArgumentException(source + " has no threshold line");
        }
        return new BlockClassifier(weights, threshold);
    }

    /** The same weights with another threshold. */
    public BlockClassifier withThreshold(double value) {
        return new BlockClassifier(weights, value);
    }

    public double threshold() {
        return threshold;
    }

    /**
     * The choice for one page: every block of the page is judged with its neighbours before any furniture
     * goes (as the model was trained), and a short block the rules keep ({@link #judges}) is dropped when the
     * page's blocks of the same element are all below the threshold. A kept block with no such block (read from a copy of the page's markup)
     * stays, and so do all when the model would take none.
     */
    HtmlExtractor.BlockChoice choice() {
        return new HtmlExtractor.BlockChoice() {
            private BlockFeatures.Page page;
            /** The page's blocks of each element, by index. */
            private final Map<org.jsoup.nodes.Element, List<Integer>> ofElement = new java.util.IdentityHashMap<>();

            @Override
            public boolean readsPage() {
                return weights != null;
            }

            @Override
            public void page(List<TextBlock> blocks) {
                page = new BlockFeatures.Page(blocks);
                for (int i = 0; i < blocks.size(); i++) {
                    ofElement.computeIfAbsent(blocks.get(i).owner(), e -> new ArrayList<>(1)).add(i);
                }
            }

            @Override
            public List<TextBlock> choose(List<TextBlock> kept) {
                if (weights == null) {
                    return kept;
                }
                // only the elements of judged blocks are scored: most kept blocks are long or sentences
                Map<org.jsoup.nodes.Element, Double> byElement = new java.util.IdentityHashMap<>();
                List<TextBlock> chosen = new ArrayList<>(kept.size());
                for (TextBlock block : kept) {
                    if (!judges(block) || byElement.computeIfAbsent(block.owner(), this::best) >= threshold) {
                        chosen.add(block);
                    }
                }
                return chosen.isEmpty() ? kept : chosen;
            }

            /** The highest probability of the page's blocks of this element; 1 when it has none (a copy's). */
            private double best(org.jsoup.nodes.Element owner) {
                List<Integer> blocks = ofElement.get(owner);
                if (blocks == null || page == null) {
                    return 1.0;
                }
                double best = Double.NEGATIVE_INFINITY;
                for (int i : blocks) {
                    best = Math.max(best, probability(page.vector(i)));
                }
                return best;
            }
        };
    }

    /** Whether the model decides on a block the rules keep: one of at most {@link #MAX_WORDS_JUDGED} words. */
    public static boolean judges(String blockText) {
        return BlockFeatures.words(blockText) <= MAX_WORDS_JUDGED;
    }

    /**
     * Whether the model decides on a block the rules keep: a short one ({@link #judges(String)}), but never a
     * heading or a {@link #isFullSentence full sentence} of prose. The rules keep those inside the story's
     * container, where they are the story's own subheadings and short paragraphs ("He was 71."), and the
     * model, judging a block by its shape alone, took some of them for boilerplate (session 13: Readability's
     * held-out half lost beyond its interval).
     */
    static boolean judges(TextBlock block) {
        return judges(block.text()) && !isHeading(block.owner()) && !isFullSentence(block.text(), block.links());
    }

    private static boolean isHeading(org.jsoup.nodes.Element owner) {
        String name = owner == null ? "" : owner.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /**
     * The fewest words of a {@link #isFullSentence full sentence}: 8 rather than 5, chosen on the training
     * halves (MD5 half A) of the Readability and trafilatura pages (trafilatura A F 0.9216 with 5, 0.9222 with
     * 8; Readability A the same); a shorter sentence is left for the model to judge.
     */
    static final int MIN_SENTENCE_WORDS = 8;
    /** Marks that end a sentence, in Latin and other scripts, before any closing quotes or brackets. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(
            "[.!?\u3002\uFF01\uFF1F\u2026\u061F\u06D4\u0964][\"'\u2019\u201D\u00BB)\\]]*$");

    /**
     * A block of prose that is one or more whole sentences: at least {@link #MIN_SENTENCE_WORDS} words, not
     * mostly link text (a linked teaser is a sentence too), its first letter not lower case, and its end a
     * sentence's end. "Sign up for our weekly newsletter on the harbour." is one as well; the model still
     * judges "Read more.", "Sign up for our newsletter." and every line without a full stop.
     */
    static boolean isFullSentence(String text, int links) {
        if (links * 2 > text.length() || BlockFeatures.words(text) < MIN_SENTENCE_WORDS
                || !SENTENCE_END.matcher(text).find()) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                return !Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The probability that a block with these features is the article's text. */
    public double probability(double[] features) {
        if (weights == null) {
            return 1;
        }
        double z = 0;
        for (int i = 0; i < features.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Fits logistic regression by full-batch gradient descent with an L2 penalty (the bias unpenalised),
     * each step scaled per weight by the root of its summed squared gradients (AdaGrad, Duchi et al. 2011),
     * from zero weights, so the same data always gives the same model.
     *
     * @param examples feature vectors of {@link BlockFeatures#SIZE}
     * @param content  whether each block is the article's text
     */
    public static BlockClassifier fit(List<double[]> examples, boolean[] content, double l2, int steps, double threshold) {
        if (examples.isEmpty() || examples.size() != content.length) {
            throw new IllegalArgumentException("need as many labels as examples, and at least one");
        }
        int size = BlockFeatures.SIZE;
        double[] w = new double[size];
        double[] squares = new double[size];
        double rate = 0.5;
        int n = examples.size();
        for (int step = 0; step < steps; step++) {
            double[] gradient = new double[size];
            for (int j = 0; j < n; j++) {
                double[] x = examples.get(j);
                double z = 0;
                for (int i = 0; i < size; i++) {
                    z += w[i] * x[i];
                }
                double error = 1 / (1 + Math.exp(-z)) - (content[j] ? 1 : 0);
                for (int i = 0; i < size; i++) {
                    if (x[i] != 0) {
                        gradient[i] += error * x[i];
                    }
                }
            }
            for (int i = 0; i < size; i++) {
                double g = gradient[i] / n + (i == 0 ? 0 : l2 * w[i]);
                squares[i] += g * g;
                if (squares[i] > 0) {
                    w[i] -= rate * g / Math.sqrt(squares[i]);
                }
            }
        }
        return new BlockClassifier(w, threshold);
    }

    /** The model as {@link #read} reads it. */
    public String format(String header) {
        if (weights == null) {
            throw new IllegalStateException("the rules alone have no model to write");
        }
        StringBuilder out = new StringBuilder();
        header.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        out.append(String.format(Locale.ROOT, "threshold %.3f%n", threshold));
        for (int i = 0; i < weights.length; i++) {
            out.append(BlockFeatures.name(i)).append(' ').append(String.format(Locale.ROOT, "%.5f", weights[i])).append('\n');
        }
        return out.toString();
    }

    /** Writes {@link #format} to a file. */
    public void write(Path file, String header) {
        try {
            Files.writeString(file, format(header), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public String toString() {
        return weights == null ? "rules" : "model " + Arrays.hashCode(weights);
    }
}
