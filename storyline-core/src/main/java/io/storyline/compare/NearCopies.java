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
 * each of them (a role and the part of a place too), between two outlets or two copies of one outlet's story
 * (a revised figure).
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
                    // a denial is Denials' to list, with its own tests of what is denied; a name or place put in
                    // another's place is the ConflictFinder's, with its rules for offices held in turn and sentences
                    // naming several countries (a role or the part of a place, slot other than its kind, is listed here)
                    if (!d.kind().equals("negation") && !d.slot().equals("name") && !d.slot().equals("place")) {
                        conflicts.add(new Conflict(d.kind(), d.slot(), d.value(), sources.cite(a), d.otherValue(),
                                sources.cite(b)));
                    }
                }
            }
        }
        return conflicts;
    }
}
