package io.storyline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The topic folders of news benchmarks, which keep their articles in one folder beside the answers: a
 * Timeline17 topic holds {@code InputDocs/} beside the journalists' gold {@code timelines/} and a
 * {@code keywords.json}; a DUC or TAC topic holds {@code docs/} beside the reference summaries
 * ({@code references/}, {@code models/}) and other systems' ones ({@code peers/}). Read whole, such a folder
 * would mix the answer key into the articles, so only its article folder is read, and the user is told.
 * A folder holding a plain {@code docs/} with none of those answer folders beside it is read whole.
 */
final class DatasetLayout {

    /** Folders that hold a benchmark's answers or other systems' output, never articles. */
    private static final List<String> ANSWER_FOLDERS = List.of("timelines", "references", "models", "peers",
            "summaries");

    private DatasetLayout() {
    }

    /** The article folder of a benchmark topic folder, or null when {@code dir} is not one. */
    static Path articleFolder(Path dir) {
        Path inputDocs = child(dir, "InputDocs");
        if (inputDocs != null) {
            return inputDocs;
        }
        Path docs = child(dir, "docs");
        if (docs != null && ANSWER_FOLDERS.stream().anyMatch(name -> child(dir, name) != null)) {
            return docs;
        }
        return null;
    }

    /** What the user is told: which folder was read, and what beside it was left out. */
    static String notice(Path dir, Path docs) {
        List<String> left;
        try (Stream<Path> entries = Files.list(dir)) {
            left = entries.filter(p -> !p.equals(docs)).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            left = List.of();
        }
        return "read as a benchmark topic folder: only its " + docs.getFileName() + "/ is read"
                + (left.isEmpty() ? "" : "; left out: " + String.join(", ", left))
                + " (name one of those to read it)";
    }

    /** The sub-folder of that name, matched without regard to case, or null. */
    private static Path child(Path dir, String name) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
