package io.storyline.compare;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Clauses;
import io.storyline.analyze.Facts;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of a story that only its new articles report ({@code summarize --since}, the server's "new since"
 * view). {@link Comparison#onlyNew} keeps the facts whose reports all come from new articles; but a
 * comparison's fact groups are stricter than the test a summary cites by (a fact group needs a shared name, event
 * or number before it asks {@link Facts}), so an earlier article's report in other words can stand outside the
 * new fact's group ("the bridge will not reopen until engineers confirm it is safe" beside "closed the bridge
 * ... and said it would not reopen until it had been fully inspected"). Each such fact is therefore asked once
 * more, with the summary's own test ({@link Facts#reportsElsewhere}: one fact, and backed): a fact any of whose
 * reports an earlier article reports is not new, and is left out. Calling an old fact new is a wrong statement;
 * leaving out a new one that the test joins to an old one only makes the list shorter.
 */
public final class NewFacts {

    private NewFacts() {
    }

    /**
     * What of {@code whole}, the comparison of {@code story}, is new to a reader of every article but {@code fresh}
     * (by id): {@link Comparison#onlyNew}, less the facts an earlier article reports in other words.
     */
    public static Comparison of(StoryAnalysis story, Comparison whole, Set<String> fresh) {
        Comparison onlyNew = whole.onlyNew(fresh);
        SourceNumbering numbering = SourceNumbering.following(story, whole.sources());
        Map<Integer, Integer> articleOfNumber = new HashMap<>();
        boolean[] read = new boolean[story.articles().size()];
        for (int a = 0; a < read.length; a++) {
            articleOfNumber.putIfAbsent(numbering.number(a), a);
            read[a] = !fresh.contains(story.articles().get(a).id());
        }
        Map<Fact, List<AnalyzedSentence>> reports = new HashMap<>();
        Set<Integer> focus = new HashSet<>();
        for (Fact fact : onlyNew.facts()) {
            List<AnalyzedSentence> sentences = new ArrayList<>();
            for (Citation c : fact.reports()) {
                AnalyzedSentence s = sentence(story, articleOfNumber.get(c.source()), c.sentenceIndex());
                if (s != null) {
                    sentences.add(s);
                    focus.add(s.id());
                }
            }
            reports.put(fact, sentences);
        }
        // neighbours only for the new facts' sentences: the rest of the story is asked on demand
        Facts facts = focus.isEmpty() ? null : Facts.of(story, SimilarityGraph.around(story, SimilarityGraph.FLOOR, focus));
        List<Fact> kept = focus.isEmpty() ? onlyNew.facts() : onlyNew.facts().stream()
                .filter(f -> reports.get(f).stream().noneMatch(s -> reportedIn(facts.reportsElsewhere(s), read)))
                .toList();
        List<Fact> shown = new ArrayList<>(newClausesOnly(story, kept, read, false));
        shown.addAll(newClausesOnly(story, joinedToReadFacts(whole, onlyNew, fresh), read, true));
        return new Comparison(onlyNew.sources(), onlyNew.entities(), onlyNew.quotes(), shown, onlyNew.conflicts());
    }

    /**
     * A new article's report of a fact a read article also reports, each as a fact of its own, when its sentence
     * joins clauses ("X said A and that B" beside an earlier report of A): the comparison groups it with the read
     * fact, so its new clause would not be listed at all ({@link #newClausesOnly} keeps the new clause).
     */
    private static List<Fact> joinedToReadFacts(Comparison whole, Comparison onlyNew, Set<String> fresh) {
        Map<Integer, io.storyline.model.Source> sources = new HashMap<>();
        whole.sources().forEach(src -> sources.put(src.number(), src));
        Set<Fact> alreadyNew = new HashSet<>(onlyNew.facts());
        List<Fact> joined = new ArrayList<>();
        for (Fact fact : whole.facts()) {
            if (alreadyNew.contains(fact)) {
                continue;
            }
            for (Citation c : fact.reports()) {
                io.storyline.model.Source source = sources.get(c.source());
                if (source != null && fresh.contains(source.articleId()) && Clauses.of(c.sentence()).size() > 1) {
                    joined.add(new Fact(c.sentence(), List.of(c), List.of(source.outletLabel())));
                }
            }
        }
        return joined;
    }

    /**
     * The facts with what of each is new: a fact whose sentence joins clauses ({@link Clauses}: "X said A and that
     * B") one of which a read article reports is shown by its new clauses only, an ellipsis where the read one
     * was ("X said … that B"), still citing the whole sentence; a fact all of whose clauses were read is left
     * out. Each clause is asked as a sentence of its own (with its speaker's words), by the test the summary cites
     * by ({@link Facts#reportsElsewhere}), against the read articles only. With {@code partlyReadOnly}, only the
     * facts some but not all of whose clauses were read are given (cut to their new clauses).
     */
    static List<Fact> newClausesOnly(StoryAnalysis story, List<Fact> facts, boolean[] read, boolean partlyReadOnly) {
        List<Article> probe = new ArrayList<>();
        for (int a = 0; a < read.length; a++) {
            if (read[a]) {
                probe.add(story.articles().get(a));
            }
        }
        int readArticles = probe.size();
        Map<Fact, Integer> probeOf = new HashMap<>();
        if (facts.isEmpty()) {
            return facts;
        }
        for (Fact fact : facts) {
            List<Clauses.Clause> clauses = Clauses.of(fact.text());
            if (clauses.size() > 1 && readArticles > 0) {
                probeOf.put(fact, probe.size());
                String text = String.join(" ", clauses.stream().map(Clauses.Clause::standAlone).toList());
                probe.add(new Article("clauses-" + probe.size(), "clauses", null, "", null, text, "clauses"));
            }
        }
        if (probeOf.isEmpty()) {
            return partlyReadOnly ? List.of() : facts;
        }
        StoryAnalysis both = StoryAnalysis.of(probe);
        Set<Integer> asked = new HashSet<>();
        for (AnalyzedSentence s : both.sentences()) {
            if (s.article() >= readArticles) {
                asked.add(s.id());
            }
        }
        Facts test = Facts.of(both, SimilarityGraph.around(both, SimilarityGraph.FLOOR, asked));
        List<Fact> shown = new ArrayList<>();
        for (Fact fact : facts) {
            Integer article = probeOf.get(fact);
            if (article == null) {
                shown.add(fact);
                continue;
            }
            List<Clauses.Clause> clauses = Clauses.of(fact.text());
            List<AnalyzedSentence> asSentences = both.sentencesOf(article);
            if (asSentences.size() != clauses.size()) {  // the splitter read the clauses otherwise: the fact stays whole
                if (!partlyReadOnly) {
                    shown.add(fact);
                }
                continue;
            }
            boolean[] wasRead = new boolean[clauses.size()];
            int readCount = 0;
            for (int c = 0; c < clauses.size(); c++) {
                wasRead[c] = test.reportsElsewhere(asSentences.get(c)).stream().anyMatch(r -> r.article() < readArticles);
                readCount += wasRead[c] ? 1 : 0;
            }
            if (readCount == 0) {
                if (!partlyReadOnly) {
                    shown.add(fact);
                }
            } else if (readCount < clauses.size()) {
                shown.add(new Fact(newPart(fact.text(), clauses, wasRead), fact.reports(), fact.outlets(), fact.disputedBy(),
                        fact.related()));
            }
        }
        return shown;
    }

    /**
     * The new clauses as written in {@code text} (with what joins two kept ones), "…" for each run of read ones,
     * a reported clause after a read one with its speaker's words ("X said … that B").
     */
    private static String newPart(String text, List<Clauses.Clause> clauses, boolean[] read) {
        StringBuilder shown = new StringBuilder();
        int keptEnd = -1;  // where the last kept clause ended, when the one after it is kept too
        boolean cut = false;
        for (int c = 0; c < clauses.size(); c++) {
            Clauses.Clause clause = clauses.get(c);
            if (read[c]) {
                cut = true;
                keptEnd = -1;
                continue;
            }
            if (keptEnd >= 0) {
                shown.append(text, keptEnd, clause.start());
            } else if (cut) {
                if (shown.isEmpty() && !clause.speaker().isEmpty()) {
                    shown.append(clause.speaker());  // the speaker's words opened the read clause
                }
                shown.append(shown.isEmpty() ? "\u2026 " : " \u2026 ");
            }
            shown.append(clause.text());
            keptEnd = clause.end();
            cut = false;
        }
        if (cut) {
            shown.append(" \u2026");
        }
        return shown.toString();
    }

    private static boolean reportedIn(List<AnalyzedSentence> reports, boolean[] read) {
        return reports.stream().anyMatch(r -> read[r.article()]);
    }

    private static AnalyzedSentence sentence(StoryAnalysis story, Integer article, int position) {
        if (article == null) {
            return null;
        }
        for (AnalyzedSentence s : story.sentencesOf(article)) {
            if (s.position() == position) {
                return s;
            }
        }
        return null;
    }
}
