package io.storyline.cluster;

import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.Storyline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events (stories) found in a set of articles, and the storylines that link them.
 *
 * @param stories        every event, in order of its first article
 * @param storyOfArticle each article's id mapped to its event's id, in publication order
 * @param articles       the articles by id, in publication order
 * @param storylines     every storyline, in order of its first article; each event is in exactly one
 */
public record Clustering(List<Story> stories, Map<String, String> storyOfArticle, Map<String, Article> articles,
                         List<Storyline> storylines) {

    public Clustering {
        stories = List.copyOf(stories);
        storyOfArticle = Collections.unmodifiableMap(new LinkedHashMap<>(storyOfArticle));
        articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        storylines = List.copyOf(storylines);
    }

    /** Each article's id mapped to its storyline's id, in publication order. */
    public Map<String, String> storylineOfArticle() {
        Map<String, String> lineOfEvent = storylineOfStory();
        Map<String, String> out = new LinkedHashMap<>();
        storyOfArticle.forEach((article, event) -> out.put(article, lineOfEvent.get(event)));
        return out;
    }

    /** Each event's id mapped to its storyline's id. */
    public Map<String, String> storylineOfStory() {
        Map<String, String> lineOfEvent = new java.util.HashMap<>();
        storylines.forEach(line -> line.eventIds().forEach(event -> lineOfEvent.put(event, line.id())));
        return lineOfEvent;
    }

    /** The articles of one story, in publication order. */
    public List<Article> articlesOf(Story story) {
        List<Article> out = new ArrayList<>(story.size());
        story.articleIds().forEach(id -> out.add(articles.get(id)));
        return out;
    }

    /** Stories by size (biggest first), then by their last date (newest first), then by id. */
    public List<Story> biggestAndNewestFirst() {
        Map<Story, Integer> position = new java.util.IdentityHashMap<>();
        stories.forEach(story -> position.put(story, position.size()));
        List<Story> sorted = new ArrayList<>(stories);
        sorted.sort(java.util.Comparator.comparingInt(Story::size).reversed()
                .thenComparing(Story::last, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparingInt(position::get));
        return sorted;
    }
}
