package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Openings;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.TermVector;
import io.storyline.analyze.Tokens;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Map;


/**
 * A learned estimate of how much of the human summaries a single sentence would match on its own,
 * after the sentence regression of Cao et al. 2015 ("Ranking with Recursive Neural Networks and Its
 * Application to Multi-document Summarization") and Ren et al. 2016 ("A Redundancy-Aware Sentence
 * Regression Framework for Extractive Summarization"), and the learned quality term of Kulesza &amp;
 * Taskar's determinantal point processes: here a logistic regression over cheap features of the
 * sentence in its story ({@link #NAMES}), fitted by {@code io.storyline.evaluate.ConceptTrainer} to
 * each candidate's ROUGE recall against its story's references.
 *
 * <p>Added to concept coverage as a modular reward ({@link #reward}): each chosen sentence adds its
 * own quality whatever else is chosen, so {@link CoverageSearch}'s bound stays valid. Fitted on DUC 2004
 * and measured there by leave-clusters-out cross-validation it was not shipped: the regression barely
 * predicted a sentence's ROUGE-2 better than its concept weight alone, and no share of it gained beyond
 * noise (docs/BENCHMARKS.md, rows 50-55; {@link ConceptCoverageSummarizer#withQuality}). Fitted on
 * Multi-News training clusters, with features made with the weights the default gives an ordinary summary
 * ({@link #ofPlain}) and each sentence's ROUGE-2 precision as the target (so the reward, times its words,
 * estimates the reference bigrams it brings), it gained on held-out Multi-News clusters
 * but is not the default: as a modular reward it also pays for a second telling of a fact and for a wordier
 * telling only its own outlet backs ({@link ConceptCoverageSummarizer#standardWithPlainQuality()}; {@link #PLAIN};
 * docs/BENCHMARKS.md, session 19).
 *
 * @param coefficients one per feature of {@link #NAMES}, the first the intercept
 */
public record SentenceQuality(double[] coefficients) {

    /** Feature names, in the order of each vector; the first is the constant 1. */
    public static final List<String> NAMES = List.of(
            "bias",             // always 1
            "relative position", // position / sentences of its article
            "first",            // the article's first sentence
            "log position",     // ln(1 + position)
            "length",           // words / 40
            "concept value",    // weight of its distinct concepts / the story's largest such value
            "concept density",  // that value per word / the story's largest such density
            "centrality",       // cosine with the story's centroid
            "capitalised",      // share of its words capitalised but not opening it (names)
            "numbers",          // share of its words holding a digit
            "quote",            // it holds a quotation mark
            "pronoun opening",  // it opens with a pronoun whose referent is elsewhere
            "connective opening", // it opens with a word that leans on the sentence before
            "content share");   // content words / words


    /**
     * The model of ordinary summaries of short sources ({@link ConceptCoverageSummarizer#standardWithPlainQuality()}),
     * fitted on Multi-News training clusters only, on the class path; measured, not used by the default.
     */
    public static final String PLAIN = "/io/storyline/summarize/sentence-quality.tsv";

    public SentenceQuality {
        coefficients = Coefficients.checked(coefficients, NAMES.size());
    }

    /** A model shipped with Storyline ({@link #PLAIN}). */
    public static SentenceQuality bundled(String resource) {
        try (java.io.InputStream in = SentenceQuality.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the model " + resource + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), resource);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads what {@link #format} writes: {@code name<TAB>coefficient} lines, {@code #} comments. */
    public static SentenceQuality parse(String text, String where) {
        return new SentenceQuality(Coefficients.parse(text, where, NAMES));
    }

    /** The model as text, {@code comment} as leading comment lines. */
    public String format(String comment) {
        return Coefficients.format(NAMES, coefficients, comment);
    }

    /** The predicted recall of a sentence with these features. */
    public double score(double[] features) {
        return LogisticRegression.probability(coefficients, features);
    }

    /**
     * The features of every candidate sentence of the story, with the concept weights the default gives an
     * ordinary summary of it ({@link ConceptCoverageSummarizer#plainWeights}): what a model for ordinary
     * summaries ({@link ConceptCoverageSummarizer#withPlainQuality}) is fitted on and then asked of.
     */
    public static Map<Integer, double[]> ofPlain(StoryAnalysis story) {
        return of(story, story.sentences().stream().filter(Candidates::eligible).toList(),
                ConceptCoverageSummarizer.plainWeights(story));
    }

    /**
     * The features of every candidate sentence of the story ({@link Candidates#eligible}), keyed by
     * sentence id in story order, with concept weights as the default coverage method counts them.
     */
    public static Map<Integer, double[]> of(StoryAnalysis story) {
        ConceptWeights weights = ConceptWeights.of(story, ConceptWeights.minArticles(story.reports()));
        return of(story, story.sentences().stream().filter(Candidates::eligible).toList(), weights);
    }

    static Map<Integer, double[]> of(StoryAnalysis story, List<AnalyzedSentence> sentences, ConceptWeights weights) {
        Map<Integer, Double> value = new HashMap<>();
        double maxValue = 1e-9;
        double maxDensity = 1e-9;
        for (AnalyzedSentence s : sentences) {
            double v = 0;
            for (long c : new LinkedHashSet<>(ConceptWeights.concepts(s))) {
                v += weights.weight(c);
            }
            value.put(s.id(), v);
            maxValue = Math.max(maxValue, v);
            maxDensity = Math.max(maxDensity, v / Math.max(1, s.words()));
        }
        TermVector centroid = ConceptFeatures.centroid(story);
        Map<Integer, double[]> out = new LinkedHashMap<>();
        for (AnalyzedSentence s : sentences) {
            double v = value.get(s.id());
            int words = Math.max(1, s.words());
            boolean[] capital = Tokens.capitalised(s.text());
            List<String> tokens = Tokens.matchWords(s.text());
            int capitals = 0;
            for (int i = 1; i < capital.length; i++) {
                capitals += capital[i] ? 1 : 0;
            }
            int digits = 0;
            for (String t : tokens) {
                digits += t.chars().anyMatch(Character::isDigit) ? 1 : 0;
            }
            out.put(s.id(), new double[] {
                    1,
                    s.position() / (double) Math.max(1, story.sentencesOf(s.article()).size()),
                    s.isFirstInArticle() ? 1 : 0,
                    Math.log1p(s.position()),
                    s.words() / 40.0,
                    v / maxValue,
                    v / words / maxDensity,
                    s.tfidf().cosine(centroid),
                    capitals / (double) Math.max(1, capital.length),
                    digits / (double) Math.max(1, tokens.size()),
                    s.text().indexOf('"') >= 0 || s.text().indexOf('\u201c') >= 0 ? 1 : 0,
                    Openings.pronoun(s.text()) ? 1 : 0,
                    Openings.connective(s.text()) ? 1 : 0,
                    s.contentWords() / (double) Math.max(1, s.stems().length)});
        }
        return out;
    }

    /**
     * A modular reward: each sentence adds {@code scale} times its predicted recall over the best
     * candidate's, so the best candidate adds {@code scale}. Features are normalised over every
     * eligible sentence of the story, as in training, not only over the searched candidates. With
     * {@code perWord} the model predicts a share of the sentence's own n-grams (precision), and the
     * reward is that times its words.
     */
    SentenceReward reward(StoryAnalysis story, List<AnalyzedSentence> candidates, ConceptWeights weights,
                          double scale, boolean perWord) {
        Map<Integer, double[]> features = of(story, story.sentences().stream().filter(Candidates::eligible).toList(),
                weights);
        double[] gain = new double[candidates.size()];
        double best = 1e-12;
        for (int i = 0; i < gain.length; i++) {
            gain[i] = score(features.get(candidates.get(i).id())) * (perWord ? candidates.get(i).words() : 1);
            best = Math.max(best, gain[i]);
        }
        for (int i = 0; i < gain.length; i++) {
            gain[i] *= scale / best;
        }
        return SentenceReward.modular(gain);
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentenceQuality q && java.util.Arrays.equals(coefficients, q.coefficients);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return "SentenceQuality" + java.util.Arrays.toString(coefficients);
    }
}
