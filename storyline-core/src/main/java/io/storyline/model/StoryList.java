package io.storyline.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories found in a set of articles, as {@code storyline cluster} prints them.
 *
 * @param stories    every story, in order of its first article
 * @param articles   every article by id, in publication order; each story's ids are present
 * @param duplicates each article merged into another as the same article when read (its id) mapped to
 *                   the id of the article it was merged into, which is in {@code articles}
 */
public record StoryList(List<Story> stories, Map<String, Article> articles, Map<String, String> duplicates) {

    public StoryList {
        stories = List.copyOf(stories);
        articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        duplicates = Collections.unmodifiableMap(new LinkedHashMap<>(duplicates));
    }

    /** Nothing merged when read. */
    public StoryList(List<Story> stories, Map<String, Article> articles) {
        this(stories, articles, Map.of());
    }
}
