package io.storyline.analyze;

import io.storyline.model.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles of one story split into sentences and words, over one shared vocabulary of stems,
 * with the frequencies every summarization method needs. Built once per story; immutable.
 *
 * <p>Inverse frequencies are taken over sentences, not articles: a story of two articles gives an
 * article-level idf of zero to every shared word, which would blind the similarity measures exactly
 * where outlets agree.
 */
public final class StoryAnalysis {

    private final List<Article> articles;
    private final List<AnalyzedSentence> sentences;
    private final List<List<AnalyzedSentence>> byArticle;
    private final List<String> vocabulary;
    private final int[] articleFrequency;
    private final double[] idf;

    private StoryAnalysis(List<Article> articles, List<AnalyzedSentence> sentences,
                          List<List<AnalyzedSentence>> byArticle, List<String> vocabulary,
                          int[] articleFrequency, double[] idf) {
        this.articles = articles;
        this.sentences = sentences;
        this.byArticle = byArticle;
        this.vocabulary = vocabulary;
        this.articleFrequency = articleFrequency;
        this.idf = idf;
    }

    public static StoryAnalysis of(List<Article> articles) {
        return new Builder().build(List.copyOf(articles));
    }

    public List<Article> articles() {
        return articles;
    }

    public List<AnalyzedSentence> sentences() {
        return sentences;
    }

    /** How many reports the story was read from: its articles with the copies merged into them counted. */
    public int reports() {
        int reports = 0;
        for (Article article : articles) {
            reports += article.copies();
        }
        return reports;
    }

    /** How many reports the article of index {@code article} stands for ({@link Article#copies()}). */
    public int copiesOf(int article) {
        return articles.get(article).copies();
    }

    /**
     * Whether a reader shown {@code previous} and then {@code sentence} reads them as the sentence's own
     * article wrote them: {@code previous} is the sentence before it there, or a word-for-word copy of
     * it (one wire story that two outlets ran). False when {@code previous} is null.
     */
    public boolean follows(AnalyzedSentence sentence, AnalyzedSentence previous) {
        if (previous == null || sentence.position() == 0) {
            return false;
        }
        AnalyzedSentence before = sentencesOf(sentence.article()).get(sentence.position() - 1);
        return previous == before || previous.text().equals(before.text());
    }

    /**
     * A sentence's text ({@code text}: the sentence, or the part of it an entry shows) as a reader sees it
     * after {@code previous}: a connective that ties it to a sentence not shown before it is dropped
     * ({@link Openings#withoutConnective}), and a quotation it cuts is closed or opened
     * ({@link Quotations#balanced}).
     */
    public String shownAfter(String text, AnalyzedSentence sentence, AnalyzedSentence previous) {
        return follows(sentence, previous) ? Quotations.balanced(text) : shownAlone(text);
    }

    /** A sentence's text as a reader sees it with nothing before it (a comparison's fact): see {@link #shownAfter}. */
    public static String shownAlone(String text) {
        return Quotations.balanced(Openings.withoutConnective(text));
    }

    public List<AnalyzedSentence> sentencesOf(int article) {
        return byArticle.get(article);
    }

    public int vocabularySize() {
        return vocabulary.size();
    }

    public String stem(int term) {
        return vocabulary.get(term);
    }

    /**
     * The stem id of {@code word} (lower-cased, as {@link Tokens#matchWords} gives it), stemmed as the
     * story's words were; -1 when no word of the story has that stem.
     */
    public int termOf(String word) {
        String stem = new PorterStemmer().stem(word);
        for (int t = 0; t < vocabulary.size(); t++) {
            if (vocabulary.get(t).equals(stem)) {
                return t;
            }
        }
        return -1;
    }

    /** Number of articles that use the stem at least once. */
    public int articleFrequency(int term) {
        return articleFrequency[term];
    }

    /** Inverse sentence frequency, {@code log(N / n_t)}. */
    public double idf(int term) {
        return idf[term];
    }

    /** Splits, tokenizes and stems; keeps per-build caches out of the finished analysis. */
    private static final class Builder {
        private final SentenceSplitter splitter = new SentenceSplitter();
        private final PorterStemmer stemmer = new PorterStemmer();
        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<String, Integer> stemOfWord = new HashMap<>();
        private final List<String> vocabulary = new ArrayList<>();

        StoryAnalysis build(List<Article> articles) {
            List<String> texts = new ArrayList<>();
            List<int[]> place = new ArrayList<>();
            List<int[]> stems = new ArrayList<>();
            List<boolean[]> stops = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) {
                int position = 0;
                for (String sentence : splitter.split(articles.get(a).text())) {
                    List<String> words = Tokens.matchWords(sentence);
                    int[] ids = new int[words.size()];
                    boolean[] stop = new boolean[words.size()];
                    for (int w = 0; w < ids.length; w++) {
                        String word = words.get(w);
                        stop[w] = StopWords.contains(word);
                        ids[w] = idOf(word);
                    }
                    texts.add(sentence);
                    place.add(new int[] {a, position++});
                    stems.add(ids);
                    stops.add(stop);
                }
            }
            int[] sentenceFrequency = new int[vocabulary.size()];
            int[] articleFrequency = new int[vocabulary.size()];
            int[] lastSentence = filled(vocabulary.size());
            int[] lastArticle = filled(vocabulary.size());
            for (int s = 0; s < stems.size(); s++) {
                for (int term : stems.get(s)) {
                    if (lastSentence[term] != s) {
                        lastSentence[term] = s;
                        sentenceFrequency[term]++;
                    }
                    if (lastArticle[term] != place.get(s)[0]) {
                        lastArticle[term] = place.get(s)[0];
                        articleFrequency[term]++;
                    }
                }
            }
            double[] idf = new double[vocabulary.size()];
            int n = Math.max(1, stems.size());
            for (int t = 0; t < idf.length; t++) {
                idf[t] = Math.log((double) n / sentenceFrequency[t]) + 1e-3;
            }
            List<AnalyzedSentence> sentences = new ArrayList<>();
            List<List<AnalyzedSentence>> byArticle = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) {
                byArticle.add(new ArrayList<>());
            }
            for (int s = 0; s < stems.size(); s++) {
                Map<Integer, Double> tf = new HashMap<>();
                int[] ids = stems.get(s);
                boolean[] stop = stops.get(s);
                for (int w = 0; w < ids.length; w++) {
                    if (!stop[w]) {
                        tf.merge(ids[w], 1.0, Double::sum);
                    }
                }
                tf.replaceAll((term, count) -> count * idf[term]);
                String text = texts.get(s);
                AnalyzedSentence sentence = new AnalyzedSentence(s, place.get(s)[0], place.get(s)[1],
                        text, Tokens.wordCount(text), ids, stop, TermVector.of(tf));
                sentences.add(sentence);
                byArticle.get(sentence.article()).add(sentence);
            }
            byArticle.replaceAll(List::copyOf);
            return new StoryAnalysis(articles, List.copyOf(sentences), List.copyOf(byArticle),
                    List.copyOf(vocabulary), articleFrequency, idf);
        }

        private int idOf(String word) {
            return stemOfWord.computeIfAbsent(word, w -> {
                String stem = stemmer.stem(w);
                return ids.computeIfAbsent(stem, st -> {
                    vocabulary.add(st);
                    return vocabulary.size() - 1;
                });
            });
        }

        private static int[] filled(int size) {
            int[] array = new int[size];
            java.util.Arrays.fill(array, -1);
            return array;
        }
    }
}
