package io.storyline.cluster;

import io.storyline.model.Article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Groups a batch of articles into stories by running them through a {@link StoryStream} in
 * publication order (see {@link StoryStream} for the method and the papers it follows). The same
 * articles give the same stories whatever order they are passed in.
 */
public final class StoryClusterer {

    private final ClusterSettings settings;
    private final StorylineSettings storylines;
    private final InferredDays inferredDays;

    public StoryClusterer() {
        this(ClusterSettings.defaults());
    }

    public StoryClusterer(ClusterSettings settings) {
        this(settings, StorylineSettings.defaults());
    }

    public StoryClusterer(ClusterSettings settings, StorylineSettings storylines) {
        this(settings, storylines, InferredDays.NONE);
    }

    /** A clusterer whose spans take in the days {@code inferredDays} gives undated articles ({@link StorySpan}). */
    public StoryClusterer(ClusterSettings settings, StorylineSettings storylines, InferredDays inferredDays) {
        this.settings = settings;
        this.storylines = storylines;
        this.inferredDays = inferredDays;
    }

    /**
     * The order articles are clustered in (publication date, undated last, then a fingerprint of the
     * text, then id): callers that split a corpus and clustered its parts order stories by it too.
     */
    public static java.util.Comparator<Article> publicationOrder() {
        return PublicationOrder.ORDER;
    }

    /**
     * The title of the story the articles tell, the one rule every command titles a story by: the headline of
     * its most representative article, as a story is labelled when clustered (the same articles get the same
     * title whatever order they come in); empty when no article has a headline.
     */
    public static java.util.Optional<String> headline(Collection<Article> articles) {
        // with no headline to choose (plain text without one), the articles need not be weighed
        if (articles.stream().noneMatch(a -> a.headline().filter(StoryLabel::namesAStory).isPresent())) {
            return java.util.Optional.empty();
        }
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(PublicationOrder.ORDER);
        return new StoryStream(ClusterSettings.defaults()).headlineOfAll(ordered);
    }

    /**
     * @throws IllegalArgumentException if two articles share an id
     */
    public Clustering cluster(Collection<Article> articles) {
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(PublicationOrder.ORDER);
        StoryStream stream = new StoryStream(settings, storylines, inferredDays);
        ordered.forEach(stream::add);
        return stream.finish();
    }
}
