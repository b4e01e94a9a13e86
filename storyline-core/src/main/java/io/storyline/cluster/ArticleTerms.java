package io.storyline.cluster;

import io.storyline.analyze.PorterStemmer;
import io.storyline.analyze.SentenceSplitter;
import io.storyline.analyze.StopWords;
import io.storyline.analyze.Tokens;
import io.storyline.model.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an article into weighted stems for clustering. Following Miranda et al. (2018), the title
 * and named entities say more about which story an article belongs to than the body's common words:
 * title words count {@value #TITLE_COUNT} times, and a word written with a capital inside a sentence
 * (a name: "Sihanouk", "Lahoud") weighs {@value #NAME_BOOST} times as much. The lead (the first
 * sentences of the body) counts as the title does: news is written as an inverted pyramid, the lead
 * names the event and the rest is detail and background (the "lead" baseline that is hard to beat in
 * news summarization: Nenkova 2005, "Automatic text summarization of newswire: lessons learned from
 * the Document Understanding Conference"). Sentences of at least {@value RepeatedSentences#MIN_WORDS}
 * words that recent documents already carried (the same words and numbers, whatever the case and
 * punctuation) a given number of times are templates, not news, and are left out
 * ({@link RepeatedSentences}); an article whose body is nothing but a short template then counts
 * only its title and stays apart from other notices, while a body that is mostly a long template is
 * a reprint of a story and counts in full. Numbers and stop words are left out. Stems are
 * cached, since a stream repeats its vocabulary endlessly.
 */
final class ArticleTerms {

    static final int TITLE_COUNT = 2;
    static final double NAME_BOOST = 1.5;
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 30;
    private static final int MAX_CACHED_STEMS = 500_000;

    /** A body with at least this many template sentences ... */
    static final int REPRINT_SENTENCES = 4;
    /** ... making up at least this share of its words is a reprint, not a notice (see countBody). */
    static final double REPRINT_SHARE = 0.6;
    /** Stateless and safe to share. */
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> stems = new HashMap<>();
    private final int leadSentences;
    private final int templateRepeats;
    private final RepeatedSentences seen = new RepeatedSentences();

    /** No lead weighting and no template filter: every word of the body counts once. */
    ArticleTerms() {
        this(0, 0);
    }

    /**
     * @param leadSentences   this many first sentences of the body count {@value #TITLE_COUNT} times
     * @param templateRepeats a sentence that at least this many recent documents carried is left out
     *                        (0: none is)
     */
    ArticleTerms(int leadSentences, int templateRepeats) {
        if (leadSentences < 0 || templateRepeats < 0) {
            throw new IllegalArgumentException("leadSentences and templateRepeats must be at least 0");
        }
        this.leadSentences = leadSentences;
        this.templateRepeats = templateRepeats;
    }

    /**
     * Raw weights (tf with title, lead and name boosts, before idf) by term id. Remembers the
     * article's sentences for the template filter: weigh each article of a stream once.
     */
    Map<Integer, Double> weigh(Article article, Vocabulary vocabulary) {
        return weigh(article, vocabulary, true);
    }

    /**
     * As {@link #weigh(Article, Vocabulary)}; with {@code remember} false the article's sentences
     * are not remembered (background statistics, which may later arrive as stream articles too).
     */
    Map<Integer, Double> weigh(Article article, Vocabulary vocabulary, boolean remember) {
        Map<Integer, int[]> counts = new HashMap<>(); // term -> {count, name sightings, in the body}
        article.headline().ifPresent(title -> count(title, TITLE_COUNT, false, counts, vocabulary));
        countBody(article.text(), counts, vocabulary, remember);
        Map<Integer, Double> weights = new HashMap<>(counts.size() * 2);
        counts.forEach((term, c) -> {
            weights.put(term, (1 + Math.log(c[0])) * (c[1] > 0 ? NAME_BOOST : 1.0));
            if (c[2] > 0) {
                vocabulary.addNameSighting(term);
            }
        });
        return weights;
    }

    /**
     * Counts the body sentence by sentence ({@link SentenceSplitter}), leaving out templates and
     * counting the lead's words {@value #TITLE_COUNT} times. A body whose templates are at least
     * {@value #REPRINT_SENTENCES} sentences and {@value #REPRINT_SHARE} of its words is a whole
     * story reprinted (the third outlet to run the same wire copy, perhaps with a line of its own),
     * not a notice: it counts in full, so it joins the story it repeats.
     */
    private void countBody(String text, Map<Integer, int[]> counts, Vocabulary vocabulary, boolean remember) {
        List<String> sentences = new ArrayList<>();
        for (SentenceSplitter.Span span : SPLITTER.spans(text)) {
            if (hasLetter(span.text())) {
                sentences.add(span.text());
            }
        }
        long[] fingerprints = new long[sentences.size()];
        boolean[] template = new boolean[sentences.size()];
        int templates = 0;
        int words = 0;
        int templateWords = 0;
        for (int k = 0; k < template.length; k++) {
            int sentenceWords = Tokens.wordCount(sentences.get(k));
            words += sentenceWords;
            if (templateRepeats > 0) {
                fingerprints[k] = RepeatedSentences.fingerprint(sentences.get(k));
                template[k] = fingerprints[k] != 0 && seen.documentsWith(fingerprints[k]) >= templateRepeats;
            }
            if (template[k]) {
                templates++;
                templateWords += sentenceWords;
            }
        }
        boolean reprint = templates >= REPRINT_SENTENCES && templateWords >= REPRINT_SHARE * words;
        int lead = 0;
        for (int k = 0; k < template.length; k++) {
            if (!template[k] || reprint) {
                count(sentences.get(k), lead < leadSentences ? TITLE_COUNT : 1, true, counts, vocabulary);
                lead++;
            }
        }
        if (templateRepeats > 0 && remember) {
            seen.addDocument(Arrays.stream(fingerprints).filter(f -> f != 0).distinct().toArray());
        }
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param body whether the text is a body sentence, where a capital inside the sentence marks a
     *             name (a headline may capitalise every word)
     */
    private void count(String text, int times, boolean body, Map<Integer, int[]> counts, Vocabulary vocabulary) {
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
            int[] count = counts.computeIfAbsent(term, t -> new int[3]);
            count[0] += times;
            if (name) {
                count[1]++;
                if (body) {
                    count[2]++;
                }
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

    /** The stem a (lower-case) word is counted under. */
    String stemOf(String word) {
        return stem(word);
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
