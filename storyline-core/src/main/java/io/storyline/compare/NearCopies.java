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
 * are the conflicts a summary shows beside its citations ({@code Facts#disputes}), so the comparison lists
 * each of them, whatever the slot (a name or place put in another's place, a role, the part of a place),
 * between two outlets or two copies of one outlet's story (a revised figure), on one day or two: one
 * decision, so what a summary notes is never missing from the comparison's list.
 */
final class NearCopies {

    private NearCopies() {
    }

    static List<Conflict> conflicts(StoryAnalysis story, SimilarityGraph graph, Facts facts, SourceNumbering sources) {
        List<Conflict> conflicts = new ArrayList<>();
        for (AnalyzedSentence a : story.sentences()) {
            for (int neighbour : graph.neighbours(a.id())) {
                AnalyzedSentence b = story.sentences().get(neighbour);
                if (b.id() <= a.id() || a.article() == b.article()
                        || facts.relation(a, b) != Facts.Relation.DISPUTED) {
                    continue;
                }
                for (SlotDifference d : facts.differences(a, b)) {
                    // a denial is Denials' to list, with its own tests of what is denied
                    if (!d.kind().equals("negation")) {
                        conflicts.add(new Conflict(d.kind(), d.slot(), d.value(), sources.cite(a), d.otherValue(),
                                sources.cite(b)));
                    }
                }
            }
        }
        return conflicts;
    }
}
