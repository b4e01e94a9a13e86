package io.storyline.server;

import io.storyline.ingest.Articles;
import io.storyline.model.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises an article the newsroom already holds under another id: one of its addresses is one
 * of the other's (compared as {@link Articles#addressKey} does: scheme, "www.", trailing slash,
 * fragment and tracking parameters ignored), or its text is the same word for word (case,
 * punctuation and spacing ignored). So the same page posted under two spellings of its URL, under
 * its canonical URL, or as text without one, is one article, cited once.
 */
final class SameArticles {

    private final Map<String, String> articleOfKey = new HashMap<>();

    /** The id of an article already remembered that is this one, or null. */
    String find(Article article) {
        for (String key : keys(article)) {
            String id = articleOfKey.get(key);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** Remembers the article's addresses and text (an earlier article keeps a shared key). */
    void remember(Article article) {
        for (String key : keys(article)) {
            articleOfKey.putIfAbsent(key, article.id());
        }
    }

    private static List<String> keys(Article article) {
        List<String> keys = new ArrayList<>();
        for (String url : article.urls()) {
            keys.add("url " + Articles.addressKey(url));
        }
        keys.add("text " + textKey(article.text()));
        return keys;
    }

    /** SHA-256 of the text's words, lower case, joined by single spaces. */
    static String textKey(String text) {
        String words = String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
