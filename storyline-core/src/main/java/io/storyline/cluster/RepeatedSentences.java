package io.storyline.cluster;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * How many recent documents carried a sentence, by a fingerprint of its words: the memory behind
 * the boilerplate filter of {@link ArticleTerms}. A long sentence repeated (the same words and numbers) in document
 * after document is a template (a paywall, archive-crawler, newsletter or comment-box notice), not
 * news; template detection by repetition across pages follows Bar-Yossef &amp; Rajagopalan (2002,
 * "Template detection via data mining and its applications", WWW).
 *
 * <p>Only the last {@value #WINDOW} documents are remembered (a ring of their fingerprints), so
 * memory stays bounded however long the stream runs; a template recurs all the time, so a recent
 * window is enough to know it.
 */
final class RepeatedSentences {

    /** How many of the most recent documents are remembered. */
    static final int WINDOW = 20_000;
    /** Sentences shorter than this (in words) are never fingerprinted: short lines repeat innocently. */
    static final int MIN_WORDS = 8;

    private final int window;
    private final Map<Long, Integer> documents = new HashMap<>();
    private final Deque<long[]> recent = new ArrayDeque<>();

    RepeatedSentences() {
        this(WINDOW);
    }

    RepeatedSentences(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.window = window;
    }

    /** How many remembered documents carried the sentence with this fingerprint. */
    int documentsWith(long fingerprint) {
        return documents.getOrDefault(fingerprint, 0);
    }

    /** Remembers one more document's (distinct) sentence fingerprints, forgetting the oldest beyond the window. */
    void addDocument(long[] fingerprints) {
        for (long fingerprint : fingerprints) {
            documents.merge(fingerprint, 1, Integer::sum);
        }
        recent.addLast(fingerprints);
        if (recent.size() > window) {
            for (long fingerprint : recent.removeFirst()) {
                documents.computeIfPresent(fingerprint, (key, count) -> count == 1 ? null : count - 1);
            }
        }
    }

    /**
     * A 64-bit fingerprint (FNV-1a) of a sentence's words and numbers, lower-cased, so spacing,
     * punctuation and capitals do not matter but "12 people" and "15 people" do; 0 when it has
     * fewer than {@value #MIN_WORDS} words.
     */
    static long fingerprint(CharSequence sentence) {
        long hash = 0xcbf29ce484222325L;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    hash = (hash ^ ' ') * 0x100000001b3L;
                    inWord = true;
                }
                hash = (hash ^ Character.toLowerCase(c)) * 0x100000001b3L;
            } else {
                inWord = false;
            }
        }
        return words < MIN_WORDS ? 0 : (hash == 0 ? 1 : hash);
    }
}
