package io.storyline.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories found in a set of articles, as {@code storyline cluster} prints them.
 *
 * @param stories  every story, in order of its first article
 * @param articles every article by id, in publication order; each story's ids are present
 */
public record StoryList(List<Story> stories, Map<String, Article> articles) {

    public StoryList {
        stories = List.copyOf(stories);
        articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
    }
}
