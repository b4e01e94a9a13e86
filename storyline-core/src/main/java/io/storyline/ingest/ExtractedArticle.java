package io.storyline.ingest;

import io.storyline.model.Article;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as read, with what its web page said about it (byline, publication time, where each fact
 * came from) when it was read from one.
 *
 * @param article the article, as every other stage sees it
 * @param page    the page's extraction, or null when the input was not HTML (plain text, JSON)
 */
public record ExtractedArticle(Article article, HtmlPage page) {

    public ExtractedArticle {
        Objects.requireNonNull(article, "article");
    }

    public Optional<HtmlPage> webPage() {
        return Optional.ofNullable(page);
    }

    ExtractedArticle with(Article changed) {
        return new ExtractedArticle(changed, page);
    }
}
