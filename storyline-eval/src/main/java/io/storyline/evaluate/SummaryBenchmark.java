package io.storyline.evaluate;

import io.storyline.evaluate.rouge.Rouge;
import io.storyline.evaluate.rouge.RougeConfig;
import io.storyline.evaluate.rouge.RougeExplanation;
import io.storyline.evaluate.rouge.RougeLexicon;
import io.storyline.evaluate.rouge.RougeScore;
import io.storyline.model.Article;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.Budget;
import io.storyline.summarize.StorySummarizer;
import io.storyline.summarize.Summarizers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs summarization methods over a benchmark set and scores them with ROUGE the way the set's
 * literature does, beside the published systems' own summaries scored by the same code.
 */
public final class SummaryBenchmark {

    /** ROUGE-1.5.5's {@code -r 1000}: its printed averages are bootstrap means of this many draws. */
    static final int RESAMPLES = 1000;

    /**
     * One line of the results table.
     *
     * @param system    a Storyline method, or a published system's name
     * @param published whether the summaries are a published system's, read from the data set
     * @param score     the set's average, as ROUGE-1.5.5 prints it
     * @param perCluster each cluster's score, by cluster id
     */
    public record Row(String system, boolean published, RougeScore score, Map<String, RougeScore> perCluster) {
    }

    /** One method's summary of one cluster, its score and why. */
    public record MethodExplanation(String method, RougeScore score, RougeExplanation explanation) {
    }

    /** The {@code --explain} view of one DUC 2004 cluster. */
    public record ClusterExplanation(String cluster, Map<String, List<String>> references,
                                     List<MethodExplanation> methods) {
    }

    private SummaryBenchmark() {
    }

    /** Summarizes one DUC 2004 cluster with each method and explains each score. */
    public static ClusterExplanation explainDuc2004(Path root, String clusterId, List<String> methods,
                                                    RougeLexicon lexicon) {
        Path folder = root.resolve(clusterId);
        if (!java.nio.file.Files.isDirectory(folder.resolve("references"))) {
            throw new IllegalArgumentException("no cluster '" + clusterId + "' (with references/) under " + root);
        }
        Duc2004.Cluster cluster = Duc2004.loadCluster(folder);
        Rouge rouge = new Rouge(RougeConfig.duc2004(), lexicon);
        List<Article> articles = cluster.articles();
        List<MethodExplanation> explained = new ArrayList<>();
        for (String method : methods) {
            List<String> sentences = sentences(summarize(articles, method, Budget.words(100).cutByScorer()));
            explained.add(new MethodExplanation(method, rouge.score(sentences, cluster.referenceSummaries()),
                    rouge.explain(sentences, cluster.referenceSummaries())));
        }
        return new ClusterExplanation(cluster.id(), cluster.references(), explained);
    }

    /**
     * DUC 2004 task 2: 100-word summaries, the official flags ({@code -n 4 -m -l 100 -p 0.5 -f A -a}).
     *
     * @param progress told (clusters done, clusters in all) after each cluster
     */
    public static List<Row> duc2004(Path root, List<String> methods, RougeLexicon lexicon,
                                    BiConsumer<Integer, Integer> progress) {
        return duc2004(root, methods, true, lexicon, progress);
    }

    /**
     * DUC 2004 as {@link #duc2004(Path, List, RougeLexicon, BiConsumer)}, the published systems' rows
     * only when {@code published} (scoring them takes most of the time).
     */
    public static List<Row> duc2004(Path root, List<String> methods, boolean published, RougeLexicon lexicon,
                                    BiConsumer<Integer, Integer> progress) {
        List<Duc2004.Cluster> clusters = Duc2004.load(root);
        Rouge rouge = new Rouge(RougeConfig.duc2004(), lexicon);
        Budget budget = Budget.words(100).cutByScorer();
        Map<String, Map<String, RougeScore>> scores = new LinkedHashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            Duc2004.Cluster cluster = clusters.get(c);
            List<Article> articles = cluster.articles();
            for (String method : methods) {
                List<String> sentences = sentences(summarize(articles, method, budget));
                scores.computeIfAbsent(method, m -> new LinkedHashMap<>())
                        .put(cluster.id(), rouge.score(sentences, cluster.referenceSummaries()));
            }
            if (published) {
                cluster.peers().forEach((system, summary) -> scores
                        .computeIfAbsent("peer:" + system, s -> new LinkedHashMap<>())
                        .put(cluster.id(), rouge.score(summary, cluster.referenceSummaries())));
            }
            progress.accept(c + 1, clusters.size());
        }
        List<Row> rows = new ArrayList<>();
        scores.forEach((system, byCluster) -> {
            boolean peer = system.startsWith("peer:");
            rows.add(new Row(peer ? system.substring(5) : system, peer,
                    Rouge.reportedMean(List.copyOf(byCluster.values()), RESAMPLES), byCluster));
        });
        return rows;
    }

    /**
     * Multi-News: each summary as long as the cluster's reference (in words), scored by ROUGE-1, -2
     * and -L F1 with stemming, without stop-word removal.
     *
     * @param limit at most this many clusters (0 for all)
     */
    public static List<Row> multiNews(Path jsonl, List<String> methods, RougeLexicon lexicon, int limit,
                                      BiConsumer<Integer, Integer> progress) {
        List<MultiNews.Cluster> clusters = MultiNews.load(jsonl);
        if (limit > 0 && clusters.size() > limit) {
            clusters = clusters.subList(0, limit);
        }
        Map<String, Map<String, RougeScore>> scores = new LinkedHashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            MultiNews.Cluster cluster = clusters.get(c);
            List<Article> articles = cluster.articles();
            int words = MultiNews.words(cluster.summary());
            Rouge rouge = new Rouge(RougeConfig.untruncated().withWordLimit(words), lexicon);
            List<List<String>> reference = List.of(List.of(cluster.summary()));
            for (String method : methods) {
                List<String> sentences = sentences(summarize(articles, method, Budget.words(words).cutByScorer()));
                scores.computeIfAbsent(method, m -> new LinkedHashMap<>())
                        .put(cluster.id(), rouge.score(sentences, reference));
            }
            progress.accept(c + 1, clusters.size());
        }
        List<Row> rows = new ArrayList<>();
        scores.forEach((system, byCluster) ->
                rows.add(new Row(system, false, Rouge.mean(List.copyOf(byCluster.values())), byCluster)));
        return rows;
    }

    private static Summary summarize(List<Article> articles, String method, Budget budget) {
        return new StorySummarizer(Summarizers.byNameOrThrow(method)).summarize(articles, budget);
    }

    private static List<String> sentences(Summary summary) {
        return summary.sentences().stream().map(SummarySentence::text).toList();
    }
}
