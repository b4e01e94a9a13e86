package io.storyline.evaluate.pairs;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Facts;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.compare.OutletComparison;
import io.storyline.evaluate.pairs.LabelledPair.Half;
import io.storyline.evaluate.pairs.LabelledPair.Label;
import io.storyline.evaluate.pairs.LabelledPair.SentenceRef;

import java.util.ArrayList;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the product's own decisions on each labelled pair, over the pair's whole cluster. {@link Decider#FACTS}:
 * {@link Facts#relation}, as the summary and the timeline decide whom to cite for a sentence ({@code SAME}),
 * whom to show as disputing it ({@code DISPUTED}) and which sentences say one thing twice, and as the outlet
 * comparison finds near copies that contradict; {@code SAME} is read as "same fact", {@code DISPUTED} as
 * "contradicting", {@code OTHER} as "related but different". {@link Decider#COMPARISON}: the outlet
 * comparison users get ({@link OutletComparison}): contradicting when it reports a conflict between the two
 * sentences, same when it files them under one fact.
 */
public final class PairBenchmark {

    /** Whose decision is scored. */
    public enum Decider {
        /** {@link Facts#relation}: whom the summary and the timeline cite and show as disputing, what they say once. */
        FACTS,
        /** The outlet comparison's facts and conflicts: one fact when it files both sentences under one fact. */
        COMPARISON
    }

    /** A pair as judged: its label, the two decisions, and the two sentences' texts. */
    public record Judged(LabelledPair pair, Label predicted, Label compared, String textA, String textB) {

        public boolean right() {
            return predicted == pair.label();
        }

        public Label decision(Decider decider) {
            return decider == Decider.FACTS ? predicted : compared;
        }
    }

    /** A pair whose sentence could not be found by its hash: the data or the sentence split moved. */
    public record Drifted(LabelledPair pair, String reason) {
    }

    /** The confusion counts of one part of the set: label by decision. */
    public static final class Confusion {
        private final Map<Label, Map<Label, Integer>> counts = new EnumMap<>(Label.class);

        void add(Label label, Label predicted) {
            counts.computeIfAbsent(label, l -> new EnumMap<>(Label.class)).merge(predicted, 1, Integer::sum);
        }

        public int count(Label label, Label predicted) {
            return counts.getOrDefault(label, Map.of()).getOrDefault(predicted, 0);
        }

        public int labelled(Label label) {
            int n = 0;
            for (Label p : Label.values()) {
                n += count(label, p);
            }
            return n;
        }

        public int predicted(Label predicted) {
            int n = 0;
            for (Label l : Label.values()) {
                n += count(l, predicted);
            }
            return n;
        }

        public int total() {
            int n = 0;
            for (Label l : Label.values()) {
                n += labelled(l);
            }
            return n;
        }

        /** Of the pairs decided {@code label}, the share labelled so; NaN when none was. */
        public double precision(Label label) {
            int p = predicted(label);
            return p == 0 ? Double.NaN : count(label, label) / (double) p;
        }

        /** Of the pairs labelled {@code label}, the share decided so; NaN when none is. */
        public double recall(Label label) {
            int l = labelled(label);
            return l == 0 ? Double.NaN : count(label, label) / (double) l;
        }
    }

    /** The outcome: every judged pair, the drifted ones, and confusion counts by half ("all" for both). */
    public record Result(List<Judged> judged, List<Drifted> drifted) {

        public Confusion confusion(Half half) {
            return confusion(Decider.FACTS, half);
        }

        /** The counts of one half, or of both when {@code half} is null. */
        public Confusion confusion(Decider decider, Half half) {
            Confusion c = new Confusion();
            judged.stream().filter(j -> half == null || j.pair().half() == half)
                    .forEach(j -> c.add(j.pair().label(), j.decision(decider)));
            return c;
        }

        public Confusion confusion(String dataset) {
            return confusion(Decider.FACTS, dataset);
        }

        public Confusion confusion(Decider decider, String dataset) {
            Confusion c = new Confusion();
            judged.stream().filter(j -> j.pair().dataset().equals(dataset))
                    .forEach(j -> c.add(j.pair().label(), j.decision(decider)));
            return c;
        }
    }

    private PairBenchmark() {
    }

    /** Judges every pair whose cluster is found under the data folder; {@code step} is told each cluster done. */
    public static Result run(List<LabelledPair> pairs, PairClusters clusters, Consumer<String> step) {
        Map<String, List<LabelledPair>> byCluster = new LinkedHashMap<>();
        for (LabelledPair p : pairs) {
            byCluster.computeIfAbsent(p.dataset() + "/" + p.cluster(), k -> new ArrayList<>()).add(p);
        }
        List<Judged> judged = new ArrayList<>();
        List<Drifted> drifted = new ArrayList<>();
        for (List<LabelledPair> group : byCluster.values()) {
            LabelledPair first = group.get(0);
            PairClusters.Cluster cluster = clusters.cluster(first.dataset(), first.cluster());
            StoryAnalysis story = StoryAnalysis.of(cluster.articles());
            Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
            ComparisonView comparison = new ComparisonView(story);
            for (LabelledPair p : group) {
                AnalyzedSentence a = locate(story, cluster, p.a());
                AnalyzedSentence b = locate(story, cluster, p.b());
                if (a == null || b == null) {
                    SentenceRef missing = a == null ? p.a() : p.b();
                    drifted.add(new Drifted(p, "no sentence with hash " + missing.hash() + " in " + missing.article()));
                    continue;
                }
                judged.add(new Judged(p, decision(facts.relation(a, b)), comparison.decision(a, b), a.text(), b.text()));
            }
            clusters.forget();
            step.accept(first.cluster());
        }
        return new Result(judged, drifted);
    }

    /** The outlet comparison of a cluster, as users get it, read for what it says of two sentences. */
    private static final class ComparisonView {
        private final SourceNumbering sources;
        private final Map<Citation, Integer> factOf = new HashMap<>();
        private final Set<List<Citation>> conflicting = new HashSet<>();

        ComparisonView(StoryAnalysis story) {
            Comparison comparison = OutletComparison.compare(story, List.of());
            sources = SourceNumbering.following(story, List.of());
            for (int f = 0; f < comparison.facts().size(); f++) {
                for (Citation c : comparison.facts().get(f).reports()) {
                    factOf.put(c, f);
                }
            }
            // an update (the story moving on, an outlet's revised copy) is listed apart: no contradiction
            for (Conflict c : comparison.disagreements()) {
                conflicting.add(List.of(c.statement(), c.otherStatement()));
                conflicting.add(List.of(c.otherStatement(), c.statement()));
            }
        }

        Label decision(AnalyzedSentence a, AnalyzedSentence b) {
            Citation ca = sources.cite(a);
            Citation cb = sources.cite(b);
            if (conflicting.contains(List.of(ca, cb))) {
                return Label.CONTRADICTING;
            }
            Integer fa = factOf.get(ca);
            return fa != null && fa.equals(factOf.get(cb)) ? Label.SAME : Label.RELATED;
        }
    }

    static Label decision(Facts.Relation relation) {
        return switch (relation) {
            case SAME -> Label.SAME;
            case DISPUTED -> Label.CONTRADICTING;
            case OTHER -> Label.RELATED;
        };
    }

    /**
     * The sentence a reference names: at its index when the hash matches there, else the only sentence
     * of the article with that hash (the split moved), else null.
     */
    static AnalyzedSentence locate(StoryAnalysis story, PairClusters.Cluster cluster, SentenceRef ref) {
        int article = cluster.article(ref.article());
        if (article < 0) {
            return null;
        }
        List<AnalyzedSentence> sentences = story.sentencesOf(article);
        if (ref.sentence() >= 0 && ref.sentence() < sentences.size()
                && LabelledPair.hash(sentences.get(ref.sentence()).text()).equals(ref.hash())) {
            return sentences.get(ref.sentence());
        }
        AnalyzedSentence found = null;
        for (AnalyzedSentence s : sentences) {
            if (LabelledPair.hash(s.text()).equals(ref.hash())) {
                if (found != null) {
                    return found;
                }
                found = s;
            }
        }
        return found;
    }
}
