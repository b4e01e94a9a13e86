package io.storyline.ingest;

import java.time.LocalDate;

/**
 * JSON Lines, one article a line (schema in docs/INPUT.md): {@code .jsonl}, {@code .ndjson}, or a file with
 * no known extension whose first line is an object with {@code "text"}. A bad line is one problem
 * ({@code file.jsonl:17: ...}); the other lines still load.
 */
final class JsonLinesFormat implements ArticleFormat {

    @Override
    public boolean recognises(Input input) {
        String extension = input.extension();
        if (extension.equals("jsonl") || extension.equals("ndjson")) {
            return true;
        }
        if (!input.hasUnknownExtension()) {
            return false;
        }
        String text = input.textOrNull();
        return text != null && !text.isBlank() && looksLikeJsonLines(text);
    }

    private static boolean looksLikeJsonLines(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        return first.startsWith("{") && first.endsWith("}") && first.contains("\"text\"");
    }

    @Override
    public void read(Input input, Reading reading) throws UnusableInputException {
        String text = Input.nonBlank(input.text());
        Provenance file = input.from();
        int lineNumber = 0;
        int blank = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            if (line.isBlank()) {
                blank++;
                continue;
            }
            try {
                reading.add(line(file, lineNumber, line, reading.fallbackDate(), reading::noted));
            } catch (UnusableInputException e) {
                reading.problem(file.origin() + ":" + lineNumber, e.getMessage());
            }
        }
        if (blank == lineNumber) {
            reading.problem(file.origin(), "contains only white space");
        }
    }

    /**
     * Line {@code lineNumber} (1-based, not blank) of the file {@code file} names, as an article; what the
     * line loses but its article (a date that is not a date) is told to {@code notices} at the line.
     */
    static ExtractedArticle line(Provenance file, long lineNumber, String line, LocalDate fallbackDate,
                                 java.util.function.BiConsumer<String, String> notices) throws UnusableInputException {
        JsonRecords.Entry entry = JsonRecords.parseLine(line);
        Provenance from = new Provenance(file.id() + ":" + lineNumber, file.name(), file.origin() + ":" + lineNumber,
                file.pathDate());
        if (entry.dateNotice() != null) {
            notices.accept(from.origin(), entry.dateNotice());
        }
        return Articles.assemble(entry.text(), entry.metadata(), from, fallbackDate, null);
    }
}
