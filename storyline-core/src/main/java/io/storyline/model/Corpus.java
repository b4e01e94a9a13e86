package io.storyline.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ingestion hands on: the articles it could read, the inputs it had to skip, and the articles it
 * merged into another as the same article (two addresses of one page, a syndicated copy).
 *
 * @param duplicates each merged article's id mapped to the id of the kept article it was merged into,
 *                   in reading order; the merged ones are not in {@code articles}
 */
public record Corpus(List<Article> articles, List<InputProblem> problems, Map<String, String> duplicates) {

    public Corpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        duplicates = Collections.unmodifiableMap(new LinkedHashMap<>(duplicates));
    }

    /** Nothing merged. */
    public Corpus(List<Article> articles, List<InputProblem> problems) {
        this(articles, problems, Map.of());
    }

    /** True when some input was skipped or read only in part (a notice alone is no problem). */
    public boolean hasProblems() {
        return InputProblem.anyProblem(problems);
    }
}
