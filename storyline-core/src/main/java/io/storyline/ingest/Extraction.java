package io.storyline.ingest;

import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ArticleLoader#extract} read: each article with its page details, each input it skipped,
 * and each article merged into another as the same article (its id to the kept article's id).
 */
public record Extraction(List<ExtractedArticle> articles, List<InputProblem> problems,
                         Map<String, String> duplicates) {

    public Extraction {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        duplicates = Collections.unmodifiableMap(new LinkedHashMap<>(duplicates));
    }

    /** True when some input was skipped or read only in part (a notice alone is no problem). */
    public boolean hasProblems() {
        return InputProblem.anyProblem(problems);
    }

    /** Nothing merged. */
    public Extraction(List<ExtractedArticle> articles, List<InputProblem> problems) {
        this(articles, problems, Map.of());
    }

    /** The articles alone, as the rest of the pipeline takes them. */
    public Corpus corpus() {
        return new Corpus(articles.stream().map(ExtractedArticle::article).toList(), problems, duplicates);
    }
}
