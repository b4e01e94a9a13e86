package io.storyline.evaluate;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well a clustering matches gold labels. B-cubed precision and recall (Bagga &amp; Baldwin 1998:
 * per item, the share of its cluster that shares its gold label and the share of its gold group
 * that shares its cluster, averaged over items), their F1, and the adjusted Rand index (Hubert &amp;
 * Arabie 1985: pair agreement corrected for chance; 1 is perfect, about 0 is random).
 *
 * @param items      how many items were scored (those with both a gold label and a cluster)
 * @param clusters   how many predicted clusters
 * @param goldGroups how many gold groups
 */
public record ClusterScores(int items, int clusters, int goldGroups, double precision, double recall,
                            double f1, double adjustedRand) {

    /**
     * Scores the items present in both maps (item id to label).
     *
     * @throws IllegalArgumentException when no item is in both
     */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Map<String, Integer>> table = new HashMap<>(); // cluster -> gold -> count
        Map<String, Integer> clusterSizes = new HashMap<>();
        Map<String, Integer> goldSizes = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, String> entry : predicted.entrySet()) {
            String label = gold.get(entry.getKey());
            if (label == null) {
                continue;
            }
            String cluster = Objects.requireNonNull(entry.getValue(), "cluster");
            table.computeIfAbsent(cluster, c -> new HashMap<>()).merge(label, 1, Integer::sum);
            clusterSizes.merge(cluster, 1, Integer::sum);
            goldSizes.merge(label, 1, Integer::sum);
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException("no item has both a gold label and a cluster");
        }
        double precision = 0;
        double recall = 0;
        double pairsTogether = 0;
        for (Map.Entry<String, Map<String, Integer>> row : table.entrySet()) {
            int clusterSize = clusterSizes.get(row.getKey());
            for (Map.Entry<String, Integer> cell : row.getValue().entrySet()) {
                double shared = cell.getValue();
                precision += shared * shared / clusterSize;
                recall += shared * shared / goldSizes.get(cell.getKey());
                pairsTogether += pairs(cell.getValue());
            }
        }
        precision /= n;
        recall /= n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double clusterPairs = clusterSizes.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double goldPairs = goldSizes.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double expected = n < 2 ? 0 : clusterPairs * goldPairs / pairs(n);
        double best = (clusterPairs + goldPairs) / 2;
        double ari = best == expected ? 1.0 : (pairsTogether - expected) / (best - expected);
        return new ClusterScores(n, clusterSizes.size(), goldSizes.size(), precision, recall, f1, ari);
    }

    private static double pairs(int size) {
        return size * (size - 1) / 2.0;
    }
}
