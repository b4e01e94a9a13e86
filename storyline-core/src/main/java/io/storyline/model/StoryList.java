package io.storyline.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events (stories) found in a set of articles and the storylines that link them, as
 * {@code storyline cluster} prints them.
 *
 * @param stories    every event, in order of its first article
 * @param articles   every article by id, in publication order; each story's ids are present
 * @param duplicates each article merged into another as the same article when read (its id) mapped to
 *                   the id of the article it was merged into, which is in {@code articles}
 * @param storylines every storyline, in order of its first article (none when only events were made)
 */
public record StoryList(List<Story> stories, Map<String, Article> articles, Map<String, String> duplicates,
                        List<Storyline> storylines) {

    public StoryList {
        stories = List.copyOf(stories);
        articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        duplicates = Collections.unmodifiableMap(new LinkedHashMap<>(duplicates));
        storylines = List.copyOf(storylines);
    }

    /** Events only, nothing merged when read. */
    public StoryList(List<Story> stories, Map<String, Article> articles) {
        this(stories, articles, Map.of(), List.of());
    }

    /** Events only. */
    public StoryList(List<Story> stories, Map<String, Article> articles, Map<String, String> duplicates) {
        this(stories, articles, duplicates, List.of());
    }
}
