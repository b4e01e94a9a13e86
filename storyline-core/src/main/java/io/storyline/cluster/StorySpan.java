package io.storyline.cluster;

import io.storyline.model.Article;

import java.time.LocalDate;
import java.util.List;

/**
 * The days a story runs over: its articles' publication dates and the days its undated articles are
 * given from their text ({@link InferredDays}). The one rule every story span follows, in the stream
 * ({@code cluster}, {@code digest}, {@code serve}) and in the Spark job's stories.
 *
 * @param first the earliest day, or null when no article is dated
 * @param last  the latest day, or null when no article is dated
 */
public record StorySpan(LocalDate first, LocalDate last) {

    /** The span of a story's articles, in publication order, with the days {@code reading} gives the undated. */
    public static StorySpan of(List<Article> story, InferredDays reading) {
        return of(story, readable(story) ? reading.of(story) : List.of());
    }

    /** The span of a story's articles with the days already read for its undated ones. */
    static StorySpan of(List<Article> story, List<LocalDate> inferred) {
        LocalDate first = null;
        LocalDate last = null;
        for (Article article : story) {
            LocalDate day = article.published();
            if (day != null) {
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }
        for (LocalDate day : inferred) {
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        return new StorySpan(first, last);
    }

    /**
     * Whether a story's undated articles can be given days: it has some, and dated articles to read them
     * beside.
     */
    static boolean readable(List<Article> story) {
        boolean dated = false;
        boolean undated = false;
        for (Article article : story) {
            dated |= article.published() != null;
            undated |= article.published() == null;
        }
        return dated && undated;
    }
}
