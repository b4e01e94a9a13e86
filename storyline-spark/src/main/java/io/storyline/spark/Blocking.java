package io.storyline.spark;

import io.storyline.analyze.PorterStemmer;
import io.storyline.analyze.StopWords;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which blocks an article is clustered in, so that no block is much bigger than
 * {@link JobSettings#maxBlockArticles()} and the articles of one story meet in at least one block.
 *
 * <p>First by time: a window of {@code windowDays} (stories last days, not months; the core's
 * clusterer already lets a story go after its horizon). An article dated in the first
 * {@code overlapDays} of a window is also put in the window before, so a story that crosses the
 * boundary has articles in both blocks and is joined by them. Then, only in windows with more
 * articles than a block holds, by key: the window gets {@code B = ceil(count / maxBlock)} buckets,
 * and an article goes to the buckets of {@code keyHashes} MinHashes of its key words (title words
 * and names, the words the core weighs highest; Broder 1997, "On the resemblance and containment of
 * documents"): two articles whose key words overlap by Jaccard {@code J} share a given bucket with
 * probability at least {@code J}, so same-story articles, which share names and title words, meet
 * in some block with high probability. Undated articles form one window of their own.
 *
 * <p>Blocks are keys, {@code "w<window>/b<bucket>"}; a corpus small enough for one block is one block
 * ({@link #SINGLE}) and is clustered exactly as the CLI clusters it.
 */
final class Blocking implements Serializable {

    static final String SINGLE = "all";
    static final long UNDATED = Long.MIN_VALUE;
    private static final int MIN_LENGTH = 3;

    private final JobSettings settings;
    private final Map<Long, Integer> bucketsPerWindow;

    /** @param bucketsPerWindow buckets of each window ({@link #buckets}); empty for one block */
    Blocking(JobSettings settings, Map<Long, Integer> bucketsPerWindow) {
        this.settings = settings;
        this.bucketsPerWindow = Map.copyOf(bucketsPerWindow);
    }

    /** The window an article's date falls in ({@link #UNDATED} when it has none). */
    static long window(ArticleRow article, JobSettings settings) {
        return article.published() == null ? UNDATED
                : Math.floorDiv(article.published().toEpochDay(), settings.windowDays());
    }

    /** Buckets a window of {@code articles} articles needs. */
    static int buckets(long articles, JobSettings settings) {
        return (int) Math.max(1, (articles + settings.maxBlockArticles() - 1) / settings.maxBlockArticles());
    }

    /** The blocks an article is clustered in: one or more, none repeated. */
    List<String> blocksOf(ArticleRow article) {
        if (bucketsPerWindow.isEmpty()) {
            return List.of(SINGLE);
        }
        long window = window(article, settings);
        Set<String> blocks = new LinkedHashSet<>();
        long[] hashes = null;
        List<Long> windows = new ArrayList<>(2);
        windows.add(window);
        if (window != UNDATED && settings.overlapDays() > 0
                && Math.floorMod(article.published().toEpochDay(), settings.windowDays()) < settings.overlapDays()
                && bucketsPerWindow.containsKey(window - 1)) {
            windows.add(window - 1);
        }
        for (long w : windows) {
            int buckets = bucketsPerWindow.getOrDefault(w, 1);
            if (buckets == 1) {
                blocks.add(key(w, 0));
                continue;
            }
            if (hashes == null) {
                hashes = minHashes(keyWords(article), settings.keyHashes());
            }
            for (long hash : hashes) {
                blocks.add(key(w, (int) Math.floorMod(hash, (long) buckets)));
            }
        }
        return List.copyOf(blocks);
    }

    private static String key(long window, int bucket) {
        return (window == UNDATED ? "wu" : "w" + window) + "/b" + bucket;
    }

    /**
     * Stems of the title's words and of the names in the text (words capitalised inside a sentence),
     * stop words and short words left out; the body's first words when there are none.
     */
    static Set<String> keyWords(ArticleRow article) {
        PorterStemmer stemmer = new PorterStemmer();
        Set<String> words = new LinkedHashSet<>();
        if (article.title() != null) {
            collect(article.title(), false, stemmer, words);
        }
        collect(article.text(), true, stemmer, words);
        if (words.isEmpty()) {
            String text = article.text();
            collect(text.substring(0, Math.min(text.length(), 400)), false, stemmer, words);
        }
        return words;
    }

    private static void collect(String text, boolean namesOnly, PorterStemmer stemmer, Set<String> out) {
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                sentenceStart |= c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"';
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            boolean name = !sentenceStart && Character.isUpperCase(c);
            sentenceStart = false;
            if (i - start < MIN_LENGTH || (namesOnly && !name)) {
                continue;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (!StopWords.contains(word)) {
                out.add(stemmer.stem(word));
            }
        }
    }

    /** {@code count} MinHashes of a set of words, one per seeded hash function. */
    static long[] minHashes(Set<String> words, int count) {
        long[] mins = new long[count];
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        for (String word : words) {
            long base = fnv(word);
            for (int k = 0; k < count; k++) {
                long h = mix(base + 0x9E3779B97F4A7C15L * (k + 1));
                mins[k] = Math.min(mins[k], h);
            }
        }
        return mins;
    }

    private static long fnv(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
