package io.storyline.compare;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Facts;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.SlotDifference;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Conflict;

import java.util.ArrayList;
import java.util.List;

/**
 * Conflicts between reports of one event by different outlets that {@link Facts} finds disputed:
 * the same words but for a slot's value ("killing three workers" / "killing five workers"). These
 * are the conflicts a summary shows beside its citations, so the comparison lists each of them.
 */
final class NearCopies {

    private NearCopies() {
    }

    static List<Conflict> conflicts(StoryAnalysis story, SimilarityGraph graph, Facts facts, SourceNumbering sources) {
        List<Conflict> conflicts = new ArrayList<>();
        for (AnalyzedSentence a : story.sentences()) {
            for (int neighbour : graph.neighbours(a.id())) {
                AnalyzedSentence b = story.sentences().get(neighbour);
                if (b.id() <= a.id() || !differentOutlets(story, a, b)
                        || facts.relation(a, b) != Facts.Relation.DISPUTED) {
                    continue;
                }
                for (SlotDifference d : facts.differences(a, b)) {
                    // a name or place put in another's place keeps the two apart as facts; whether it is a
                    // conflict between outlets is the ConflictFinder's to say, with its rules for offices held
                    // in turn and sentences naming several countries
                    if (!d.kind().equals("negation") && !d.kind().equals("name") && !d.kind().equals("place")) {
                        conflicts.add(new Conflict(d.kind(), d.slot(), d.value(), sources.cite(a), d.otherValue(),
                                sources.cite(b)));
                    }
                }
            }
        }
        return conflicts;
    }

    private static boolean differentOutlets(StoryAnalysis story, AnalyzedSentence a, AnalyzedSentence b) {
        return !story.articles().get(a.article()).sameOutletAs(story.articles().get(b.article()));
    }
}
