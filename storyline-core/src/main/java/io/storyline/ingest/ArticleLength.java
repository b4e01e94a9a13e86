package io.storyline.ingest;

import io.storyline.model.Article;

/**
 * How much of one article is used. The summarizers compare an article's sentences with one another, and
 * that work grows faster than the article; no news article comes near a megabyte of text (the longest in
 * the benchmark sets is under 100 KB), so an input that does (a dump, a book, a log) keeps its first
 * megabyte, cut at a paragraph break, and its file is reported as read in part.
 */
final class ArticleLength {

    /** Characters of repaired text kept of one article. */
    static final int MAX_TEXT_CHARS = 1 << 20;

    private ArticleLength() {
    }

    static boolean tooLong(Article article) {
        return article.text().length() > MAX_TEXT_CHARS;
    }

    /** The article with its text cut to at most {@link #MAX_TEXT_CHARS}, at a paragraph break if one is near. */
    static Article cut(Article article) {
        String text = article.text();
        if (text.length() <= MAX_TEXT_CHARS) {
            return article;
        }
        int end = text.lastIndexOf("\n\n", MAX_TEXT_CHARS);
        if (end < MAX_TEXT_CHARS / 2) {
            end = text.lastIndexOf(' ', MAX_TEXT_CHARS);
        }
        if (end < MAX_TEXT_CHARS / 2) {
            end = Character.isLowSurrogate(text.charAt(MAX_TEXT_CHARS)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
        }
        return new Article(article.id(), article.outlet(), article.url(), article.title(), article.published(),
                text.substring(0, end).strip(), article.origin(), article.urls());
    }

    /**
     * What the user is told, after the input's name: one sentence with the text's size, the limit and what
     * was kept ("its text is 28.0 MB, over the 1.0 MB limit for one article, so only its first 1.0 MB was read").
     */
    static String notice(Article article) {
        String limit = ProblemWords.megabytes(MAX_TEXT_CHARS);
        return "its text is " + ProblemWords.megabytes(article.text().length()) + ", over the " + limit
                + " limit for one article, so only its first " + limit + " was read";
    }
}
