package io.storyline.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as the rest of the pipeline sees it: clean body text plus what is known of its
 * provenance. Produced by {@code io.storyline.ingest}; everything downstream reads only this.
 *
 * @param id        stable identifier, unique within one run (from metadata, else derived from the origin)
 * @param outlet    who published it ("CNN", "AP"): from metadata, a byline or a dateline, else
 *                  {@link #UNKNOWN_OUTLET} (never the file name: {@code origin} says where it was read)
 * @param url       canonical URL, or {@code null} when unknown
 * @param title     headline, or {@code null} when unknown
 * @param published publication date, or {@code null} when unknown
 * @param text      the article's body, repaired: paragraphs separated by a blank line, no boilerplate
 * @param origin    where it was read from (a path, {@code path:line} for JSON Lines, or {@code <stdin>})
 * @param urls      every address the article was reached at (the same story fetched twice, found in a feed
 *                  and as a page, or syndicated), {@code url} first when known; never null
 * @param copies    how many of the inputs this article stands for: 1, or more when copies of it (a wire
 *                  story and its update, one story at two addresses) were merged into it; what several
 *                  copies say still counts as often as they were read when the summary weighs the story
 */
public record Article(String id, String outlet, String url, String title, LocalDate published,
                      String text, String origin, List<String> urls, int copies) {

    /** The outlet of an article that names none; two such articles are not thereby one outlet. */
    public static final String UNKNOWN_OUTLET = "unknown outlet";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        List<String> all = new ArrayList<>();
        if (url != null && !url.isBlank()) {
            all.add(url);
        }
        if (urls != null) {
            urls.stream().filter(u -> u != null && !u.isBlank() && !all.contains(u)).forEach(all::add);
        }
        urls = List.copyOf(all);
        copies = Math.max(1, copies);
    }

    /** One article read once. */
    public Article(String id, String outlet, String url, String title, LocalDate published,
                   String text, String origin, List<String> urls) {
        this(id, outlet, url, title, published, text, origin, urls, 1);
    }

    /** An article known at one address at most (its {@code url}). */
    public Article(String id, String outlet, String url, String title, LocalDate published,
                   String text, String origin) {
        this(id, outlet, url, title, published, text, origin, List.of());
    }

    /** Whether the article names its outlet. */
    public boolean outletKnown() {
        return !outlet.equals(UNKNOWN_OUTLET);
    }

    /**
     * Whether two articles come from one outlet: one article is always its own outlet; otherwise both
     * name it and the names are equal. Two articles that name no outlet are not known to share one,
     * so they count as two outlets.
     */
    public boolean sameOutletAs(Article other) {
        return this == other || id.equals(other.id()) || outletKnown() && outlet.equals(other.outlet());
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<String> headline() {
        return Optional.ofNullable(title).filter(t -> !t.isBlank());
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, outlet, url, title, date, text, origin, urls, copies);
    }

    /** The same article, also known at these addresses. */
    public Article withMoreUrls(List<String> more) {
        List<String> all = new ArrayList<>(urls);
        all.addAll(more);
        return new Article(id, outlet, url, title, published, text, origin, all, copies);
    }

    /** The same article standing for {@code n} copies read ({@link #copies()}). */
    public Article withCopies(int n) {
        return new Article(id, outlet, url, title, published, text, origin, urls, n);
    }
}
