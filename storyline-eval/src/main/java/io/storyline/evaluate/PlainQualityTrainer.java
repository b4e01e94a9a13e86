package io.storyline.evaluate;

import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.StoryFacts;
import io.storyline.evaluate.ConceptTrainer.Examples;
import io.storyline.evaluate.rouge.Rouge;
import io.storyline.evaluate.rouge.RougeConfig;
import io.storyline.evaluate.rouge.RougeCounts;
import io.storyline.evaluate.rouge.RougeLexicon;
import io.storyline.evaluate.rouge.RougeScore;
import io.storyline.model.Article;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.Budget;
import io.storyline.summarize.ConceptCoverageSummarizer;
import io.storyline.summarize.SentenceQuality;
import io.storyline.summarize.StorySummarizer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits and cross-validates the sentence quality of ordinary summaries ({@link SentenceQuality#ofPlain},
 * {@link ConceptCoverageSummarizer#withPlainQuality}) on Multi-News <em>training</em> clusters only: Cao et
 * al. 2015's sentence regression (each candidate's ROUGE-2 recall on its own, or with {@code precision} the
 * share of its own bigrams the reference holds), as a logistic regression over {@link SentenceQuality#NAMES}.
 *
 * <ul>
 *   <li>{@code plain-quality}: K folds of the training clusters (index mod K); the first N clusters are each
 *   summarized (ROUGE F1 at the reference's length, as {@code eval summarize --dataset multinews}) by the
 *   default and by the default with the quality of a model fitted on the other folds, for every target, share
 *   and gate; one line a cluster into the TSV (cluster, then, R-L F1 of each setting in the header's
 *   order), and the means on standard output. The settings are chosen from this table.</li>
 *   <li>{@code train-plain-quality}: the model of one target fitted on all the training clusters, written to
 *   {@code DIR/sentence-quality.tsv}.</li>
 * </ul>
 * The sources are read as {@code eval summarize} reads them (each a text file), and summarized on one
 * analysis as {@code Storyline.summarize} does.
 */
final class PlainQualityTrainer {

    private PlainQualityTrainer() {
    }

    static void run(String command, Map<String, String> options) throws IOException {
        double ridge = Double.parseDouble(options.getOrDefault("--ridge", String.valueOf(ConceptTrainer.RIDGE)));
        Path file = Path.of(options.get("--multinews"));
        String range = options.get("--train");
        int from = Integer.parseInt(range.substring(0, range.indexOf(':')));
        int to = Integer.parseInt(range.substring(range.indexOf(':') + 1));
        List<MultiNews.Cluster> clusters = MultiNews.load(file);
        clusters = clusters.subList(Math.min(from, clusters.size()), Math.min(to, clusters.size()));
        RougeLexicon lexicon = RougeLexicon.official().orElseGet(RougeLexicon::none);
        Rouge unit = new Rouge(RougeConfig.untruncated(), lexicon);
        List<Examples> recall = new ArrayList<>();
        List<Examples> precision = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < clusters.size(); i++) {
            MultiNews.Cluster c = clusters.get(i);
            List<Article> articles = SummaryBenchmark.readAsFiles(c);
            StoryAnalysis story = articles.isEmpty() ? null : StoryAnalysis.of(articles);
            List<List<String>> reference = List.of(List.of(c.summary()));
            recall.add(story == null ? new Examples() : examples(story, reference, unit, false));
            precision.add(story == null ? new Examples() : examples(story, reference, unit, true));
            if ((i + 1) % 100 == 0) {
                System.err.println("examples " + (i + 1) + " " + (System.nanoTime() - t0) / 1_000_000_000 + "s");
            }
        }
        if (command.equals("train-plain-quality")) {
            String target = options.getOrDefault("--target", "recall");
            SentenceQuality model = fit(target.equals("precision") ? precision : recall, ridge, -1, 1);
            String text = model.format("learnt by io.storyline.evaluate.ConceptTrainer train-plain-quality (logistic regression, ridge "
                    + ridge + ") from Multi-News train-5000 clusters " + range + " (0-based, end excluded: " + clusters.size() + " clusters), refit by:\n"
                    + "java -cp storyline-eval/target/storyline.jar io.storyline.evaluate.ConceptTrainer train-plain-quality "
                    + "--multinews " + file + " --train " + range + " --target " + target + " --out DIR\n"
                    + "the ROUGE-2 " + target + " of a candidate sentence on its own against the story's reference.");
            Path dir = Files.createDirectories(Path.of(options.getOrDefault("--out", ".")));
            Files.writeString(dir.resolve("sentence-quality.tsv"), text);
            System.out.print(text);
            return;
        }
        int folds = Integer.parseInt(options.getOrDefault("--folds", "5"));
        int scored = Math.min(clusters.size(), Integer.parseInt(options.getOrDefault("--score", "400")));
        List<Double> shares = Arrays.stream(options.getOrDefault("--shares", "0.1,0.3").split(","))
                .map(Double::parseDouble).toList();
        List<String> targets = List.of(options.getOrDefault("--targets", "recall,precision").split(","));
        List<String> gates = List.of(options.getOrDefault("--gates", "short,all").split(","));
        List<List<SentenceQuality>> byTarget = new ArrayList<>();
        for (String target : targets) {
            List<SentenceQuality> byFold = new ArrayList<>();
            for (int f = 0; f < folds; f++) {
                byFold.add(fit(target.equals("precision") ? precision : recall, ridge, f, folds));
            }
            byTarget.add(byFold);
        }
        List<String> names = new ArrayList<>(List.of("default"));
        for (String target : targets) {
            for (String gate : gates) {
                for (double share : shares) {
                    names.add(target + "/" + gate + "/" + share);
                }
            }
        }
        double[][] sum = new double[names.size()][3];
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(options.get("--out"))))) {
            w.println("#cluster\t" + String.join("\t", names));
            for (int i = 0; i < scored; i++) {
                MultiNews.Cluster c = clusters.get(i);
                List<Article> articles = SummaryBenchmark.readAsFiles(c);
                if (articles.isEmpty()) {
                    continue;
                }
                int words = MultiNews.words(c.summary());
                Rouge rouge = new Rouge(RougeConfig.untruncated().withWordLimit(words), lexicon);
                List<List<String>> reference = List.of(List.of(c.summary()));
                StoryFacts facts = StoryFacts.of(StoryAnalysis.of(articles));
                List<ConceptCoverageSummarizer> methods = new ArrayList<>(List.of(ConceptCoverageSummarizer.standard()));
                for (int t = 0; t < targets.size(); t++) {
                    SentenceQuality q = byTarget.get(t).get(i % folds);
                    for (String gate : gates) {
                        for (double share : shares) {
                            methods.add(ConceptCoverageSummarizer.standard().withPlainQuality(q, share,
                                    targets.get(t).equals("precision"), gate.equals("short")));
                        }
                    }
                }
                StringBuilder line = new StringBuilder(c.id());
                for (int m = 0; m < methods.size(); m++) {
                    List<String> sentences = new StorySummarizer(methods.get(m))
                            .summarize(facts, Budget.words(words).cutByScorer(), null)
                            .sentences().stream().map(SummarySentence::text).toList();
                    RougeScore s = rouge.score(sentences, reference);
                    double[] f = {s.rouge1().f(), s.rouge2().f(), s.rougeL().f()};
                    for (int k = 0; k < 3; k++) {
                        sum[m][k] += f[k];
                        line.append(String.format(Locale.ROOT, "\t%.5f", f[k]));
                    }
                }
                w.println(line);
                w.flush();
                if ((i + 1) % 50 == 0) {
                    System.err.println("scored " + (i + 1) + " " + (System.nanoTime() - t0) / 1_000_000_000 + "s");
                }
            }
        }
        for (int m = 0; m < names.size(); m++) {
            System.out.printf(Locale.ROOT, "%-24s R-1 %.2f R-2 %.2f R-L %.2f (%d clusters, out of fold)%n", names.get(m),
                    100 * sum[m][0] / scored, 100 * sum[m][1] / scored, 100 * sum[m][2] / scored, scored);
        }
    }

    /**
     * Every candidate sentence of the story ({@link SentenceQuality#ofPlain}) with its ROUGE-2 recall on its own
     * against the reference, or with {@code precision} the share of its own bigrams the reference holds.
     */
    static Examples examples(StoryAnalysis story, List<List<String>> reference, Rouge unit, boolean precision) {
        Examples examples = new Examples();
        SentenceQuality.ofPlain(story).forEach((id, x) -> {
            RougeCounts counts = unit.counts(List.of(story.sentences().get(id).text()), reference, 2);
            examples.add(x, counts.hits() / (double) Math.max(1, precision ? counts.peerGrams() : counts.referenceGrams()));
        });
        return examples;
    }

    /** The model fitted on every story not in fold {@code leftOut} (index mod {@code folds}); -1: all of them. */
    private static SentenceQuality fit(List<Examples> stories, double ridge, int leftOut, int folds) {
        Examples all = new Examples();
        for (int i = 0; i < stories.size(); i++) {
            if (leftOut < 0 || i % folds != leftOut) {
                all.addAll(stories.get(i));
            }
        }
        return new SentenceQuality(all.coefficients(ridge));
    }
}
