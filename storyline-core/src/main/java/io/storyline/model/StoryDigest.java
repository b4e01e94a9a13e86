package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One story of a digest: the story, its articles (publication order), its cited summary and the
 * views made beside it.
 *
 * @param timeline   the story's key dates, or {@code null} when its articles do not span several days
 * @param comparison how its outlets compare, numbered like the summary's sources, or {@code null}
 *                   when one outlet tells the story
 */
public record StoryDigest(Story story, List<Article> articles, Summary summary, Timeline timeline,
                          Comparison comparison) {

    public StoryDigest {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(summary, "summary");
        articles = List.copyOf(articles);
    }
}
