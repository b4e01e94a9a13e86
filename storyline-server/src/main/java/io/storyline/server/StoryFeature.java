package io.storyline.server;

import io.storyline.model.Article;
import io.storyline.model.Summary;

import java.util.List;
import java.util.Optional;

/**
 * Something more the story page shows about a story besides its summary: the timeline, who said
 * what, the comparison of outlets. The server asks each feature it was started with, caches the
 * answer with the story's summary (recomputed when the story gains articles) and sends it in the
 * story's JSON under {@code features.<name>}; the web page shows it in the place kept for that name
 * ({@link #TIMELINE}, {@link #QUOTES}, {@link #ENTITIES}, {@link #COMPARISON}).
 */
public interface StoryFeature {

    String TIMELINE = "timeline";
    String ENTITIES = "entities";
    String QUOTES = "quotes";
    String COMPARISON = "comparison";

    /** The key in the story's JSON and the place on the page. */
    String name();

    /** What this feature has to show for the story, or empty when it has nothing. */
    Optional<FeatureView> view(List<Article> articles, Summary summary);
}
