package io.storyline.analyze;

import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Dispute;
import io.storyline.model.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers a story's articles carry as sources ("[2]"), and the citations that point at them. A
 * summary and a timeline number their sources in the order the reader first meets them
 * ({@link #byFirstCitation}); an outlet comparison takes a summary's numbers so that both agree
 * ({@link #following}). Every article of the story gets a number, cited or not.
 */
public final class SourceNumbering {

    private final List<Article> articles;
    /** The source number of each article, by its index in the story. */
    private final int[] numbers;

    private SourceNumbering(List<Article> articles, int[] numbers) {
        this.articles = articles;
        this.numbers = numbers;
    }

    /**
     * Numbers in order of first citation: the articles of {@code reports} (each list a shown
     * sentence and the reports of its fact, in the order shown) as they first come, then the
     * articles never cited, in story order.
     */
    public static SourceNumbering byFirstCitation(StoryAnalysis story, List<List<AnalyzedSentence>> reports) {
        Map<Integer, Integer> numberOfArticle = new LinkedHashMap<>();
        for (List<AnalyzedSentence> fact : reports) {
            for (AnalyzedSentence r : fact) {
                numberOfArticle.putIfAbsent(r.article(), numberOfArticle.size() + 1);
            }
        }
        int[] numbers = new int[story.articles().size()];
        for (int a = 0; a < numbers.length; a++) {
            numbers[a] = numberOfArticle.computeIfAbsent(a, k -> numberOfArticle.size() + 1);
        }
        return new SourceNumbering(story.articles(), numbers);
    }

    /**
     * Numbers as {@code numbering} does (matched by article id, each of its numbers given once), and
     * the articles it lacks after its highest number, in story order. With no numbering, the
     * articles are numbered in story order from 1.
     */
    public static SourceNumbering following(StoryAnalysis story, List<Source> numbering) {
        List<Article> articles = story.articles();
        Map<String, Source> byId = new HashMap<>();
        numbering.forEach(s -> byId.putIfAbsent(s.articleId(), s));
        int next = numbering.stream().mapToInt(Source::number).max().orElse(0) + 1;
        int[] numbers = new int[articles.size()];
        Set<Integer> used = new HashSet<>();
        for (int a = 0; a < articles.size(); a++) {
            Source known = byId.get(articles.get(a).id());
            int number = known != null && used.add(known.number()) ? known.number() : next++;
            used.add(number);
            numbers[a] = number;
        }
        return new SourceNumbering(articles, numbers);
    }

    /** The source number of the story's {@code article}-th article. */
    public int number(int article) {
        return numbers[article];
    }

    /** A citation of the sentence: its article's number, its place there and its words as written. */
    public Citation cite(AnalyzedSentence sentence) {
        return new Citation(numbers[sentence.article()], sentence.position(), sentence.text());
    }

    /** Citations of the sentences, in their order. */
    public List<Citation> cite(List<AnalyzedSentence> sentences) {
        List<Citation> citations = new ArrayList<>(sentences.size());
        for (AnalyzedSentence s : sentences) {
            citations.add(cite(s));
        }
        return citations;
    }

    /** The disputes of a shown sentence: one per differing slot, citing the source's sentence with the value it gives. */
    public List<Dispute> disputes(List<Facts.Dispute> disputes) {
        List<Dispute> cited = new ArrayList<>(disputes.size());
        for (Facts.Dispute d : disputes) {
            for (SlotDifference difference : d.differences()) {
                cited.add(new Dispute(cite(d.sentence()), difference.kind(), difference.slot(), difference.value(),
                        difference.otherValue()));
            }
        }
        return cited;
    }

    /** Every article as a source, by number. */
    public List<Source> sources() {
        List<Source> sources = new ArrayList<>(numbers.length);
        for (int a = 0; a < numbers.length; a++) {
            sources.add(Source.of(numbers[a], articles.get(a)));
        }
        sources.sort(Comparator.comparingInt(Source::number));
        return sources;
    }
}
