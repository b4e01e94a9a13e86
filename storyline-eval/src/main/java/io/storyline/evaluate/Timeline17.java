package io.storyline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the Timeline17 data set (Tran et al. 2013): one folder per topic and outlet holding
 * {@code InputDocs/YYYY-MM-DD/*.txt} (the articles, dated by their folder), {@code keywords.json}
 * (the topic's query words) and {@code timelines/*.txt} (the gold timelines: a date line
 * {@code YYYY-MM-DD}, the day's sentences one a line, then a line of dashes).
 */
public final class Timeline17 {

    /** One gold timeline of a topic. */
    public record GoldTimeline(String name, NavigableMap<LocalDate, List<String>> days) {

        public GoldTimeline {
            days = Collections.unmodifiableNavigableMap(new TreeMap<>(days));
        }

        /** Mean number of sentences per date, rounded (the standard sentences-per-date budget). */
        public int sentencesPerDate() {
            double total = days.values().stream().mapToInt(List::size).sum();
            return (int) Math.max(1, Math.round(total / Math.max(1, days.size())));
        }
    }

    /** One topic folder: its articles' folder, its query words and its gold timelines. */
    public record Topic(String name, Path inputDocs, List<String> keywords, List<GoldTimeline> timelines) {

        public Topic {
            keywords = List.copyOf(keywords);
            timelines = List.copyOf(timelines);
        }
    }

    private Timeline17() {
    }

    /** Every topic under {@code root} that has gold timelines, sorted by name. */
    public static List<Topic> load(Path root) {
        List<Topic> topics = new ArrayList<>();
        for (Path folder : list(root)) {
            if (Files.isDirectory(folder.resolve("timelines")) && Files.isDirectory(folder.resolve("InputDocs"))) {
                List<GoldTimeline> golds = new ArrayList<>();
                for (Path file : list(folder.resolve("timelines"))) {
                    if (file.getFileName().toString().endsWith(".txt")) {
                        golds.add(new GoldTimeline(file.getFileName().toString(), parse(read(file))));
                    }
                }
                topics.add(new Topic(folder.getFileName().toString(), folder.resolve("InputDocs"),
                        keywords(folder.resolve("keywords.json")), golds));
            }
        }
        return topics;
    }

    /**
     * Parses the gold format; a date that appears twice gets the sentences of both blocks, and a block
     * whose date line is not a valid date is left out.
     */
    public static NavigableMap<LocalDate, List<String>> parse(String text) {
        NavigableMap<LocalDate, List<String>> days = new TreeMap<>();
        LocalDate current = null;
        boolean skipping = false;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.matches("-{5,}")) {
                current = null;
                skipping = false;
            } else if (skipping) {
                continue;
            } else if (current == null) {
                try {
                    current = LocalDate.parse(line);
                    days.computeIfAbsent(current, d -> new ArrayList<>());
                } catch (DateTimeParseException notADate) {
                    skipping = true; // one gold file has "2011-04-0": that day cannot be scored
                }
            } else {
                days.get(current).add(line);
            }
        }
        days.values().removeIf(List::isEmpty);
        return days;
    }

    private static List<String> keywords(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            List<String> words = new ArrayList<>();
            node.forEach(n -> words.add(n.asText()));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot read " + file, again);
            }
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
