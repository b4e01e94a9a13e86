package io.storyline.spark;

import io.storyline.model.Article;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An {@link Article} as it travels between Spark executors. The core's records are not
 * {@link Serializable} (the library has no reason to be), so the job carries this twin and turns it
 * back into an {@link Article} wherever the core's code runs.
 */
record ArticleRow(String id, String outlet, String url, String title, LocalDate published, String text,
                  String origin) implements Serializable {

    static ArticleRow of(Article article) {
        return new ArticleRow(article.id(), article.outlet(), article.url(), article.title(), article.published(),
                article.text(), article.origin());
    }

    Article article() {
        return new Article(id, outlet, url, title, published, text, origin);
    }

    ArticleRow withId(String newId) {
        return new ArticleRow(newId, outlet, url, title, published, text, origin);
    }
}
