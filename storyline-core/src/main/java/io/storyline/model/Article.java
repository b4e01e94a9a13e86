package io.storyline.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as the rest of the pipeline sees it: clean body text plus what is known of its
 * provenance. Produced by {@code io.storyline.ingest}; everything downstream reads only this.
 *
 * @param id        stable identifier, unique within one run (from metadata, else derived from the origin)
 * @param outlet    who published it ("CNN", "AP"); never blank: falls back to the file name
 * @param url       canonical URL, or {@code null} when unknown
 * @param title     headline, or {@code null} when unknown
 * @param published publication date, or {@code null} when unknown
 * @param text      the article's body, repaired: paragraphs separated by a blank line, no boilerplate
 * @param origin    where it was read from (a path, {@code path:line} for JSON Lines, or {@code <stdin>})
 */
public record Article(String id, String outlet, String url, String title, LocalDate published,
                      String text, String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<String> headline() {
        return Optional.ofNullable(title).filter(t -> !t.isBlank());
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, outlet, url, title, date, text, origin);
    }
}
