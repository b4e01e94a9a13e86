package io.storyline.evaluate.rouge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The two word lists ROUGE-1.5.5 reads from its data directory: WordNet's irregular inflections
 * (the {@code *.exc} files behind {@code WordNet-2.0.exc.db}, consulted before Porter stemming, so
 * that "said" scores as "say" and "were" as "be") and the SMART stop words ({@code smart_common_words.txt},
 * used by {@code -s}). WordNet 3.0's lists are bundled ({@link #official()}); the SMART list is found
 * installed ({@link #findStopList(Path)}).
 *
 * @param irregularForms inflected form to base form; empty = plain Porter stemming
 * @param stopwords      words dropped under {@code -s}
 */
public record RougeLexicon(Map<String, String> irregularForms, Set<String> stopwords) {

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * Where this module's build puts WordNet 3.0's four irregular-form lists, unpacked from the
     * {@code net.sf.extjwnl:extjwnl-data-wn30} artifact (byte for byte Debian wordnet-base's files).
     */
    static final String BUNDLED = "/io/storyline/evaluate/rouge/wordnet/";
    static final List<String> EXCEPTION_FILES = List.of("adj.exc", "adv.exc", "noun.exc", "verb.exc");

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
     * The lists for ROUGE-1.5.5's official figures: a data directory given with
     * {@code -Dstoryline.rouge.data} (a ROUGE install's own, with its 598-word stop list), else the
     * WordNet lists bundled with this module, else a system WordNet ({@code /usr/share/wordnet},
     * Debian's wordnet-base). The system copy is kept for classes compiled without Maven's
     * generate-resources step (an IDE build), which have no bundled lists. Empty when none is found.
     */
    public static Optional<RougeLexicon> official() {
        Optional<Path> configured = Optional.ofNullable(System.getProperty("storyline.rouge.data"))
                .filter(value -> !value.isBlank()).map(Path::of).filter(RougeLexicon::holdsExceptionLists);
        if (configured.isPresent()) {
            return configured.map(RougeLexicon::load);
        }
        return bundled().or(() -> Optional.of(Path.of("/usr/share/wordnet"))
                .filter(RougeLexicon::holdsExceptionLists).map(RougeLexicon::load));
    }

    /** The bundled WordNet lists with the SMART stop list {@link #findStopList(Path)} finds; empty if not bundled. */
    static Optional<RougeLexicon> bundled() {
        Map<String, String> forms = new HashMap<>();
        for (String name : EXCEPTION_FILES) {
            try (InputStream in = RougeLexicon.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    return Optional.empty();
                }
                addExceptions(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList(), forms);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled " + name, e);
            }
        }
        return Optional.of(new RougeLexicon(forms, stopwords(null)));
    }

    private static boolean holdsExceptionLists(Path directory) {
        return Files.isRegularFile(directory.resolve("verb.exc"))
                || Files.isRegularFile(directory.resolve("WordNet-2.0-Exceptions").resolve("verb.exc"));
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
                addExceptions(lines(file), forms);
            }
        }
        return new RougeLexicon(forms, stopwords(directory));
    }

    /** Each exception line maps its first word (an inflected form) to its second (the base form). */
    private static void addExceptions(List<String> lines, Map<String, String> forms) {
        for (String line : lines) {
            String[] fields = BLANKS.split(line);
            if (fields.length >= 2 && !fields[0].isEmpty()) {
                forms.put(fields[0], fields[1]);
            }
        }
    }

    private static Set<String> stopwords(Path directory) {
        Set<String> stopwords = new HashSet<>();
        findStopList(directory).ifPresent(stopList -> {
            for (String line : lines(stopList)) {
                if (!line.isBlank()) {
                    stopwords.add(line.strip());
                }
            }
        });
        return stopwords;
    }

    /**
     * The SMART stop-word list (Salton's SMART system, which ROUGE's {@code -s} removes): ROUGE's own
     * {@code smart_common_words.txt} in the data directory, else the 571-word SMART list that Debian's
     * r-cran-tm package carries ({@code stopwords/SMART.dat}), installed, or extracted by
     * scripts/install-prerequisites to {@code $XDG_DATA_HOME/storyline/rouge/SMART.dat}. ROUGE-1.5.5's
     * file extends SMART to 598 words, so scores with the Debian list can differ slightly.
     */
    public static Optional<Path> findStopList(Path directory) {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return findStopList(directory, List.of(Path.of("/usr/lib/R/site-library/tm/stopwords/SMART.dat"),
                data.resolve("storyline").resolve("rouge").resolve("SMART.dat")));
    }

    /** The data directory's own list, else the first of {@code installed} that exists. */
    static Optional<Path> findStopList(Path directory, List<Path> installed) {
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
