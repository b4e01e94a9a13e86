package io.storyline.compare;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Facts;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
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
        if (onlyNew.facts().isEmpty()) {
            return onlyNew;
        }
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
        Facts facts = Facts.of(story, SimilarityGraph.around(story, SimilarityGraph.FLOOR, focus));
        List<Fact> kept = onlyNew.facts().stream()
                .filter(f -> reports.get(f).stream().noneMatch(s -> reportedIn(facts.reportsElsewhere(s), read)))
                .toList();
        return new Comparison(onlyNew.sources(), onlyNew.entities(), onlyNew.quotes(), kept, onlyNew.conflicts());
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
