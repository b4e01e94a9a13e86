package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Openings;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Puts chosen sentences in an order that reads as an account, not a ranking. Two signals, after
 * Barzilay, Elhadad &amp; McKeown 2002 ("Inferring Strategies for Sentence Ordering in Multidocument
 * News Summarization"): where articles report two of the facts, the order most of them use
 * (majority ordering, resolved greedily as in Cohen, Schapire &amp; Singer 1999); otherwise chronology:
 * the earliest date a fact was reported, then how early it comes in its article. A chosen sentence
 * that opens its own article then moves up as far as the evidence lets it (its lead). Last, the summary
 * does not open on a sentence that leans on one before it ("He leads the outlawed party ...",
 * "Instead, they asked ..."): the first chosen sentence that stands on its own is moved to the front,
 * and a leaning sentence follows the chosen sentence of its own article that it came after.
 */
final class StoryOrder {

    private StoryOrder() {
    }

    /**
     * @param chosen  the summary's sentences
     * @param reports for each chosen sentence, every sentence (its own first) that reports its fact
     */
    static List<Integer> arrange(StoryAnalysis story, List<AnalyzedSentence> chosen,
                                 List<List<AnalyzedSentence>> reports) {
        List<Article> articles = story.articles();
        int n = chosen.size();
        int[][] before = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    before[i][j] = votesBefore(reports.get(i), reports.get(j));
                }
            }
        }
        Comparator<Integer> chronology = Comparator
                .comparing((Integer i) -> firstReported(articles, reports.get(i)),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparingDouble(i -> relativePosition(story, reports.get(i)))
                .thenComparingInt(i -> chosen.get(i).id());
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            remaining.add(i);
        }
        remaining.sort(chronology);
        List<Integer> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            int best = remaining.get(0);
            int bestMargin = Integer.MIN_VALUE;
            for (int i : remaining) {
                int margin = 0;
                for (int j : remaining) {
                    margin += before[i][j] - before[j][i];
                }
                if (margin > bestMargin) {
                    best = i;
                    bestMargin = margin;
                }
            }
            order.add(best);
            remaining.remove(Integer.valueOf(best));
        }
        List<LocalDate> dates = reports.stream().map(r -> firstReported(articles, r)).toList();
        return followContext(story, chosen,
                leadWithIndependent(chosen, leadWithArticleLead(story, chosen, order, before, dates)));
    }

    /**
     * Moves a chosen sentence that opens its own article up, towards the front: a news article's first
     * sentence is written as the lead of an account (the inverted pyramid), while the facts that
     * majority ordering and chronology put first are often a later detail ("The protest in Rome was
     * peaceful Sunday."). The first such lead in {@code order} that stands on its own and tells the story
     * (at least half of its content words are in other articles' sentences worded otherwise: not a page's
     * "Dow Jones reprints" line, however many pages carry it) moves up past every sentence that no more
     * articles put before it than after it ({@code before}) and that was not reported on an earlier day
     * (nor on any day, when the lead itself is undated).
     */
    static List<Integer> leadWithArticleLead(StoryAnalysis story, List<AnalyzedSentence> chosen, List<Integer> order,
                                             int[][] before, List<LocalDate> dates) {
        for (int k = 0; k < order.size(); k++) {
            int lead = order.get(k);
            AnalyzedSentence s = chosen.get(lead);
            if (!s.isFirstInArticle() || Openings.leansOnPrevious(s.text()) || sharedShare(story, s) < LEAD_SHARED) {
                continue;
            }
            int to = k;
            while (to > 0 && mayPass(order.get(to - 1), lead, before, dates)) {
                to--;
            }
            order.add(to, order.remove(k));
            break;
        }
        return order;
    }

    /** Of a lead's content words, at least this share must be in other articles of the story. */
    static final double LEAD_SHARED = 0.5;

    private static boolean mayPass(int other, int lead, int[][] before, List<LocalDate> dates) {
        LocalDate otherDate = dates.get(other);
        LocalDate leadDate = dates.get(lead);
        // an undated lead does not pass a dated report: chronology put the dated one first
        boolean earlier = otherDate != null && (leadDate == null || otherDate.isBefore(leadDate));
        return before[other][lead] <= before[lead][other] && !earlier;
    }

    /** The share of the sentence's content words that another article uses in a sentence worded otherwise. */
    static double sharedShare(StoryAnalysis story, AnalyzedSentence sentence) {
        Set<Integer> elsewhere = new HashSet<>();
        for (AnalyzedSentence other : story.sentences()) {
            if (other.article() != sentence.article() && !other.text().equals(sentence.text())) {
                for (int i = 0; i < other.stems().length; i++) {
                    if (!other.stop()[i]) {
                        elsewhere.add(other.stems()[i]);
                    }
                }
            }
        }
        int content = 0;
        int shared = 0;
        for (int i = 0; i < sentence.stems().length; i++) {
            if (!sentence.stop()[i]) {
                content++;
                shared += elsewhere.contains(sentence.stems()[i]) ? 1 : 0;
            }
        }
        return content == 0 ? 0 : shared / (double) content;
    }

    /**
     * Puts each sentence that leans on the one before it ("He leads the outlawed party ...") right
     * after the nearest chosen sentence that comes before it in its own article, where its "he" or
     * "but" was written to follow. A sentence opening on "he" or "she" with no such sentence follows
     * the first chosen sentence of another article that names whom it stands for: the earliest name
     * of the nearest sentence before it in its own article that the summary names too (the subject,
     * in news, which centering prefers as the referent: Grosz, Joshi &amp; Weinstein 1995, "Centering:
     * A Framework for Modeling the Local Coherence of Discourse"). It stays where it is when the
     * sentence before it names that person already, or the summary names nobody its article named.
     */
    static List<Integer> followContext(StoryAnalysis story, List<AnalyzedSentence> chosen, List<Integer> order) {
        Names names = null;
        Set<Integer> movedDown = new HashSet<>();
        for (int k = 1; k < order.size(); k++) {
            AnalyzedSentence leaning = chosen.get(order.get(k));
            if (!Openings.leansOnPrevious(leaning.text())) {
                continue;
            }
            int context = -1;
            for (int j = 0; j < order.size(); j++) {
                AnalyzedSentence other = chosen.get(order.get(j));
                if (j != k && other.article() == leaning.article() && other.position() < leaning.position()
                        && (context < 0 || other.position() > chosen.get(order.get(context)).position())) {
                    context = j;
                }
            }
            if (context < 0 && Openings.personalPronoun(leaning.text())) {
                names = names == null ? Names.of(story) : names;
                context = namingSentence(story, names, chosen, order, k);
            }
            if (context > k && !movedDown.add(order.get(k))) {
                continue; // each sentence moves down once, so the loop ends
            }
            if (context >= 0 && context != k - 1) {
                int moved = order.remove(k);
                order.add(context < k ? context + 1 : context, moved);
                if (context > k) {
                    k--; // the sentence that moved up into place k has not been looked at yet
                }
            }
        }
        return order;
    }

    /** How many sentences back a pronoun sentence's article is searched for a sentence with names. */
    static final int ANTECEDENT_SENTENCES = 3;

    /**
     * The place in {@code order} of the first chosen sentence that names whom the pronoun sentence at
     * {@code k} stands for: the earliest name that may be a person ({@link Names#people}: no people,
     * party or place) of the nearest sentence before it in its article (within
     * {@value #ANTECEDENT_SENTENCES}) that names one and that some chosen sentence also names. -1
     * when the sentence just before it names that person already, or no chosen sentence names any.
     * Sentences of its own article (all after it) and sentences that lean on another are no
     * candidates.
     */
    private static int namingSentence(StoryAnalysis story, Names names, List<AnalyzedSentence> chosen,
                                      List<Integer> order, int k) {
        AnalyzedSentence leaning = chosen.get(order.get(k));
        List<AnalyzedSentence> ordered = order.stream().map(chosen::get).toList();
        for (Set<String> referent : referents(story, names, leaning)) {
            if (namesAny(names, ordered.get(k - 1), referent)) {
                return -1;
            }
            int j = naming(names, leaning, ordered, referent);
            if (j >= 0) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The place in {@code summary} of the first sentence of another article than the pronoun sentence's that
     * stands on its own and names {@code referent}; -1 for none.
     */
    private static int naming(Names names, AnalyzedSentence leaning, List<AnalyzedSentence> summary,
                              Set<String> referent) {
        for (int j = 0; j < summary.size(); j++) {
            AnalyzedSentence other = summary.get(j);
            if (other.article() != leaning.article() && !Openings.leansOnPrevious(other.text())
                    && namesAny(names, other, referent)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whom a sentence opening on "he" or "she" may stand for: the people ({@link Names#people}) of the nearest
     * sentence before it in its article (within {@value #ANTECEDENT_SENTENCES}) that names any.
     */
    private static List<Set<String>> referents(StoryAnalysis story, Names names, AnalyzedSentence leaning) {
        List<AnalyzedSentence> own = story.sentencesOf(leaning.article());
        for (int p = leaning.position() - 1; p >= 0 && p >= leaning.position() - ANTECEDENT_SENTENCES; p--) {
            List<Set<String>> referents = names.people(own.get(p).text());
            if (!referents.isEmpty()) {
                return referents;
            }
        }
        return List.of();
    }

    /**
     * The chosen sentences opening on "he" or "she" with nobody for it in the summary: those that {@link
     * #followContext} has nowhere to put, since no chosen sentence of their own article comes before them and
     * no chosen sentence of another article that stands on its own names their referent. {@code names} is
     * asked for only when such a sentence has no chosen sentence of its own article before it.
     */
    static List<AnalyzedSentence> withoutAntecedent(StoryAnalysis story, Supplier<Names> names,
                                                    List<AnalyzedSentence> chosen) {
        List<AnalyzedSentence> dangling = new ArrayList<>();
        for (AnalyzedSentence leaning : chosen) {
            if (!Openings.personalPronoun(leaning.text()) || chosen.stream().anyMatch(
                    o -> o.article() == leaning.article() && o.position() < leaning.position())) {
                continue;
            }
            Names known = names.get();
            if (referents(story, known, leaning).stream().allMatch(r -> naming(known, leaning, chosen, r) < 0)) {
                dangling.add(leaning);
            }
        }
        return dangling;
    }

    private static boolean namesAny(Names names, AnalyzedSentence sentence, Set<String> referent) {
        for (String name : names.in(sentence.text())) {
            if (referent.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Moves the first sentence in {@code order} that does not lean on another to the front. */
    static List<Integer> leadWithIndependent(List<AnalyzedSentence> chosen, List<Integer> order) {
        if (order.isEmpty() || !Openings.leansOnPrevious(chosen.get(order.get(0)).text())) {
            return order;
        }
        for (int k = 1; k < order.size(); k++) {
            if (!Openings.leansOnPrevious(chosen.get(order.get(k)).text())) {
                order.add(0, order.remove(k));
                break;
            }
        }
        return order;
    }

    /** In how many articles a report of the first fact comes before a report of the second. */
    private static int votesBefore(List<AnalyzedSentence> first, List<AnalyzedSentence> second) {
        int votes = 0;
        for (AnalyzedSentence a : first) {
            for (AnalyzedSentence b : second) {
                if (a.article() == b.article() && a.position() < b.position()) {
                    votes++;
                }
            }
        }
        return votes;
    }

    private static LocalDate firstReported(List<Article> articles, List<AnalyzedSentence> reports) {
        LocalDate first = null;
        for (AnalyzedSentence r : reports) {
            LocalDate date = articles.get(r.article()).published();
            if (date != null && (first == null || date.isBefore(first))) {
                first = date;
            }
        }
        return first;
    }

    /** The earliest a fact comes in any article reporting it, as a share of that article's length. */
    private static double relativePosition(StoryAnalysis story, List<AnalyzedSentence> reports) {
        double best = 1;
        for (AnalyzedSentence r : reports) {
            best = Math.min(best, r.position() / (double) story.sentencesOf(r.article()).size());
        }
        return best;
    }
}
