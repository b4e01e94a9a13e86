package io.storyline.cluster;

import io.storyline.model.Article;

import java.time.LocalDate;
import java.util.List;

/**
 * The days a story's undated articles are given from their text, read beside its dated articles (the
 * timeline's reading: "city officials said Friday" beside articles of 11 and 12 March). A story's span,
 * and its storyline's, take them in, so that the span a reader sees and the story's timeline agree. The
 * grouping itself reads publication dates alone: an undated article's day is read beside its story's
 * other articles, so the story must come first. The front door ({@code Storyline.inferredDays()})
 * supplies the reading; this package only spans with it.
 */
@FunctionalInterface
public interface InferredDays {

    /** No reading: spans from publication dates alone. */
    InferredDays NONE = story -> List.of();

    /**
     * The days given to the story's undated articles (one per article dated, in any order); empty when
     * none can be read.
     *
     * @param story the story's articles, in publication order
     */
    List<LocalDate> of(List<Article> story);
}
