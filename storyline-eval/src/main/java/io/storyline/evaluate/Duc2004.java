package io.storyline.evaluate;

import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a DUC 2004 task 2 style folder (DUC 2006's has the same layout, with a {@code topic.txt}): one sub-folder per cluster holding {@code docs/*.txt} (the
 * articles), {@code references/<letter>.txt} (human summaries) and {@code peers/<SYSTEM>.txt}
 * (system summaries), summaries with one sentence a line.
 */
public final class Duc2004 {

    /**
     * One cluster.
     *
     * @param id         the folder name, e.g. {@code d30001}
     * @param folder     the cluster's folder
     * @param documents  the article files, in document-number order
     * @param references human summaries by annotator letter, each a list of sentences
     * @param peers      system summaries by system name, each a list of sentences (empty if none)
     */
    public record Cluster(String id, Path folder, List<Path> documents, Map<String, List<String>> references,
                          Map<String, List<String>> peers) {

        public Cluster {
            documents = List.copyOf(documents);
            references = java.util.Collections.unmodifiableMap(new TreeMap<>(references));
            peers = java.util.Collections.unmodifiableMap(new TreeMap<>(peers));
        }

        public List<List<String>> referenceSummaries() {
            return List.copyOf(references.values());
        }

        /**
         * DUC 2005-2007's information need ({@code topic.txt}: the title on the first line, the narrative
         * after it) as one focus, title and narrative joined; null when the cluster has none.
         */
        public String topic() {
            Path file = folder.resolve("topic.txt");
            if (!Files.isRegularFile(file)) {
                return null;
            }
            String topic = String.join(" ", sentences(file)).strip();
            return topic.isEmpty() ? null : topic;
        }

        /** The folder of the articles, as a user hands it to {@code storyline summarize}. */
        public Path docs() {
            return folder.resolve("docs");
        }

        /**
         * The articles, read as given (no duplicate merging), as the training of {@code learned} and the
         * clustering and contradiction benchmarks count them; {@code eval summarize} reads {@link #docs()}
         * as the command does instead.
         */
        public List<Article> articles() {
            return new ArticleLoader(LoadOptions.asGiven())
                    .load(documents.stream().map(Path::toString).toList()).articles();
        }
    }

    private Duc2004() {
    }

    /** Loads every cluster under {@code root}, sorted by id. Folders without references are skipped. */
    public static List<Cluster> load(Path root) {
        List<Cluster> clusters = new ArrayList<>();
        for (Path folder : list(root)) {
            if (Files.isDirectory(folder.resolve("references"))) {
                clusters.add(loadCluster(folder));
            }
        }
        return clusters;
    }

    /** Loads one cluster folder. */
    public static Cluster loadCluster(Path folder) {
        List<Path> documents = Files.isDirectory(folder.resolve("docs"))
                ? list(folder.resolve("docs")).stream().filter(Duc2004::isText)
                        .sorted(Comparator.comparing(Duc2004::documentNumber).thenComparing(Path::toString))
                        .toList()
                : List.of();
        return new Cluster(folder.getFileName().toString(), folder, documents,
                summaries(folder.resolve("references")), summaries(folder.resolve("peers")));
    }

    private static Map<String, List<String>> summaries(Path folder) {
        Map<String, List<String>> byName = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return byName;
        }
        for (Path file : list(folder)) {
            if (isText(file)) {
                String name = file.getFileName().toString();
                byName.put(name.substring(0, name.length() - ".txt".length()), sentences(file));
            }
        }
        return byName;
    }

    /** Non-empty lines of a one-sentence-a-line file. */
    public static List<String> sentences(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isText(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".txt");
    }

    private static long documentNumber(Path file) {
        String digits = file.getFileName().toString().replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
