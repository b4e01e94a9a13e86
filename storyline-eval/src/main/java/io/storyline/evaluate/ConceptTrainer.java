package io.storyline.evaluate;

import io.storyline.analyze.PorterStemmer;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.Tokens;
import io.storyline.evaluate.rouge.Rouge;
import io.storyline.evaluate.rouge.RougeConfig;
import io.storyline.evaluate.rouge.RougeLexicon;
import io.storyline.evaluate.rouge.RougeScore;
import io.storyline.model.Article;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.Budget;
import io.storyline.summarize.ConceptCoverageSummarizer;
import io.storyline.summarize.ConceptFeatures;
import io.storyline.summarize.ConceptModel;
import io.storyline.summarize.LogisticRegression;
import io.storyline.summarize.SentenceQuality;
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
 * {@code java -cp storyline-eval/target/storyline.jar io.storyline.evaluate.ConceptTrainer train
 * --duc ../shared/data/duc2004 --out storyline-core/src/main/resources/io/storyline/summarize}
 * (the folder receives concept-model.tsv and word-model.tsv).
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
            return ConceptModel.of(coefficients(ridge));
        }

        double[] coefficients(double ridge) {
            double[][] x = features.toArray(new double[0][]);
            double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
            double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
            return LogisticRegression.fit(x, y, w, ridge);
        }
    }

    private ConceptTrainer() {
    }

    /**
     * The examples of one analysed story: its concepts, or with {@code words} its content
     * words, each with the share of references containing it.
     */
    static Examples examples(StoryAnalysis story, List<List<String>> references, boolean words) {
        List<Set<String>> referenceUnits = new ArrayList<>();
        PorterStemmer stemmer = new PorterStemmer();
        for (List<String> reference : references) {
            String text = String.join(" ", reference);
            referenceUnits.add(words ? unigrams(text, stemmer) : bigrams(text, stemmer));
        }
        Examples examples = new Examples();
        Map<Long, double[]> weighed = words ? ConceptFeatures.ofWords(story) : ConceptFeatures.of(story);
        weighed.forEach((concept, features) -> {
            String unit = words ? story.stem(ConceptFeatures.stemOfWordKey(concept)) : ConceptFeatures.words(story, concept);
            long in = referenceUnits.stream().filter(r -> r.contains(unit)).count();
            examples.add(features, in / (double) Math.max(1, references.size()));
        });
        return examples;
    }

    /**
     * The candidate sentences of one story ({@link SentenceQuality#of}), each with its ROUGE-{@code n}
     * recall against the story's references on its own (pooled over the references, as {@code -f A} pools them):
     * the target of Cao et al. 2015's sentence regression.
     */
    static Examples sentenceExamples(StoryAnalysis story, List<List<String>> references, int n, Rouge rouge) {
        return sentenceExamples(story, references, n, rouge, false);
    }

    /** As above; with {@code precision}, the share of the sentence's n-grams the references hold. */
    static Examples sentenceExamples(StoryAnalysis story, List<List<String>> references, int n, Rouge rouge,
                                     boolean precision) {
        Examples examples = new Examples();
        SentenceQuality.of(story).forEach((id, features) -> {
            var counts = rouge.counts(List.of(story.sentences().get(id).text()), references, n);
            examples.add(features, counts.hits() / (double) Math.max(1,
                    precision ? counts.peerGrams() : counts.referenceGrams()));
        });
        return examples;
    }

    /**
     * Leaves the named {@link SentenceQuality#NAMES features} (comma-separated) out of a fit: zero in
     * every example, so the ridge gives them no weight and the model cannot use them.
     */
    static void leaveOut(List<Examples> examples, String names) {
        List<Integer> left = java.util.Arrays.stream(names.split(","))
                .map(name -> SentenceQuality.NAMES.indexOf(name.strip())).toList();
        if (left.contains(-1)) {
            throw new IllegalArgumentException("'" + names + "' names a feature not in " + SentenceQuality.NAMES);
        }
        examples.forEach(e -> e.features().forEach(x -> left.forEach(f -> x[f] = 0)));
    }

    static SentenceQuality fitQuality(List<Examples> stories, double ridge) {
        Examples all = new Examples();
        stories.forEach(all::addAll);
        return new SentenceQuality(all.coefficients(ridge));
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

    /** The clusters of a folder laid out as DUC 2004's (DUC 2006 too), each with its references. */
    static List<Story> duc(Path root) {
        List<Story> stories = new ArrayList<>();
        for (Duc2004.Cluster c : Duc2004.load(root)) {
            // DUC 2004's documents are text files; DUC 2006's are SGML files without an extension, read as
            // the command reads them
            List<Article> articles = c.articles().isEmpty() ? SummaryBenchmark.read(c.docs()) : c.articles();
            stories.add(new Story(c.id(), articles, c.referenceSummaries()));
        }
        return stories;
    }

    /** Multi-News clusters {@code from} (inclusive) to {@code to} (exclusive) of the file. */
    static List<Story> multiNews(Path jsonl, int from, int to) {
        List<MultiNews.Cluster> clusters = MultiNews.load(jsonl);
        List<Story> stories = new ArrayList<>();
        for (MultiNews.Cluster c : clusters.subList(Math.min(from, clusters.size()), Math.min(to, clusters.size()))) {
            List<Article> articles = c.articles();
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
            int words = MultiNews.words(reference);
            Rouge rouge = new Rouge(RougeConfig.untruncated().withWordLimit(words), lexicon);
            scores.add(rouge.score(sentences(method, s.articles(), Budget.words(words).cutByScorer()), s.references()));
        }
        return Rouge.mean(scores);
    }

    private static List<String> sentences(Summarizer method, List<Article> articles, Budget budget) {
        return new StorySummarizer(method).summarize(articles, budget).sentences().stream()
                .map(SummarySentence::text).toList();
    }

    /** The two models of a training set: bigram concepts and content words. */
    record Models(ConceptModel concepts, ConceptModel words) {

        ConceptCoverageSummarizer summarizer() {
            return new ConceptCoverageSummarizer(concepts, words);
        }

        /** The models as those for stories of short sources ({@code learned}'s Multi-News kind). */
        ConceptCoverageSummarizer shortSummarizer() {
            return ConceptCoverageSummarizer.learned(null, null, concepts, words);
        }
    }

    /**
     * Writes the two models into {@code dir}, each with {@code source} and what it predicts as its comment:
     * {@code concept-model.tsv} and {@code word-model.tsv}, or for stories of short sources
     * {@code short-concept-model.tsv} and {@code short-word-model.tsv}. Returns what was written.
     */
    static String write(Models models, String source, Path dir, boolean shortSources) throws IOException {
        Files.createDirectories(dir);
        String concepts = models.concepts().format(source + "a bigram of the articles is in a human summary.");
        String words = models.words().format(source + "a content word of the articles is in a human summary.");
        String prefix = shortSources ? "short-" : "";
        Files.writeString(dir.resolve(prefix + "concept-model.tsv"), concepts);
        Files.writeString(dir.resolve(prefix + "word-model.tsv"), words);
        return concepts + words;
    }

    /** Both models fitted on the stories' examples. */
    static Models fit(List<StoryExamples> stories, double ridge) {
        Examples concepts = new Examples();
        Examples words = new Examples();
        for (StoryExamples s : stories) {
            concepts.addAll(s.concepts());
            words.addAll(s.words());
        }
        return new Models(concepts.fit(ridge), words.fit(ridge));
    }

    /** A story's concept examples and content-word examples. */
    record StoryExamples(Examples concepts, Examples words) {

        static StoryExamples of(Story story) {
            StoryAnalysis analysis = StoryAnalysis.of(story.articles());
            return new StoryExamples(examples(analysis, story.references(), false),
                    examples(analysis, story.references(), true));
        }
    }

    /**
     * Two commands, options as {@code --name value}:
     * <ul>
     *   <li>{@code train [--duc ROOT] [--multinews FILE --train A:B] [--kind whole|short] --out DIR}: fits
     *   both models on all the given stories and writes {@code DIR/concept-model.tsv} and
     *   {@code DIR/word-model.tsv}, or with {@code --kind short} the models for stories of short sources,
     *   {@code DIR/short-concept-model.tsv} and {@code DIR/short-word-model.tsv};</li>
     *   <li>{@code evaluate [--duc ROOT] [--folds K] [--split mod|blocks] [--multinews FILE [--train A:B]
     *   [--test C:D] [--test-file FILE2] [--kind whole|short]]}: DUC 2004 recall of article-count weights
     *   and of learned weights, each cluster scored by models fitted on the other folds' clusters (plus
     *   Multi-News A:B; {@code --folds 1} scores every cluster by the Multi-News models alone); then
     *   Multi-News F1 on clusters C:D (of FILE2 if given) of models fitted on every DUC cluster (plus
     *   Multi-News A:B), used as the models for short sources with {@code --kind short}.</li>
     * </ul>
     * {@code --train-duc ROOT} adds the stories of another folder laid out as DUC 2004's (DUC 2006) to the
     * training stories, as Multi-News A:B is added. {@code --ridge R} changes the penalty (default {@value #RIDGE}).
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length > 0 && (args[0].equals("quality") || args[0].equals("train-quality"))) {
            quality(args[0], options);
            return;
        }
        if (args.length > 0 && (args[0].equals("plain-quality") || args[0].equals("train-plain-quality"))) {
            PlainQualityTrainer.run(args[0], options);
            return;
        }
        if (args.length == 0 || !List.of("train", "evaluate").contains(args[0])) {
            System.err.println("usage: ConceptTrainer train [--duc ROOT] [--multinews FILE --train A:B] [--kind whole|short] --out DIR\n"
                    + "       ConceptTrainer evaluate [--duc ROOT] [--folds K] [--split mod|blocks] "
                    + "[--multinews FILE [--train A:B] [--test C:D] [--test-file FILE2] [--kind whole|short]] [--ridge R]\n"
                    + "       ConceptTrainer train-quality --duc ROOT [--n N] --out DIR\n"
                    + "       ConceptTrainer quality --duc ROOT [--n N] [--shares S,S,...] [--target recall|precision] [--without F,F] [--gate whole|all] "
                    + "[--multinews FILE --test C:D]\n"
                    + "       ConceptTrainer plain-quality --multinews FILE --train A:B [--folds K] [--score N] [--shares S,S] "
                    + "[--targets recall,precision] [--gates short,all] --out TSV\n"
                    + "       ConceptTrainer train-plain-quality --multinews FILE --train A:B --target recall|precision --out DIR");
            System.exit(2);
        }
        double ridge = Double.parseDouble(options.getOrDefault("--ridge", String.valueOf(RIDGE)));
        Path multiNews = options.containsKey("--multinews") ? Path.of(options.get("--multinews")) : null;
        List<StoryExamples> extra = new ArrayList<>();
        if (multiNews != null && options.containsKey("--train")) {
            String range = options.get("--train");
            multiNews(multiNews, from(range), to(range)).forEach(s -> extra.add(StoryExamples.of(s)));
        }
        if (options.containsKey("--train-duc")) {
            duc(Path.of(options.get("--train-duc"))).forEach(s -> extra.add(StoryExamples.of(s)));
        }
        List<Story> duc = options.containsKey("--duc") ? duc(Path.of(options.get("--duc"))) : List.of();
        List<StoryExamples> ducExamples = duc.stream().map(StoryExamples::of).toList();
        List<StoryExamples> all = new ArrayList<>(extra);
        all.addAll(ducExamples);
        PrintStream out = System.out;
        if (args[0].equals("train")) {
            Models models = fit(all, ridge);
            String source = "learnt by io.storyline.evaluate.ConceptTrainer (logistic regression, ridge " + ridge
                    + ") from " + all.size() + " stories, refit by:\njava -cp storyline-eval/target/storyline.jar "
                    + "io.storyline.evaluate.ConceptTrainer " + String.join(" ", args)
                    + "\nthe probability that ";
            out.print(write(models, source, Path.of(options.getOrDefault("--out", ".")),
                    options.getOrDefault("--kind", "whole").equals("short")));
            return;
        }
        RougeLexicon lexicon = RougeLexicon.official().orElseGet(RougeLexicon::none);
        if (!duc.isEmpty()) {
            int folds = Integer.parseInt(options.getOrDefault("--folds", "5"));
            boolean blocks = options.getOrDefault("--split", "mod").equals("blocks");
            List<Summarizer> counts = new ArrayList<>();
            List<Summarizer> learned = new ArrayList<>();
            List<Models> byFold = new ArrayList<>();
            for (int f = 0; f < folds; f++) {
                List<StoryExamples> train = new ArrayList<>(extra);
                for (int j = 0; j < duc.size(); j++) {
                    if (fold(j, folds, duc.size(), blocks) != f) {
                        train.add(ducExamples.get(j));
                    }
                }
                byFold.add(fit(train, ridge));
            }
            for (int i = 0; i < duc.size(); i++) {
                counts.add(new ConceptCoverageSummarizer());
                learned.add(byFold.get(fold(i, folds, duc.size(), blocks)).summarizer());
            }
            out.println("DUC 2004, article counts: " + recall(scoreDuc(duc, counts, lexicon)));
            out.println("DUC 2004, learned (" + folds + " folds by " + (blocks ? "blocks" : "index mod " + folds)
                    + (extra.isEmpty() ? "" : ", plus Multi-News " + options.get("--train")) + "): "
                    + recall(scoreDuc(duc, learned, lexicon)));
        }
        if (multiNews != null && options.containsKey("--test")) {
            String range = options.get("--test");
            Path testFile = Path.of(options.getOrDefault("--test-file", multiNews.toString()));
            List<Story> test = multiNews(testFile, from(range), to(range));
            boolean shortSources = options.getOrDefault("--kind", "whole").equals("short");
            out.println("Multi-News " + testFile.getFileName() + " " + range + ", article counts: "
                    + f1(scoreMultiNews(test, new ConceptCoverageSummarizer(), lexicon)));
            out.println("Multi-News " + testFile.getFileName() + " " + range + ", learned"
                    + (shortSources ? " (as the short-source models)" : "") + ": "
                    + f1(scoreMultiNews(test, shortSources ? fit(all, ridge).shortSummarizer() : fit(all, ridge).summarizer(),
                    lexicon)));
        }
    }

    /**
     * {@code train-quality}: fits {@link SentenceQuality} on every DUC cluster and writes
     * {@code DIR/sentence-quality.tsv}. {@code quality}: DUC 2004 recall of the default with the
     * quality term at each share, every cluster scored by a model fitted on the other folds, for both
     * fold splits (index mod 5 and 5 blocks); then Multi-News F1 with the model of all DUC clusters.
     */
    private static void quality(String command, Map<String, String> options) throws IOException {
        double ridge = Double.parseDouble(options.getOrDefault("--ridge", String.valueOf(RIDGE)));
        int n = Integer.parseInt(options.getOrDefault("--n", "2"));
        boolean precision = options.getOrDefault("--target", "recall").equals("precision");
        RougeLexicon lexicon = RougeLexicon.official().orElseGet(RougeLexicon::none);
        Rouge rouge = new Rouge(RougeConfig.duc2004(), lexicon);
        List<Story> duc = duc(Path.of(options.get("--duc")));
        List<Examples> examples = duc.stream()
                .map(s -> sentenceExamples(StoryAnalysis.of(s.articles()), s.references(), n, rouge, precision))
                .toList();
        if (options.containsKey("--without")) {
            leaveOut(examples, options.get("--without"));
        }
        PrintStream out = System.out;
        if (command.equals("train-quality")) {
            SentenceQuality model = fitQuality(examples, ridge);
            String text = model.format("learnt by io.storyline.evaluate.ConceptTrainer train-quality (logistic regression, ridge "
                    + ridge + ") from " + duc.size() + " DUC 2004 clusters:\nthe ROUGE-" + n
                    + " recall of a candidate sentence on its own against the story's references.");
            Files.writeString(Files.createDirectories(Path.of(options.getOrDefault("--out", "."))).resolve("sentence-quality.tsv"), text);
            out.print(text);
            return;
        }
        boolean wholeOnly = options.getOrDefault("--gate", "whole").equals("whole");
        List<Double> shares = java.util.Arrays.stream(options.getOrDefault("--shares", "0,0.05,0.1,0.2").split(","))
                .map(Double::parseDouble).toList();
        int folds = 5;
        for (boolean blocks : List.of(false, true)) {
            List<SentenceQuality> byFold = new ArrayList<>();
            for (int f = 0; f < folds; f++) {
                List<Examples> train = new ArrayList<>();
                for (int j = 0; j < duc.size(); j++) {
                    if (fold(j, folds, duc.size(), blocks) != f) {
                        train.add(examples.get(j));
                    }
                }
                byFold.add(fitQuality(train, ridge));
            }
            double[] fit = new double[4];
            for (int i = 0; i < duc.size(); i++) {
                SentenceQuality q = byFold.get(fold(i, folds, duc.size(), blocks));
                Examples e = examples.get(i);
                double[] predicted = e.features().stream().mapToDouble(q::score).toArray();
                double[] value = e.features().stream().mapToDouble(x -> x[5]).toArray();
                double[] target = e.targets().stream().mapToDouble(Double::doubleValue).toArray();
                fit[0] += correlation(predicted, target) / duc.size();
                fit[1] += correlation(value, target) / duc.size();
                fit[2] += top(predicted, target) / duc.size();
                fit[3] += top(value, target) / duc.size();
            }
            out.println(String.format(Locale.ROOT, "held-out fit (%s): correlation with the target %.3f "
                    + "(concept value alone %.3f); target of the top-ranked sentence / best target %.3f (%.3f)",
                    blocks ? "blocks" : "mod", fit[0], fit[1], fit[2], fit[3]));
            for (double share : shares) {
                List<Summarizer> methods = new ArrayList<>();
                for (int i = 0; i < duc.size(); i++) {
                    SentenceQuality q = byFold.get(fold(i, folds, duc.size(), blocks));
                    methods.add(precision ? ConceptCoverageSummarizer.withQualityPerWord(q, share, wholeOnly)
                            : ConceptCoverageSummarizer.withQuality(q, share, wholeOnly));
                }
                out.println("DUC 2004, quality share " + share + " (ROUGE-" + n + " " + (precision ? "precision" : "recall")
                        + " target, 5 folds by "
                        + (blocks ? "blocks" : "index mod 5") + "): " + recall(scoreDuc(duc, methods, lexicon)));
            }
        }
        if (options.containsKey("--multinews") && options.containsKey("--test")) {
            String range = options.get("--test");
            List<Story> test = multiNews(Path.of(options.get("--multinews")), from(range), to(range));
            SentenceQuality all = fitQuality(examples, ridge);
            for (double share : shares) {
                out.println("Multi-News " + range + ", quality share " + share + (wholeOnly ? " (gated)" : "") + ": "
                        + f1(scoreMultiNews(test, precision ? ConceptCoverageSummarizer.withQualityPerWord(all, share, wholeOnly)
                        : ConceptCoverageSummarizer.withQuality(all, share, wholeOnly), lexicon)));
            }
        }
    }

    /** Pearson's correlation of two series; 0 when either is constant. */
    static double correlation(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElse(0);
        double mb = java.util.Arrays.stream(b).average().orElse(0);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    /** The target of the sentence ranked first by {@code score}, as a share of the best target. */
    private static double top(double[] score, double[] target) {
        int best = 0;
        double max = 0;
        for (int i = 0; i < score.length; i++) {
            best = score[i] > score[best] ? i : best;
            max = Math.max(max, target[i]);
        }
        return max == 0 ? 0 : target[best] / max;
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
