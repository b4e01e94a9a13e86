package io.storyline.evaluate;

import io.storyline.evaluate.rouge.Rouge;
import io.storyline.evaluate.rouge.RougeConfig;
import io.storyline.evaluate.rouge.RougeExplanation;
import io.storyline.evaluate.rouge.RougeLexicon;
import io.storyline.evaluate.rouge.RougeScore;
import io.storyline.Storyline;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Article;
import io.storyline.model.Summary;
import io.storyline.render.OutputFormats;
import io.storyline.summarize.Budget;
import io.storyline.summarize.SummaryOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs summarization methods over a benchmark set and scores them with ROUGE the way the set's
 * literature does, beside the published systems' own summaries scored by the same code.
 *
 * <p>What is scored is what {@code storyline summarize --overflow --format text} prints for the
 * cluster's articles: they are read by the same call as the command reads them ({@link #read}, duplicates
 * merged), summarized and rendered by the same entries ({@link Storyline#report(List, SummaryOptions,
 * io.storyline.render.OutputFormat)} for text, {@link Storyline#render(io.storyline.model.SummaryReport,
 * io.storyline.render.OutputFormat)}) with the command's defaults, and the printed lines are the summary's
 * sentences. {@code --overflow} lets the last sentence run past the
 * length, which ROUGE's {@code -l} then cuts, as DUC scored every system.
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
        List<Article> articles = read(cluster.docs());
        List<MethodExplanation> explained = new ArrayList<>();
        for (String method : methods) {
            List<String> sentences = sentences(summaryText(articles, duc2004Options(method)));
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
        Map<String, Map<String, RougeScore>> scores = new LinkedHashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            Duc2004.Cluster cluster = clusters.get(c);
            List<Article> articles = read(cluster.docs());
            for (String method : methods) {
                List<String> sentences = sentences(summaryText(articles, duc2004Options(method)));
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
        return rows(scores);
    }

    /** DUC 2006's summary length, in words. */
    static final int DUC2006_WORDS = 250;

    /**
     * DUC 2006 (question-focused): each topic's title and narrative are the focus ({@code summarize --focus
     * TOPIC --words 250 --overflow}), the summary is cut to 250 words and scored by ROUGE-2 and ROUGE-SU4
     * recall with NIST's flags ({@link RougeConfig#duc2006()}); the published systems' summaries, which NIST
     * cut already, are scored as they are. With {@code focused} false, the topics are summarized without
     * their focus (to see what the focus adds).
     *
     * @param topics which topic folders (by name) to run, e.g. half of them for tuning
     */
    public static List<Row> duc2006(Path root, List<String> methods, boolean focused, boolean published,
                                    java.util.function.Predicate<String> topics, RougeLexicon lexicon,
                                    BiConsumer<Integer, Integer> progress) {
        List<Duc2004.Cluster> clusters = Duc2004.load(root).stream().filter(c -> topics.test(c.id())).toList();
        Rouge ours = new Rouge(RougeConfig.duc2006().withWordLimit(DUC2006_WORDS), lexicon);
        Rouge asCut = new Rouge(RougeConfig.duc2006(), lexicon);
        Map<String, Map<String, RougeScore>> scores = new LinkedHashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            Duc2004.Cluster cluster = clusters.get(c);
            List<Article> articles = read(cluster.docs());
            for (String method : methods) {
                SummaryOptions options = SummaryOptions.defaults().withMethod(method)
                        .withBudget(Budget.words(DUC2006_WORDS).cutByScorer())
                        .withFocus(focused ? cluster.topic() : null);
                List<String> sentences = sentences(summaryText(articles, options));
                scores.computeIfAbsent(method, m -> new LinkedHashMap<>())
                        .put(cluster.id(), ours.score(sentences, cluster.referenceSummaries()));
            }
            if (published) {
                cluster.peers().forEach((system, summary) -> scores
                        .computeIfAbsent("peer:" + system, s -> new LinkedHashMap<>())
                        .put(cluster.id(), asCut.score(summary, cluster.referenceSummaries())));
            }
            progress.accept(c + 1, clusters.size());
        }
        return rows(scores);
    }

    /** The DUC 2007 update task's summary length, in words. */
    static final int DUC2007_UPDATE_WORDS = 100;

    /**
     * The DUC 2007 update task: per topic, the summary of set A is the ordinary focused summary; of B, what B
     * adds for a reader who has read A; of C, what C adds to A and B: what {@code storyline summarize --since
     * DAY --focus TOPIC --words 100 --overflow --format text} prints ({@link #updateSummaryText}). Cut to 100
     * words and scored by ROUGE-2 and ROUGE-SU4 recall with NIST's DUC 2005-2007 flags; the published
     * systems' summaries, which NIST cut already, as they are.
     *
     * @param topics which topic folders (by name) to run
     * @return the rows of each set, by set (A, B, C), then of the sets together ({@code all})
     */
    public static Map<String, List<Row>> duc2007Update(Path root, List<String> methods,
                                                      java.util.function.Predicate<String> topics, RougeLexicon lexicon,
                                                      BiConsumer<Integer, Integer> progress) {
        List<Duc2007Update.Topic> chosen = Duc2007Update.load(root).stream().filter(t -> topics.test(t.id())).toList();
        Rouge ours = new Rouge(RougeConfig.duc2006().withWordLimit(DUC2007_UPDATE_WORDS), lexicon);
        Rouge asCut = new Rouge(RougeConfig.duc2006(), lexicon);
        Map<String, Map<String, Map<String, RougeScore>>> bySet = new LinkedHashMap<>();
        Map<String, Map<String, RougeScore>> all = new LinkedHashMap<>();
        for (int t = 0; t < chosen.size(); t++) {
            Duc2007Update.Topic topic = chosen.get(t);
            List<Article> read = new ArrayList<>();
            for (String set : Duc2007Update.SETS) {
                Duc2004.Cluster cluster = topic.set(set);
                List<Article> fresh = read(topic.docs(set));
                Map<String, Map<String, RougeScore>> scores = bySet.computeIfAbsent(set, s -> new LinkedHashMap<>());
                for (String method : methods) {
                    SummaryOptions options = SummaryOptions.defaults().withMethod(method)
                            .withBudget(Budget.words(DUC2007_UPDATE_WORDS).cutByScorer()).withFocus(topic.focus());
                    List<String> sentences = sentences(updateSummaryText(read, fresh, options));
                    RougeScore score = ours.score(sentences, cluster.referenceSummaries());
                    scores.computeIfAbsent(method, m -> new LinkedHashMap<>()).put(cluster.id(), score);
                    all.computeIfAbsent(method, m -> new LinkedHashMap<>()).put(cluster.id(), score);
                }
                cluster.peers().forEach((system, summary) -> {
                    RougeScore score = asCut.score(summary, cluster.referenceSummaries());
                    scores.computeIfAbsent("peer:" + system, s -> new LinkedHashMap<>()).put(cluster.id(), score);
                    all.computeIfAbsent("peer:" + system, s -> new LinkedHashMap<>()).put(cluster.id(), score);
                });
                read.addAll(fresh);
            }
            progress.accept(t + 1, chosen.size());
        }
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        bySet.forEach((set, scores) -> rows.put(set, rows(scores)));
        if (!all.isEmpty()) {
            rows.put("all", rows(all));
        }
        return rows;
    }

    /**
     * What {@code storyline summarize --since DAY --format text} prints when {@code earlier} are the articles
     * dated before the day and {@code fresh} the others: made by the same call ({@link Storyline#whatsNew}, the
     * update summary with the story's disputes placed beside its sentences) and written by the same renderer, the
     * new articles told apart by being the new set rather than by a day (a set's dates may overlap the one
     * before it; the server tells them apart by arrival the same way).
     */
    public static String updateSummaryText(List<Article> earlier, List<Article> fresh, SummaryOptions options) {
        List<Article> story = new ArrayList<>(earlier);
        story.addAll(fresh);
        java.util.Set<Article> isNew = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        isNew.addAll(fresh);
        java.time.LocalDate since = fresh.stream().map(Article::published).filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder()).orElse(java.time.LocalDate.EPOCH);
        io.storyline.model.StoryUpdate update = Storyline.whatsNew(story, since, isNew::contains,
                "no article in the new set", options, false);
        return Storyline.render(update, OutputFormats.TEXT);
    }

    private static List<Row> rows(Map<String, Map<String, RougeScore>> scores) {
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
            List<Article> articles = readAsFiles(cluster);
            int words = MultiNews.words(cluster.summary());
            Rouge rouge = new Rouge(RougeConfig.untruncated().withWordLimit(words), lexicon);
            List<List<String>> reference = List.of(List.of(cluster.summary()));
            for (String method : methods) {
                SummaryOptions options = SummaryOptions.defaults().withMethod(method)
                        .withBudget(Budget.words(words).cutByScorer());
                List<String> sentences = sentences(summaryText(articles, options));
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

    /** DUC 2004's length: {@code summarize --words 100 --overflow --method METHOD}. */
    static SummaryOptions duc2004Options(String method) {
        return SummaryOptions.defaults().withMethod(method).withBudget(Budget.words(100).cutByScorer());
    }

    /** The articles of a file or folder, read by the call {@code storyline summarize} reads its inputs with. */
    public static List<Article> read(Path input) {
        return Storyline.read(List.of(input.toString()), LoadOptions.defaults()).articles();
    }

    /** What {@code storyline summarize --format text} prints for the articles with these options. */
    public static String summaryText(List<Article> articles, SummaryOptions options) {
        // the command's own call for text, which shows no citations and so compares no outlets
        Summary summary = Storyline.report(articles, options, OutputFormats.TEXT).summary();
        return Storyline.render(Storyline.report(articles, summary, OutputFormats.TEXT), OutputFormats.TEXT);
    }

    /**
     * A Multi-News cluster's sources as a user would hand them to {@code storyline summarize}: each source a
     * text file ({@code 01.txt}, {@code 02.txt}...) of a temporary folder, read by {@link #read}; a source
     * the data set truncated to nothing is skipped there, as the command skips an empty file.
     */
    static List<Article> readAsFiles(MultiNews.Cluster cluster) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("storyline-multinews-");
            List<String> documents = cluster.documents();
            String digits = "%0" + String.valueOf(documents.size()).length() + "d.txt";
            for (int d = 0; d < documents.size(); d++) {
                Files.writeString(folder.resolve(String.format(Locale.ROOT, digits, d + 1)), documents.get(d));
            }
            return read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cluster " + cluster.id() + " to a temporary folder", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind costs nothing the benchmark reports
        }
    }

    /** The printed summary's sentences, one a line, as ROUGE reads them. */
    private static List<String> sentences(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }
}
