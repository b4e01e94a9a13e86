package io.storyline.cluster;

import io.storyline.model.Article;

import java.util.Comparator;

/**
 * The order in which a batch of articles is fed to the stream: by publication date (undated ones
 * after the dated), then by a fingerprint of the text, then by id. The fingerprint, not the file
 * name, breaks ties so that the result does not depend on how the files were named or listed, and
 * undated articles from many folders are interleaved rather than taken folder by folder.
 */
final class PublicationOrder {

    static final Comparator<Article> ORDER = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(article -> fingerprint(article.text()))
            .thenComparing(Article::id);

    private PublicationOrder() {
    }

    /** 64-bit FNV-1a over the text's characters. */
    static long fingerprint(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
