package io.storyline.evaluate.pairs;

import io.storyline.evaluate.MultiNews;
import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.Articles;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds a labelled pair's cluster in the shared data folder and reads it as the product reads its
 * input, one article per file (or per Multi-News document), each with the key the labels name it by:
 * <ul>
 *   <li>{@code duc2004}: cluster {@code d30001}, files {@code docs/<name>};</li>
 *   <li>{@code duc2006}: topic {@code d0601a}, files {@code docs/<DOCNO>};</li>
 *   <li>{@code multinews}: the {@code "id"} of a line of {@code multinews/validation-300.jsonl}, files the
 *       documents' numbers from 1;</li>
 *   <li>{@code timeline17}: {@code <topic>/<YYYY-MM-DD>} (the articles of one day), files
 *       {@code <n>.htm.txt}.</li>
 * </ul>
 */
public final class PairClusters {

    /** The data sets a pair may come from. */
    public static final List<String> DATASETS = List.of("duc2004", "duc2006", "multinews", "timeline17");

    /** The Multi-News file the pairs are drawn from, under the data folder. */
    static final String MULTINEWS_FILE = "multinews/validation-300.jsonl";

    /** One cluster read: its articles and, parallel to them, the key each is named by. */
    public record Cluster(String dataset, String id, List<Article> articles, List<String> keys) {

        public Cluster {
            articles = List.copyOf(articles);
            keys = List.copyOf(keys);
        }

        /** The index of the article named {@code key}, or -1. */
        public int article(String key) {
            return keys.indexOf(key);
        }
    }

    private final Path data;
    private final Map<String, Cluster> read = new HashMap<>();
    private Map<String, List<String>> multiNews;

    /** Clusters under {@code data} (the shared data folder, holding {@code duc2004/}, {@code multinews/} ...). */
    public PairClusters(Path data) {
        this.data = data;
    }

    /** The cluster, read once; an {@link IllegalArgumentException} names what is missing. */
    public Cluster cluster(String dataset, String id) {
        String key = dataset + "/" + id;
        Cluster cached = read.get(key);
        if (cached == null) {
            cached = load(dataset, id);
            read.put(key, cached);
        }
        return cached;
    }

    /** Forgets the clusters read so far (to bound memory over a long run). */
    public void forget() {
        read.clear();
    }

    private Cluster load(String dataset, String id) {
        return switch (dataset) {
            case "duc2004", "duc2006" -> files(dataset, id, data.resolve(dataset).resolve(id).resolve("docs"));
            case "timeline17" -> timeline17Day(id);
            case "multinews" -> multiNews(id);
            default -> throw new IllegalArgumentException("unknown data set '" + dataset + "'; expected one of "
                    + String.join(", ", DATASETS));
        };
    }

    private Cluster timeline17Day(String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("timeline17 cluster '" + id + "' is not <topic>/<YYYY-MM-DD>");
        }
        return files("timeline17", id, data.resolve("timeline17").resolve(id.substring(0, slash))
                .resolve("InputDocs").resolve(id.substring(slash + 1)));
    }

    private Cluster files(String dataset, String id, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(dataset + " cluster '" + id + "' not found: no folder " + folder);
        }
        List<Path> paths;
        try (Stream<Path> list = Files.list(folder)) {
            paths = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        ArticleLoader loader = new ArticleLoader(LoadOptions.asGiven());
        List<Article> articles = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Path path : paths) {
            List<Article> one = loader.load(List.of(path.toString())).articles();
            if (one.size() == 1) {
                articles.add(one.get(0));
                keys.add(path.getFileName().toString());
            }
        }
        return new Cluster(dataset, id, articles, keys);
    }

    private Cluster multiNews(String id) {
        if (multiNews == null) {
            Path file = data.resolve(MULTINEWS_FILE);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("multinews cluster '" + id + "' not found: no file " + file);
            }
            Map<String, List<String>> byId = new HashMap<>();
            MultiNews.load(file).forEach(c -> byId.put(c.id(), c.documents()));
            multiNews = byId;
        }
        List<String> documents = multiNews.get(id);
        if (documents == null) {
            throw new IllegalArgumentException("multinews cluster '" + id + "' not found in " + data.resolve(MULTINEWS_FILE));
        }
        List<Article> articles = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            try {
                articles.add(Articles.fromText(documents.get(d), id + "-" + (d + 1)));
                keys.add(Integer.toString(d + 1));
            } catch (IllegalArgumentException unusable) {
                // a source the data set truncated to nothing
            }
        }
        return new Cluster("multinews", id, articles, keys);
    }

    /** The data set's name as the labels write it. */
    static String dataset(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!DATASETS.contains(lower)) {
            throw new IllegalArgumentException("unknown data set '" + name + "'; expected one of " + String.join(", ", DATASETS));
        }
        return lower;
    }
}
