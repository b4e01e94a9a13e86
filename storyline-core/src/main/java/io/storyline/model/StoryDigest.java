package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One story of a digest: the story, its articles (publication order) and its cited summary.
 */
public record StoryDigest(Story story, List<Article> articles, Summary summary) {

    public StoryDigest {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(summary, "summary");
        articles = List.copyOf(articles);
    }
}
