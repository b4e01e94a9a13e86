package io.storyline.evaluate.conflicts;

import io.storyline.analyze.SentenceSplitter;
import io.storyline.model.Article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A second outlet's report built from a real cluster: some sentences of one article copied with
 * exactly one slot changed ({@link SlotKind}, at most one sentence per kind), the rest of that
 * article's opening copied word for word, and a few sentences of other articles of the cluster.
 *
 * @param article the report, as an article of its own outlet
 * @param changes each changed sentence: its kind, the original and the changed wording
 */
public record SecondReport(Article article, List<Change> changes) {

    /** The outlet every second report is credited to. */
    public static final String OUTLET = "Counterpoint Wire";
    /** Sentences of the source article's opening that the report copies or changes. */
    static final int OPENING = 20;
    /** Sentences taken from the cluster's other articles. */
    static final int BORROWED = 4;
    /** Longer "sentences" are usually lists or run-ons the splitter could not part; they are not changed. */
    static final int MAX_LENGTH = 400;

    /** One changed sentence: what it was, and what the second report says instead. */
    public record Change(SlotKind kind, String original, String changed) {
    }

    /**
     * The second report for a cluster, or null when no article of it has a sentence to change. The
     * source article is the one with the most kinds to change; the random source picks the
     * borrowed sentences and which unchanged ones are kept.
     */
    public static SecondReport of(String clusterId, List<Article> cluster, Random random) {
        SentenceSplitter splitter = new SentenceSplitter();
        int bestArticle = -1;
        Map<SlotKind, Integer> bestChanges = Map.of();
        List<List<String>> split = new ArrayList<>();
        for (int a = 0; a < cluster.size(); a++) {
            List<String> sentences = splitter.split(cluster.get(a).text());
            split.add(sentences);
            Map<SlotKind, Integer> changes = changeable(sentences);
            if (changes.size() > bestChanges.size()) {
                bestArticle = a;
                bestChanges = changes;
            }
        }
        if (bestArticle < 0) {
            return null;
        }
        List<String> source = split.get(bestArticle);
        Map<Integer, SlotKind> changeAt = new java.util.HashMap<>();
        bestChanges.forEach((kind, index) -> changeAt.put(index, kind));
        List<String> sentences = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < Math.min(OPENING, source.size()); i++) {
            String sentence = source.get(i);
            SlotKind kind = changeAt.get(i);
            if (kind != null) {
                String changed = kind.change(sentence).orElseThrow();
                sentences.add(changed);
                changes.add(new Change(kind, sentence, changed));
            } else if (random.nextBoolean()) {
                sentences.add(sentence);
            }
        }
        List<String> others = new ArrayList<>();
        for (int a = 0; a < cluster.size(); a++) {
            if (a != bestArticle) {
                others.addAll(split.get(a));
            }
        }
        for (int b = 0; b < BORROWED && !others.isEmpty(); b++) {
            String borrowed = others.remove(random.nextInt(others.size()));
            sentences.add(1 + random.nextInt(sentences.size()), borrowed);
        }
        Article article = new Article(clusterId + "-counterpoint", OUTLET, null, null, null,
                String.join("\n\n", sentences), clusterId + "-counterpoint.txt");
        return new SecondReport(article, List.copyOf(changes));
    }

    /** For each kind, the first sentence of the opening with a value of that kind not yet used. */
    private static Map<SlotKind, Integer> changeable(List<String> sentences) {
        Map<SlotKind, Integer> changes = new EnumMap<>(SlotKind.class);
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (SlotKind kind : SlotKind.values()) {
            for (int i = 0; i < Math.min(OPENING, sentences.size()); i++) {
                if (!used.contains(i) && kind.change(sentences.get(i)).isPresent() && sentences.get(i).length() < MAX_LENGTH) {
                    changes.put(kind, i);
                    used.add(i);
                    break;
                }
            }
        }
        return changes;
    }
}
