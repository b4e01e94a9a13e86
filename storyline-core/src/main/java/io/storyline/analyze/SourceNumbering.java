package io.storyline.analyze;

import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Dispute;
import io.storyline.model.Source;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;

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
 * ({@link #following}), and so does a digest story's timeline ({@link #renumbered}). Every article of
 * the story gets a number, cited or not.
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
     * What a shown sentence numbers: the reports it is cited to, then those disputing it. Not every report
     * of its event: a report that is not cited (not backed, {@link Backing}) took a number nobody cites,
     * and the sources listed skipped it ("[8]" then "[11]").
     */
    public static List<AnalyzedSentence> citedOrDisputing(List<AnalyzedSentence> reports, List<Facts.Dispute> disputes) {
        List<AnalyzedSentence> numbered = new ArrayList<>(reports);
        disputes.forEach(d -> numbered.add(d.sentence()));
        return numbered;
    }

    /**
     * Numbers as {@code numbering} does (matched by article id, each of its numbers given once), and
     * the articles it lacks after its highest number, in story order. With no numbering, the
     * articles are numbered in story order from 1.
     */
    public static SourceNumbering following(StoryAnalysis story, List<Source> numbering) {
        List<Article> articles = story.articles();
        return new SourceNumbering(articles, numbersFollowing(articles.stream().map(Article::id).toList(), numbering));
    }

    /**
     * The numbers of the articles (by id, in order) as {@code numbering} gives them, each of its numbers
     * once; the articles it lacks get the numbers after its highest, in order.
     */
    private static int[] numbersFollowing(List<String> articleIds, List<Source> numbering) {
        Map<String, Integer> numberOfArticle = new HashMap<>();
        numbering.forEach(s -> numberOfArticle.putIfAbsent(s.articleId(), s.number()));
        int next = numbering.stream().mapToInt(Source::number).max().orElse(0) + 1;
        int[] numbers = new int[articleIds.size()];
        Set<Integer> used = new HashSet<>();
        for (int a = 0; a < numbers.length; a++) {
            Integer known = numberOfArticle.get(articleIds.get(a));
            int number = known != null && used.add(known) ? known : next++;
            used.add(number);
            numbers[a] = number;
        }
        return numbers;
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

    /**
     * The timeline with its sources numbered as {@code numbering} numbers the same articles (matched by
     * id), its citations and disputes renumbered with them; articles {@code numbering} lacks come after
     * its highest number, in the timeline's order. So a digest story's summary, timeline and comparison
     * cite one article by one number.
     */
    public static Timeline renumbered(Timeline timeline, List<Source> numbering) {
        int[] numbers = numbersFollowing(timeline.sources().stream().map(Source::articleId).toList(), numbering);
        Map<Integer, Integer> renumber = new HashMap<>();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            Source source = timeline.sources().get(i);
            int number = numbers[i];
            renumber.put(source.number(), number);
            sources.add(new Source(number, source.articleId(), source.outlet(), source.title(), source.url(),
                    source.published(), source.origin()));
        }
        sources.sort(Comparator.comparingInt(Source::number));
        List<TimelineEntry> entries = timeline.entries().stream()
                .map(e -> new TimelineEntry(e.date(), e.sentences().stream().map(s -> renumbered(s, renumber)).toList()))
                .toList();
        return new Timeline(entries, sources, timeline.coverage(), timeline.undated(), timeline.inferred());
    }

    private static SummarySentence renumbered(SummarySentence sentence, Map<Integer, Integer> renumber) {
        List<Citation> citations = sentence.citations().stream().map(c -> renumbered(c, renumber)).toList();
        List<Dispute> disputes = sentence.disputedBy().stream()
                .map(d -> new Dispute(renumbered(d.citation(), renumber), d.kind(), d.slot(), d.shownValue(), d.value(),
                        d.update()))
                .toList();
        return new SummarySentence(sentence.text(), citations, disputes);
    }

    private static Citation renumbered(Citation citation, Map<Integer, Integer> renumber) {
        return new Citation(renumber.get(citation.source()), citation.sentenceIndex(), citation.sentence());
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
