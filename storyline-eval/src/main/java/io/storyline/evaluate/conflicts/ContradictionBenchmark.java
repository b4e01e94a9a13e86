package io.storyline.evaluate.conflicts;

import io.storyline.Storyline;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Fact;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.Budget;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The contradiction benchmark: for each real cluster, a {@link SecondReport} that repeats some of one
 * article's sentences with one slot changed far beyond rounding; then the summary and the comparison
 * users get (the {@link Storyline} front door, default options: a 100-word summary) are checked.
 * Per kind of slot it counts: changed pairs the comparison reports as a conflict (recall); summary
 * citations that back a shown sentence with its changed twin; changed pairs filed as one fact with no
 * conflict between them; and, over everything, conflicts between two identical sentences.
 */
public final class ContradictionBenchmark {

    /** The benchmark's default seed; every figure is for a fixed seed. */
    public static final long SEED = 15;

    /** One cluster's input, as the data sets give it. */
    public record Cluster(String id, List<Article> articles) {
    }

    /** The counts for one kind of slot. */
    public static final class Tally {
        private int pairs;
        private int flagged;
        private int contradictingCitations;
        private int citationsTouching;
        private int unflaggedFacts;
        private int shown;
        private int disputesShown;

        public int pairs() {
            return pairs;
        }

        public int flagged() {
            return flagged;
        }

        public double recall() {
            return pairs == 0 ? Double.NaN : flagged / (double) pairs;
        }

        /** Citations that back a shown sentence with its changed twin (or the twin with the original). */
        public int contradictingCitations() {
            return contradictingCitations;
        }

        /** Citations of the summaries in which a changed or original sentence is shown or cited. */
        public int citationsTouching() {
            return citationsTouching;
        }

        /** Summary sentences that show an original or changed sentence. */
        public int shown() {
            return shown;
        }

        /** Of those, the ones that carry the twin's outlet as disputing ({@code disputedBy}). */
        public int disputesShown() {
            return disputesShown;
        }

        /** Changed pairs that one fact of the comparison holds together without a conflict between them. */
        public int unflaggedFacts() {
            return unflaggedFacts;
        }
    }

    /**
     * The whole result.
     *
     * @param tallies            per kind of slot
     * @param clusters           clusters that got a second report
     * @param identicalConflicts conflicts whose two statements are worded identically
     * @param conflicts          conflicts reported in all
 * @param missed             the changed pairs no conflict was reported for
     */
    public record Result(Map<SlotKind, Tally> tallies, int clusters, int identicalConflicts, int conflicts,
                         List<SecondReport.Change> missed) {
    }

    private ContradictionBenchmark() {
    }

    public static Result run(List<Cluster> clusters, long seed, BiConsumer<Integer, Integer> progress) {
        Map<SlotKind, Tally> tallies = new EnumMap<>(SlotKind.class);
        for (SlotKind kind : SlotKind.values()) {
            tallies.put(kind, new Tally());
        }
        int used = 0;
        int identical = 0;
        int conflicts = 0;
        List<SecondReport.Change> missed = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            Cluster cluster = clusters.get(c);
            SecondReport report = SecondReport.of(cluster.id(), cluster.articles(), new Random(seed * 31 + c));
            progress.accept(c + 1, clusters.size());
            if (report == null || report.changes().isEmpty()) {
                continue;
            }
            used++;
            List<Article> articles = new ArrayList<>(cluster.articles());
            articles.add(report.article());
            Summary summary = Storyline.summarize(articles, Budget.words(100));
            Comparison comparison = Storyline.compare(articles);
            // updates (the story moving on, an outlet's revised copy) are listed apart: counted as no conflict
            conflicts += comparison.disagreements().size();
            identical += (int) comparison.disagreements().stream()
                    .filter(k -> k.statement().sentence().equals(k.otherStatement().sentence())).count();
            for (SecondReport.Change change : report.changes()) {
                Tally tally = tallies.get(change.kind());
                tally.pairs++;
                if (comparison.disagreements().stream().anyMatch(k -> between(k, change))) {
                    tally.flagged++;
                } else {
                    missed.add(change);
                    if (heldAsOneFact(comparison, change)) {
                        tally.unflaggedFacts++;
                    }
                }
                count(summary, change, tally);
            }
        }
        return new Result(tallies, used, identical, conflicts, List.copyOf(missed));
    }

    private static boolean between(Conflict conflict, SecondReport.Change change) {
        return pair(conflict.statement().sentence(), conflict.otherStatement().sentence(), change);
    }

    /** Whether the two sentences are the change's original and changed wordings, in either order. */
    private static boolean pair(String a, String b, SecondReport.Change change) {
        return a.equals(change.original()) && b.equals(change.changed())
                || a.equals(change.changed()) && b.equals(change.original());
    }

    private static boolean heldAsOneFact(Comparison comparison, SecondReport.Change change) {
        for (Fact fact : comparison.facts()) {
            Set<String> texts = new java.util.HashSet<>();
            fact.reports().forEach(r -> texts.add(r.sentence()));
            if (texts.contains(change.original()) && texts.contains(change.changed())) {
                return true;
            }
        }
        return false;
    }

    private static void count(Summary summary, SecondReport.Change change, Tally tally) {
        for (SummarySentence sentence : summary.sentences()) {
            String shown = sentence.citations().get(0).sentence();
            String twin = shown.equals(change.original()) ? change.changed()
                    : shown.equals(change.changed()) ? change.original() : null;
            if (twin != null) {
                tally.shown++;
                if (sentence.disputedBy().stream().anyMatch(d -> d.citation().sentence().equals(twin))) {
                    tally.disputesShown++;
                }
            }
            for (Citation citation : sentence.citations().subList(1, sentence.citations().size())) {
                boolean touches = Set.of(change.original(), change.changed()).contains(shown)
                        || Set.of(change.original(), change.changed()).contains(citation.sentence());
                if (touches) {
                    tally.citationsTouching++;
                }
                if (pair(shown, citation.sentence(), change)) {
                    tally.contradictingCitations++;
                }
            }
        }
    }
}
