package io.storyline.evaluate;

import io.storyline.cluster.ClusterSettings;
import io.storyline.cluster.Clustering;
import io.storyline.cluster.StoryClusterer;
import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Article;
import io.storyline.model.Corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Clusters a benchmark set's articles pooled together and scores the stories against the set's own
 * grouping: DUC 2004 (gold: the cluster folder), DUC 2006 (gold: the topic folder), Multi-News (gold: the cluster), Timeline17 (gold:
 * the topic, the folder name before its first underscore, so {@code H1N1_bbc} and
 * {@code H1N1_guardian} are one topic) and a generated stream (gold: the {@code story} field).
 */
public final class ClusterBenchmark {

    /** The data sets {@link #load} knows. */
    public enum Dataset {
        DUC2004, DUC2006, MULTINEWS, TIMELINE17, GENERATED, STORYLINES;

        /** @throws IllegalArgumentException naming the choices */
        public static Dataset fromName(String name) {
            for (Dataset dataset : values()) {
                if (dataset.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return dataset;
                }
            }
            throw new IllegalArgumentException("unknown data set '" + name
                    + "'; choose duc2004, duc2006, multinews, timeline17, generated or storylines");
        }

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Articles with their gold story labels, by article id. */
    public record GoldSet(List<Article> articles, Map<String, String> gold) {
        public GoldSet {
            articles = List.copyOf(articles);
            gold = Map.copyOf(gold);
        }
    }

    /**
     * The outcome of one run.
     *
     * @param seconds       wall time of the clustering alone (reading excluded)
     * @param peakHeapBytes the highest heap use seen during the run (sum of the heap pools' peaks)
     */
    public record Result(Dataset dataset, ClusterScores scores, ClusterScores storylineScores, double seconds,
                         long peakHeapBytes, Clustering clustering) {

        public double articlesPerSecond() {
            return seconds == 0 ? Double.POSITIVE_INFINITY : scores.items() / seconds;
        }
    }

    private ClusterBenchmark() {
    }

    /** Reads a data set and its gold labels; each article's gold label is keyed by its id. */
    public static GoldSet load(Dataset dataset, Path path) {
        return load(dataset, path, List.of());
    }

    /**
     * As {@link #load(Dataset, Path)}; for Timeline17 and the storyline pool, only the topics named
     * in {@code topics} (case ignored; all when empty), so thresholds can be tuned on some topics and
     * confirmed on the others.
     */
    public static GoldSet load(Dataset dataset, Path path, List<String> topics) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + " does not exist");
        }
        return switch (dataset) {
            case DUC2004 -> duc2004(path);
            case DUC2006 -> duc2006(path);
            case MULTINEWS -> multiNews(path);
            case TIMELINE17 -> timeline17(path, topics);
            case GENERATED -> generated(path);
            case STORYLINES -> storylines(path, topics);
        };
    }

    /** Clusters the set's articles and scores the result. */
    public static Result run(Dataset dataset, GoldSet set, ClusterSettings settings) {
        return run(dataset, set, settings, io.storyline.cluster.StorylineSettings.defaults());
    }

    /** Clusters the set's articles into events and storylines and scores both against the gold labels. */
    public static Result run(Dataset dataset, GoldSet set, ClusterSettings settings,
                             io.storyline.cluster.StorylineSettings storylines) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        Clustering clustering = new StoryClusterer(settings, storylines).cluster(set.articles());
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Result(dataset, ClusterScores.of(set.gold(), clustering.storyOfArticle()),
                ClusterScores.of(set.gold(), clustering.storylineOfArticle()), seconds, peak, clustering);
    }

    static GoldSet duc2004(Path root) {
        List<String> files = new ArrayList<>();
        Map<String, String> clusterOfFile = new HashMap<>();
        for (Duc2004.Cluster cluster : Duc2004.load(root)) {
            for (Path document : cluster.documents()) {
                files.add(document.toString());
                clusterOfFile.put(document.toString(), cluster.id());
            }
        }
        return byOrigin(files, clusterOfFile);
    }

    /**
     * DUC 2006: one folder per topic holding {@code docs/} (the articles, files named by their DUC
     * document number, without an extension); gold: the topic. Read as given, as DUC 2004 is.
     */
    static GoldSet duc2006(Path root) {
        List<String> files = new ArrayList<>();
        Map<String, String> topicOfFile = new HashMap<>();
        for (Duc2004.Cluster topic : Duc2004.load(root)) {
            if (!Files.isDirectory(topic.docs())) {
                continue;
            }
            for (Path document : list(topic.docs())) {
                if (Files.isRegularFile(document)) {
                    files.add(document.toString());
                    topicOfFile.put(document.toString(), topic.id());
                }
            }
        }
        return byOrigin(files, topicOfFile);
    }

    static GoldSet multiNews(Path jsonl) {
        List<Article> articles = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        for (MultiNews.Cluster cluster : MultiNews.load(jsonl)) {
            for (Article article : cluster.articles()) {
                articles.add(article);
                gold.put(article.id(), cluster.id());
            }
        }
        return new GoldSet(articles, gold);
    }

    /**
     * The storyline pool: every Timeline17 topic (gold: the topic, whatever the outlet) and every DUC
     * 2004 cluster (gold: the cluster, a storyline of its own), from the folder holding
     * {@code timeline17/} and {@code duc2004/}.
     */
    static GoldSet storylines(Path root, List<String> topics) {
        Path timeline17 = root.resolve("timeline17");
        Path duc2004 = root.resolve("duc2004");
        if (!Files.isDirectory(timeline17) || !Files.isDirectory(duc2004)) {
            throw new IllegalArgumentException(root + " must hold timeline17/ and duc2004/");
        }
        List<String> files = new ArrayList<>();
        Map<String, String> labelOfFile = new HashMap<>();
        timeline17Files(timeline17, topics, files, labelOfFile);
        for (Duc2004.Cluster cluster : Duc2004.load(duc2004)) {
            for (Path document : cluster.documents()) {
                files.add(document.toString());
                labelOfFile.put(document.toString(), "duc2004/" + cluster.id());
            }
        }
        return byOrigin(files, labelOfFile);
    }

    static GoldSet timeline17(Path root, List<String> topics) {
        List<String> files = new ArrayList<>();
        Map<String, String> topicOfFile = new HashMap<>();
        timeline17Files(root, topics, files, topicOfFile);
        return byOrigin(files, topicOfFile);
    }

    private static void timeline17Files(Path root, List<String> topics, List<String> files,
                                        Map<String, String> topicOfFile) {
        for (Path folder : list(root)) {
            Path documents = folder.resolve("InputDocs");
            if (!Files.isDirectory(documents)) {
                continue;
            }
            String name = folder.getFileName().toString();
            String topic = name.contains("_") ? name.substring(0, name.indexOf('_')) : name;
            if (!topics.isEmpty() && topics.stream().noneMatch(topic::equalsIgnoreCase)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(documents)) {
                walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                    files.add(file.toString());
                    topicOfFile.put(file.toString(), topic);
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + documents, e);
            }
        }
    }

    /**
     * A JSON Lines stream as {@code generate-stream} writes it (gold label in {@code "story"}). Read
     * directly, not through the loader: the stream is clean by construction and far larger than any
     * one input file the loader accepts.
     */
    static GoldSet generated(Path jsonl) {
        List<Article> articles = new ArrayList<>();
        Map<String, String> storyOfId = new HashMap<>();
        try {
            JsonLines.read(jsonl, (node, where) -> {
                if (!node.path("text").isTextual() || !node.path("id").isValueNode()) {
                    throw new IllegalArgumentException(where + ": expected \"id\" and \"text\"");
                }
                String id = node.get("id").asText();
                String published = node.path("published").asText(null);
                articles.add(new Article(id, node.path("outlet").asText("unknown"), null,
                        node.path("title").asText(null), published == null ? null : java.time.LocalDate.parse(published),
                        node.get("text").asText(), where));
                if (node.hasNonNull("story")) {
                    storyOfId.put(id, node.get("story").asText());
                }
            });
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(jsonl + ": a \"published\" value is not an ISO date: " + e.getParsedString());
        }
        return new GoldSet(articles, storyOfId);
    }

    private static GoldSet byOrigin(List<String> files, Map<String, String> labelOfFile) {
        Corpus corpus = new ArticleLoader(LoadOptions.asGiven()).load(files);
        Map<String, String> gold = new LinkedHashMap<>();
        for (Article article : corpus.articles()) {
            String label = labelOfFile.get(article.origin());
            if (label != null) {
                gold.put(article.id(), label);
            }
        }
        return new GoldSet(corpus.articles(), gold);
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
