package io.storyline.cluster;

import io.storyline.analyze.PorterStemmer;
import io.storyline.analyze.StopWords;
import io.storyline.model.Article;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns an article into weighted stems for clustering. Following Miranda et al. (2018), the title
 * and named entities say more about which story an article belongs to than the body's common words:
 * title words count {@value #TITLE_COUNT} times, and a word written with a capital inside a sentence
 * (a name: "Sihanouk", "Lahoud") weighs {@value #NAME_BOOST} times as much. Numbers and stop words
 * are left out. Stems are cached, since a stream repeats its vocabulary endlessly.
 */
final class ArticleTerms {

    static final int TITLE_COUNT = 2;
    static final double NAME_BOOST = 1.5;
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 30;
    private static final int MAX_CACHED_STEMS = 500_000;

    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> stems = new HashMap<>();

    /** Raw weights (tf with title and name boosts, before idf) by term id. */
    Map<Integer, Double> weigh(Article article, Vocabulary vocabulary) {
        Map<Integer, int[]> counts = new HashMap<>(); // term -> {count, name sightings}
        article.headline().ifPresent(title -> count(title, TITLE_COUNT, counts, vocabulary));
        count(article.text(), 1, counts, vocabulary);
        Map<Integer, Double> weights = new HashMap<>(counts.size() * 2);
        counts.forEach((term, c) -> weights.put(term,
                (1 + Math.log(c[0])) * (c[1] > 0 ? NAME_BOOST : 1.0)));
        return weights;
    }

    private void count(String text, int times, Map<Integer, int[]> counts, Vocabulary vocabulary) {
        boolean sentenceStart = true;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            boolean letters = false;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                letters |= Character.isLetter(text.charAt(i));
                i++;
            }
            if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
                i++;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++; // a clitic: 's, 't
                }
            }
            int length = endOfWord(text, start, i) - start;
            boolean name = !sentenceStart && Character.isUpperCase(c);
            sentenceStart = false;
            if (!letters || length < MIN_LENGTH || length > MAX_LENGTH) {
                continue;
            }
            String word = text.substring(start, start + length).toLowerCase(java.util.Locale.ROOT);
            if (StopWords.contains(word)) {
                continue;
            }
            int term = vocabulary.idOf(stem(word), word);
            int[] count = counts.computeIfAbsent(term, t -> new int[2]);
            count[0] += times;
            if (name) {
                count[1]++;
            }
        }
    }

    private static int endOfWord(String text, int start, int end) {
        int e = start;
        while (e < end && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private String stem(String word) {
        String stem = stems.get(word);
        if (stem == null) {
            stem = stemmer.stem(word);
            if (stems.size() < MAX_CACHED_STEMS) {
                stems.put(word, stem);
            }
        }
        return stem;
    }
}
