package io.storyline.model;

import java.util.List;

/** What ingestion hands on: the articles it could read, and the inputs it had to skip. */
public record Corpus(List<Article> articles, List<InputProblem> problems) {

    public Corpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
