package io.storyline.model;

import java.time.LocalDate;

/**
 * An article as it appears in a summary's source list; citations point at it by {@link #number()}.
 *
 * @param number    1-based number shown in citations such as [2]
 */
public record Source(int number, String articleId, String outlet, String title, String url,
                     LocalDate published, String origin) {

    /**
     * The outlet as counted and listed among a summary's outlets: its name, or for an article that
     * names none {@code unknown outlet [n]}, so that two such sources count as two outlets and no file
     * name is shown as an outlet.
     */
    public String outletLabel() {
        return Article.UNKNOWN_OUTLET.equals(outlet) ? outlet + " [" + number + "]" : outlet;
    }

    public static Source of(int number, Article article) {
        return new Source(number, article.id(), article.outlet(), article.title(), article.url(),
                article.published(), article.origin());
    }
}
