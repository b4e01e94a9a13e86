package io.storyline.ingest;

import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import java.util.List;

/** What {@link ArticleLoader#extract} read: each article with its page details, and each input it skipped. */
public record Extraction(List<ExtractedArticle> articles, List<InputProblem> problems) {

    public Extraction {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** The articles alone, as the rest of the pipeline takes them. */
    public Corpus corpus() {
        return new Corpus(articles.stream().map(ExtractedArticle::article).toList(), problems);
    }
}
