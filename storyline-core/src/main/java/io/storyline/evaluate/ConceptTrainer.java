package io.storyline.evaluate;

import io.storyline.analyze.PorterStemmer;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.Tokens;
import io.storyline.evaluate.rouge.Rouge;
import io.storyline.evaluate.rouge.RougeConfig;
import io.storyline.evaluate.rouge.RougeLexicon;
import io.storyline.evaluate.rouge.RougeScore;
import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.Articles;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Article;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.Budget;
import io.storyline.summarize.ConceptCoverageSummarizer;
import io.storyline.summarize.ConceptFeatures;
import io.storyline.summarize.ConceptModel;
import io.storyline.summarize.LogisticRegression;
import io.storyline.summarize.StorySummarizer;
import io.storyline.summarize.Summarizer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learns {@link ConceptModel}, the probability that a concept of a story appears in its human
 * summaries, from stories that have them (Li, Qian &amp; Liu 2013, "Using Supervised Bigram-based ILP
 * for Extractive Summarization"; the features are document-level ones in the spirit of Hong &amp;
 * Nenkova 2014, RegSum). Each concept the coverage summarizer weighs is one example; its target is
 * the share of the story's references that contain the bigram (stemmed as the summarizer stems).
 *
 * <p>Kept out of the CLI on purpose: it is a developer's tool, run as documented in
 * docs/BENCHMARKS.md, e.g.
 * {@code java -cp storyline-cli/target/storyline.jar io.storyline.evaluate.ConceptTrainer train
 * --multinews FILE --train 0:150 --out storyline-core/src/main/resources/io/storyline/summarize/concept-model.tsv}.
 * Evaluation never scores a story with a model that learnt from its references: DUC 2004 clusters
 * are scored by leave-clusters-out folds, Multi-News clusters outside the training range.
 */
public final class ConceptTrainer {

    /** The ridge penalty: small, the examples are many and the features few. */
    static final double RIDGE = 1.0;

    /** One story with its human summaries. */
    record Story(String id, List<Article> articles, List<List<String>> references) {
    }

    /** Examples in rows: features and targets. */
    record Examples(List<double[]> features, List<Double> targets, List<Double> weights) {

        Examples() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void add(double[] x, double y) {
            features.add(x);
            targets.add(y);
            weights.add(1.0);
        }

        void addAll(Examples other) {
            addAll(other, 1);
        }

        /** Adds the other examples, each counting {@code weight} times its own weight. */
        void addAll(Examples other, double weight) {
            features.addAll(other.features);
            targets.addAll(other.targets);
            other.weights.forEach(w -> weights.add(w * weight));
        }

        ConceptModel fit(double ridge) {
            double[][] x = features.toArray(new double[0][]);
            double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
            double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
            return ConceptModel.of(LogisticRegression.fit(x, y, w, ridge));
        }
    }

    private ConceptTrainer() {
    }

    /** The examples of one story: each weighed concept, and the share of references containing it. */
    static Examples examples(List<Article> articles, List<List<String>> references) {
        return examples(StoryAnalysis.of(articles), references, false);
    }

    /**
     * The examples of one analysed story: its weighed concepts, or with {@code words} its weighed
     * content words, each with the share of references containing it.
     */
    static Examples examples(StoryAnalysis story, List<List<String>> references, boolean words) {
        List<Set<String>> referenceUnits = new ArrayList<>();
        PorterStemmer stemmer = new PorterStemmer();
        for (List<String> reference : references) {
            String text = String.join(" ", reference);
            referenceUnits.add(words ? unigrams(text, stemmer) : bigrams(text, stemmer));
        }
        Examples examples = new Examples();
        Map<Long, double[]> weighed = words ? ConceptFeatures.weighedWords(story) : ConceptFeatures.weighed(story);
        weighed.forEach((concept, features) -> {
            String unit = words ? story.stem(ConceptFeatures.stemOfWordKey(concept)) : ConceptFeatures.words(story, concept);
            long in = referenceUnits.stream().filter(r -> r.contains(unit)).count();
            examples.add(features, in / (double) Math.max(1, references.size()));
        });
        return examples;
    }

    static Set<String> unigrams(String text, PorterStemmer stemmer) {
        Set<String> stems = new HashSet<>();
        for (String w : Tokens.matchWords(text)) {
            stems.add(stemmer.stem(w));
        }
        return stems;
    }

    /** The stemmed word bigrams of a text, "stem stem", as the summarizer tokenizes and stems. */
    static Set<String> bigrams(String text, PorterStemmer stemmer) {
        List<String> words = Tokens.matchWords(text);
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            bigrams.add(stemmer.stem(words.get(i)) + " " + stemmer.stem(words.get(i + 1)));
        }
        return bigrams;
    }

    static Examples examples(List<Story> stories) {
        Examples all = new Examples();
        for (Story s : stories) {
            all.addAll(examples(s.articles(), s.references()));
        }
        return all;
    }

    static List<Story> duc(Path root) {
        List<Story> stories = new ArrayList<>();
        for (Duc2004.Cluster c : Duc2004.load(root)) {
            List<Article> articles = new ArticleLoader(LoadOptions.asGiven())
                    .load(c.documents().stream().map(Path::toString).toList()).articles();
            stories.add(new Story(c.id(), articles, c.referenceSummaries()));
        }
        return stories;
    }

    /** Multi-News clusters {@code from} (inclusive) to {@code to} (exclusive) of the file. */
    static List<Story> multiNews(Path jsonl, int from, int to) {
        List<MultiNews.Cluster> clusters = MultiNews.load(jsonl);
        List<Story> stories = new ArrayList<>();
        for (MultiNews.Cluster c : clusters.subList(Math.min(from, clusters.size()), Math.min(to, clusters.size()))) {
            List<Article> articles = new ArrayList<>();
            for (int d = 0; d < c.documents().size(); d++) {
                try {
                    articles.add(Articles.fromText(c.documents().get(d), c.id() + "-" + (d + 1)));
                } catch (IllegalArgumentException unusable) {
                    // a source the data set truncated to nothing
                }
            }
            if (!articles.isEmpty()) {
                stories.add(new Story(c.id(), articles, List.of(List.of(c.summary()))));
            }
        }
        return stories;
    }

    /** ROUGE of DUC 2004 stories, each summarized by the method its fold gives it. */
    static RougeScore scoreDuc(List<Story> stories, List<Summarizer> methodPerStory, RougeLexicon lexicon) {
        Rouge rouge = new Rouge(RougeConfig.duc2004(), lexicon);
        Budget budget = Budget.words(100).cutByScorer();
        List<RougeScore> scores = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            scores.add(rouge.score(sentences(methodPerStory.get(i), s.articles(), budget), s.references()));
        }
        return Rouge.reportedMean(scores, SummaryBenchmark.RESAMPLES);
    }

    /** ROUGE F1 of Multi-News stories, each summary as long as its reference. */
    static RougeScore scoreMultiNews(List<Story> stories, Summarizer method, RougeLexicon lexicon) {
        List<RougeScore> scores = new ArrayList<>();
        for (Story s : stories) {
            String reference = s.references().get(0).get(0);
            int words = Math.max(1, reference.strip().split("\\s+").length);
            Rouge rouge = new Rouge(RougeConfig.untruncated().withWordLimit(words), lexicon);
            scores.add(rouge.score(sentences(method, s.articles(), Budget.words(words).cutByScorer()), s.references()));
        }
        return Rouge.mean(scores);
    }

    private static List<String> sentences(Summarizer method, List<Article> articles, Budget budget) {
        return new StorySummarizer(method).summarize(articles, budget).sentences().stream()
                .map(SummarySentence::text).toList();
    }

    /**
     * {@code train --multinews FILE --train A:B [--duc ROOT] --out FILE}: fits a model and writes it.
     * {@code evaluate --duc ROOT --multinews FILE --train A:B --test C:D [--folds K]}: prints DUC 2004
     * recall and held-out Multi-News F1 of article-count weights and of learned weights.
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length == 0 || !List.of("train", "evaluate").contains(args[0])) {
            throw new IllegalArgumentException("usage: ConceptTrainer train|evaluate [--duc ROOT] "
                    + "[--multinews FILE --train A:B --test C:D] [--folds K] [--ridge R] [--out FILE]");
        }
        double ridge = Double.parseDouble(options.getOrDefault("--ridge", String.valueOf(RIDGE)));
        List<Story> mnTrain = options.containsKey("--multinews") && options.containsKey("--train")
                ? multiNews(Path.of(options.get("--multinews")), from(options.get("--train")), to(options.get("--train")))
                : List.of();
        List<Story> duc = options.containsKey("--duc") ? duc(Path.of(options.get("--duc"))) : List.of();
        PrintStream out = System.out;
        if (args[0].equals("train")) {
            Examples examples = examples(mnTrain);
            examples.addAll(examples(duc), Double.parseDouble(options.getOrDefault("--duc-weight", "1")));
            ConceptModel model = examples.fit(ridge);
            String comment = "Concept importance for the coverage summarizer (logistic regression, ridge " + ridge + "),\n"
                    + "learnt by io.storyline.evaluate.ConceptTrainer from " + examples.targets().size() + " concepts of "
                    + (mnTrain.size() + duc.size()) + " stories: Multi-News " + options.getOrDefault("--train", "none")
                    + (duc.isEmpty() ? "" : " and DUC 2004") + ".";
            Files.writeString(Path.of(options.get("--out")), model.format(comment));
            out.print(model.format(comment));
            if (options.containsKey("--words-out")) {
                Examples words = new Examples();
                for (Story s : mnTrain) {
                    words.addAll(examples(StoryAnalysis.of(s.articles()), s.references(), true));
                }
                for (Story s : duc) {
                    words.addAll(examples(StoryAnalysis.of(s.articles()), s.references(), true),
                            Double.parseDouble(options.getOrDefault("--duc-weight", "1")));
                }
                ConceptModel wordModel = words.fit(ridge);
                String wordComment = comment.replace("Concept importance", "Word importance")
                        .replace(examples.targets().size() + " concepts", words.targets().size() + " content words");
                Files.writeString(Path.of(options.get("--words-out")), wordModel.format(wordComment));
                out.print(wordModel.format(wordComment));
            }
            return;
        }
        RougeLexicon lexicon = RougeLexicon.findDataDirectory(null).map(RougeLexicon::load).orElseGet(RougeLexicon::none);
        int folds = Integer.parseInt(options.getOrDefault("--folds", "0"));
        Examples mnExamples = examples(mnTrain);
        boolean withWords = options.containsKey("--words");
        List<Examples> ducExamples = new ArrayList<>();
        List<Examples> ducWordExamples = new ArrayList<>();
        for (Story s : duc) {
            StoryAnalysis analysis = StoryAnalysis.of(s.articles());
            ducExamples.add(examples(analysis, s.references(), false));
            ducWordExamples.add(withWords ? examples(analysis, s.references(), true) : new Examples());
        }
        ConceptModel mnModel = options.containsKey("--model")
                ? ConceptModel.parse(Files.readString(Path.of(options.get("--model"))), options.get("--model"))
                : mnExamples.targets().isEmpty() ? null : mnExamples.fit(ridge);
        boolean blocks = options.getOrDefault("--split", "mod").equals("blocks");
        double ducWeight = Double.parseDouble(options.getOrDefault("--duc-weight", "1"));
        if (mnModel != null) {
            out.println("Multi-News model: " + mnModel.format(""));
        }
        if (!duc.isEmpty()) {
            List<Summarizer> counts = new ArrayList<>();
            List<Summarizer> learned = new ArrayList<>();
            for (int i = 0; i < duc.size(); i++) {
                counts.add(new ConceptCoverageSummarizer());
                if (folds > 1) {
                    Examples train = new Examples();
                    Examples trainWords = new Examples();
                    train.addAll(mnExamples);
                    for (int j = 0; j < duc.size(); j++) {
                        if (fold(j, folds, duc.size(), blocks) != fold(i, folds, duc.size(), blocks)) {
                            train.addAll(ducExamples.get(j), ducWeight);
                            trainWords.addAll(ducWordExamples.get(j), ducWeight);
                        }
                    }
                    learned.add(new ConceptCoverageSummarizer(train.fit(ridge),
                            withWords ? trainWords.fit(ridge) : null));
                } else {
                    learned.add(new ConceptCoverageSummarizer(mnModel));
                }
            }
            out.println("DUC 2004 article counts: " + recall(scoreDuc(duc, counts, lexicon)));
            out.println("DUC 2004 learned (" + (folds > 1 ? folds + "-fold, " + (blocks ? "blocks" : "clusters i mod " + folds)
                    + (mnModel != null ? ", plus Multi-News " + options.get("--train") : "") : "Multi-News " + options.get("--train"))
                    + "): " + recall(scoreDuc(duc, learned, lexicon)));
        }
        if (options.containsKey("--test")) {
            List<Story> test = multiNews(Path.of(options.get("--multinews")), from(options.get("--test")), to(options.get("--test")));
            Examples train = new Examples();
            train.addAll(mnExamples);
            if (folds > 1) {
                ducExamples.forEach(e -> train.addAll(e, ducWeight));
            }
            out.println("Multi-News " + options.get("--test") + " article counts: "
                    + f1(scoreMultiNews(test, new ConceptCoverageSummarizer(), lexicon)));
            ConceptModel model = options.containsKey("--model") ? mnModel : train.fit(ridge);
            ConceptModel wordModel = options.containsKey("--word-model")
                    ? ConceptModel.parse(Files.readString(Path.of(options.get("--word-model"))), options.get("--word-model"))
                    : null;
            out.println("Multi-News " + options.get("--test") + " learned: "
                    + f1(scoreMultiNews(test, new ConceptCoverageSummarizer(model, wordModel), lexicon)));
        }
    }

    /** Story {@code i}'s fold: by index modulo the folds, or in contiguous blocks of the sorted ids. */
    static int fold(int i, int folds, int stories, boolean blocks) {
        return blocks ? i * folds / stories : i % folds;
    }

    private static String recall(RougeScore s) {
        return String.format(Locale.ROOT, "R1 %.2f R2 %.2f R4 %.2f", 100 * s.rouge1().recall(),
                100 * s.rouge2().recall(), 100 * s.rougeN(4).recall());
    }

    private static String f1(RougeScore s) {
        return String.format(Locale.ROOT, "R1 %.2f R2 %.2f RL %.2f F1", 100 * s.rouge1().f(),
                100 * s.rouge2().f(), 100 * s.rougeL().f());
    }

    private static int from(String range) {
        return Integer.parseInt(range.substring(0, range.indexOf(':')));
    }

    private static int to(String range) {
        return Integer.parseInt(range.substring(range.indexOf(':') + 1));
    }
}
