package io.storyline.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the DUC 2007 update task's folder: per topic {@code <id>/}, {@code topic.txt} (title, narrative) and
 * three sets of articles in time order, {@code A/docs/}, {@code B/docs/}, {@code C/docs/}, with their human
 * summaries in {@code references/<set>/} and the participants' in {@code peers/<set>/}. The summary of B is
 * written for a reader who has read A; of C, for one who has read A and B.
 */
public final class Duc2007Update {

    /** The sets, in time order. */
    public static final List<String> SETS = List.of("A", "B", "C");

    /**
     * One topic.
     *
     * @param id     the folder name, e.g. {@code d0703a}
     * @param folder the topic's folder
     */
    public record Topic(String id, Path folder) {

        /** The title and narrative joined, as {@code summarize --focus} takes them. */
        public String focus() {
            return String.join(" ", Duc2004.sentences(folder.resolve("topic.txt"))).strip();
        }

        /** The articles of {@code set}, as a user hands them to {@code storyline summarize}. */
        public Path docs(String set) {
            return folder.resolve(set).resolve("docs");
        }

        /**
         * The set as a cluster to score: its references and published summaries (its documents are read from
         * {@link #docs}).
         */
        public Duc2004.Cluster set(String set) {
            return new Duc2004.Cluster(id + "-" + set, folder.resolve(set), List.of(),
                    summaries(folder.resolve("references").resolve(set)), summaries(folder.resolve("peers").resolve(set)));
        }
    }

    private Duc2007Update() {
    }

    /** Every topic under {@code root} (a folder with {@code A/docs}), sorted by id. */
    public static List<Topic> load(Path root) {
        List<Topic> topics = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path folder : entries.sorted().toList()) {
                if (Files.isDirectory(folder.resolve("A").resolve("docs"))) {
                    topics.add(new Topic(folder.getFileName().toString(), folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return topics;
    }

    private static java.util.Map<String, List<String>> summaries(Path folder) {
        java.util.Map<String, List<String>> byName = new java.util.TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return byName;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && name.endsWith(".txt")) {
                    byName.put(name.substring(0, name.length() - 4), Duc2004.sentences(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return byName;
    }
}
