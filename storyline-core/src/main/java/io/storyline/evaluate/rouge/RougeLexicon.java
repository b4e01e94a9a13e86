package io.storyline.evaluate.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The two word lists ROUGE-1.5.5 reads from its data directory: WordNet's irregular inflections
 * (the {@code *.exc} files behind {@code WordNet-2.0.exc.db}, consulted before Porter stemming, so
 * that "said" scores as "say" and "were" as "be") and the SMART stop words ({@code smart_common_words.txt},
 * used by {@code -s}). The project ships neither list; callers point at a copy they have.
 *
 * @param irregularForms inflected form to base form; empty = plain Porter stemming
 * @param stopwords      words dropped under {@code -s}
 */
public record RougeLexicon(Map<String, String> irregularForms, Set<String> stopwords) {

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    public RougeLexicon {
        irregularForms = Map.copyOf(irregularForms);
        stopwords = Set.copyOf(stopwords);
    }

    /**
     * No lists: Porter stemming only. This is also what ROUGE-1.5.5 computes when its exception
     * database was rebuilt empty, as a widely copied install recipe does by mistake.
     */
    public static RougeLexicon none() {
        return new RougeLexicon(Map.of(), Set.of());
    }

    /**
     * The official figures need WordNet's irregular-form lists, which the project does not ship:
     * they are looked for in {@code -Dstoryline.rouge.data}, in {@code <shared>/rouge-1.5.5/data}
     * and in a system WordNet ({@code /usr/share/wordnet}, Debian's wordnet-base).
     */
    public static java.util.Optional<Path> findDataDirectory(Path shared) {
        List<Path> candidates = new java.util.ArrayList<>();
        String configured = System.getProperty("storyline.rouge.data");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        if (shared != null) {
            candidates.add(shared.resolve("rouge-1.5.5").resolve("data"));
        }
        candidates.add(Path.of("/usr/share/wordnet"));
        return candidates.stream()
                .filter(c -> Files.isRegularFile(c.resolve("verb.exc"))
                        || Files.isRegularFile(c.resolve("WordNet-2.0-Exceptions").resolve("verb.exc")))
                .findFirst();
    }

    /**
     * Reads ROUGE's data directory (or any folder holding WordNet {@code *.exc} files, directly or in
     * {@code WordNet-2.0-Exceptions/}, and optionally {@code smart_common_words.txt}; without it, the
     * SMART list is taken from where {@link #findStopList(Path)} finds it).
     *
     * <p>Each exception line maps its first word to the second; a later line or file wins, files
     * being read in name order (adj, adv, noun, verb). The script reads them in directory order,
     * which only matters for "best" and "better" (adjective "good" or adverb "well").
     */
    public static RougeLexicon load(Path directory) {
        Path exceptions = Files.isDirectory(directory.resolve("WordNet-2.0-Exceptions"))
                ? directory.resolve("WordNet-2.0-Exceptions") : directory;
        Map<String, String> forms = new HashMap<>();
        for (Path file : list(exceptions)) {
            if (file.getFileName().toString().endsWith(".exc")) {
                for (String line : lines(file)) {
                    String[] fields = BLANKS.split(line);
                    if (fields.length >= 2 && !fields[0].isEmpty()) {
                        forms.put(fields[0], fields[1]);
                    }
                }
            }
        }
        Set<String> stopwords = new HashSet<>();
        findStopList(directory).ifPresent(stopList -> {
            for (String line : lines(stopList)) {
                if (!line.isBlank()) {
                    stopwords.add(line.strip());
                }
            }
        });
        return new RougeLexicon(forms, stopwords);
    }

    /**
     * The SMART stop-word list (Salton's SMART system, which ROUGE's {@code -s} removes): ROUGE's own
     * {@code smart_common_words.txt} in the data directory, else the 571-word SMART list that Debian's
     * r-cran-tm package carries ({@code stopwords/SMART.dat}), installed, or extracted by
     * scripts/install-prerequisites to {@code $XDG_DATA_HOME/storyline/rouge/SMART.dat}. ROUGE-1.5.5's
     * file extends SMART to 598 words, so scores with the Debian list can differ slightly.
     */
    public static java.util.Optional<Path> findStopList(Path directory) {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return findStopList(directory, List.of(Path.of("/usr/lib/R/site-library/tm/stopwords/SMART.dat"),
                data.resolve("storyline").resolve("rouge").resolve("SMART.dat")));
    }

    /** The data directory's own list, else the first of {@code installed} that exists. */
    static java.util.Optional<Path> findStopList(Path directory, List<Path> installed) {
        List<Path> candidates = new java.util.ArrayList<>();
        if (directory != null) {
            candidates.add(directory.resolve("smart_common_words.txt"));
        }
        candidates.addAll(installed);
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
