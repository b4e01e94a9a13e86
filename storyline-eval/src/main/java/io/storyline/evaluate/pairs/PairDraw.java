package io.storyline.evaluate.pairs;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Facts;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.SlotDifference;
import io.storyline.analyze.Slots;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.evaluate.MultiNews;
import io.storyline.evaluate.pairs.LabelledPair.Half;
import io.storyline.evaluate.pairs.LabelledPair.Label;
import io.storyline.evaluate.pairs.LabelledPair.SentenceRef;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Draws the candidate pairs a person then labels (how the bundled set was made; see docs/PAIRS.md).
 * From clusters of each data set, every pair of sentences of two different articles that the story's
 * similarity graph links is put in one stratum: {@code slots} when the two fill a number, day, date,
 * time or vote slot with values that differ (whatever their similarity), else {@code high} (cosine at
 * or above 0.5, where the product calls two sentences one fact), {@code medium} (0.3 to 0.5) or
 * {@code low} (0.15 to 0.3, where paraphrases hide). Identical sentences and sentences under six words
 * are left out. Each stratum's quota is drawn at random with a fixed seed, at most two pairs per
 * cluster and stratum so that no one story fills the set. A pair's half (tune or test) is its cluster's:
 * the clusters are split in two by the hash of their names, so no story is in both halves.
 *
 * <pre>java -cp storyline.jar io.storyline.evaluate.pairs.PairDraw ../shared/data SEED &gt; drawn.tsv</pre>
 * prints the label file's lines with the label {@code ?}, followed by the cosine and both texts to read.
 */
public final class PairDraw {

    /** The seed the bundled set was drawn with. */
    public static final long SEED = 15;

    /** Pairs drawn per data set and stratum. */
    static final Map<String, int[]> QUOTA = Map.of(
            // high, medium, low, slots
            "duc2004", new int[] {18, 18, 14, 22},
            "duc2006", new int[] {14, 14, 12, 18},
            "multinews", new int[] {12, 12, 10, 14},
            "timeline17", new int[] {14, 14, 12, 18});
    static final List<String> STRATA = List.of("high", "medium", "low", "slots");
    /** Pairs drawn per data set from those the product calls disputed. */
    static final int DISPUTED_QUOTA = 12;
    static final int PER_CLUSTER = 2;
    static final int MIN_WORDS = 6;

    private record Candidate(String dataset, String cluster, SentenceRef a, SentenceRef b, String stratum,
                             double cosine, String textA, String textB, String ids) {
    }

    private PairDraw() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        draw(data, seed, out);
    }

    static void draw(Path data, long seed, PrintStream out) {
        out.println(PairSet.HEADER + "\tcosine\ttext_a\ttext_b");
        Set<String> drawn = new HashSet<>();
        int next = draw(data, new Random(seed), 1, false, drawn, out);
        draw(data, new Random(seed + 1), next, true, drawn, out);
    }

    /**
     * One pass: the four strata by similarity and slots, or ({@code disputed}) the pairs the product
     * itself calls disputed, which a random draw almost never meets; returns the next pair number.
     */
    private static int draw(Path data, Random random, int firstId, boolean disputed, Set<String> drawn, PrintStream out) {
        PairClusters clusters = new PairClusters(data);
        int id = firstId;
        for (String dataset : PairClusters.DATASETS) {
            Map<String, List<Candidate>> byStratum = new HashMap<>();
            for (String cluster : clusterIds(data, dataset, random)) {
                PairClusters.Cluster c = clusters.cluster(dataset, cluster);
                clusters.forget();
                if (c.articles().size() < 2) {
                    continue;
                }
                StoryAnalysis story = StoryAnalysis.of(c.articles());
                SimilarityGraph graph = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
                Facts facts = Facts.of(story, graph);
                Map<String, List<Candidate>> local = new HashMap<>();
                for (AnalyzedSentence a : story.sentences()) {
                    int[] neighbours = graph.neighbours(a.id());
                    double[] weights = graph.weights(a.id());
                    for (int k = 0; k < neighbours.length; k++) {
                        AnalyzedSentence b = story.sentences().get(neighbours[k]);
                        if (b.id() <= a.id() || a.article() == b.article() || a.words() < MIN_WORDS || b.words() < MIN_WORDS
                                || normal(a.text()).equals(normal(b.text()))) {
                            continue;
                        }
                        String stratum = disputed
                                ? facts.relation(a, b) == Facts.Relation.DISPUTED ? "disputed" : null
                                : stratum(a, b, weights[k]);
                        if (stratum != null && !drawn.contains(dataset + "/" + cluster + "/" + a.id() + "/" + b.id())) {
                            local.computeIfAbsent(stratum, s -> new ArrayList<>()).add(new Candidate(dataset, cluster,
                                    ref(c, a), ref(c, b), stratum, weights[k], a.text(), b.text(), a.id() + "/" + b.id()));
                        }
                    }
                }
                local.forEach((stratum, list) -> {
                    Collections.shuffle(list, random);
                    byStratum.computeIfAbsent(stratum, s -> new ArrayList<>())
                            .addAll(list.subList(0, Math.min(PER_CLUSTER, list.size())));
                });
            }
            List<String> strata = disputed ? List.of("disputed") : STRATA;
            for (int s = 0; s < strata.size(); s++) {
                List<Candidate> list = byStratum.getOrDefault(strata.get(s), List.of());
                Collections.shuffle(list, random);
                int quota = disputed ? DISPUTED_QUOTA : QUOTA.get(dataset)[s];
                for (Candidate c : list.subList(0, Math.min(quota, list.size()))) {
                    drawn.add(dataset + "/" + c.cluster() + "/" + c.ids());
                    LabelledPair pair = new LabelledPair(id++, dataset, c.cluster(), c.a(), c.b(), Label.RELATED,
                            half(dataset, c.cluster()), c.stratum());
                    out.println(PairSet.line(pair).replace("\trelated\t", "\t?\t")
                            + String.format(Locale.ROOT, "\t%.3f\t%s\t%s", c.cosine(), flat(c.textA()), flat(c.textB())));
                }
            }
        }
        return id;
    }

    private static String stratum(AnalyzedSentence a, AnalyzedSentence b, double cosine) {
        List<SlotDifference> differences = Slots.of(a.text()).differences(Slots.of(b.text()));
        if (differences.stream().anyMatch(d -> !d.kind().equals("negation")) && cosine >= 0.15) {
            return "slots";
        }
        if (cosine >= 0.5) {
            return "high";
        }
        if (cosine >= 0.3) {
            return "medium";
        }
        return cosine >= 0.15 ? "low" : null;
    }

    /** The half a cluster's pairs are in: by the hash of its name, so a story is never in both. */
    static Half half(String dataset, String cluster) {
        return Character.digit(LabelledPair.hash(dataset + "/" + cluster).charAt(0), 16) % 2 == 0 ? Half.TUNE : Half.TEST;
    }

    private static SentenceRef ref(PairClusters.Cluster c, AnalyzedSentence s) {
        return new SentenceRef(c.keys().get(s.article()), s.position(), LabelledPair.hash(s.text()));
    }

    /** The clusters drawn from: every DUC cluster, 40 Multi-News clusters, 3 days of each Timeline17 topic. */
    private static List<String> clusterIds(Path data, String dataset, Random random) {
        return switch (dataset) {
            case "duc2004", "duc2006" -> folders(data.resolve(dataset)).stream()
                    .filter(f -> Files.isDirectory(f.resolve("docs"))).map(f -> f.getFileName().toString()).toList();
            case "multinews" -> {
                List<String> ids = new ArrayList<>();
                for (MultiNews.Cluster c : MultiNews.load(data.resolve(PairClusters.MULTINEWS_FILE))) {
                    if (c.documents().size() >= 2 && ids.size() < 60) {
                        ids.add(c.id());
                    }
                }
                yield ids;
            }
            case "timeline17" -> {
                List<String> ids = new ArrayList<>();
                for (Path topic : folders(data.resolve("timeline17"))) {
                    List<Path> days = new ArrayList<>(folders(topic.resolve("InputDocs")).stream()
                            .filter(d -> count(d) >= 3).toList());
                    Collections.shuffle(days, random);
                    days.stream().limit(3).forEach(d -> ids.add(topic.getFileName() + "/" + d.getFileName()));
                }
                yield ids;
            }
            default -> throw new IllegalArgumentException(dataset);
        };
    }

    private static List<Path> folders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static long count(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String flat(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
