package io.storyline.evaluate;

import java.util.Map;

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
        ClusterTable table = ClusterTable.of(gold, predicted);
        int n = table.items();
        if (n == 0) {
            throw new IllegalArgumentException("no item has both a gold label and a cluster");
        }
        double[] sums = new double[3]; // precision, recall, pairs in one cluster and one gold group
        table.forEachCell((cluster, label, shared) -> {
            sums[0] += table.precisionSum(cluster, shared);
            sums[1] += table.recallSum(label, shared);
            sums[2] += pairs(shared);
        });
        double precision = sums[0] / n;
        double recall = sums[1] / n;
        double pairsTogether = sums[2];
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double clusterPairs = table.clusterSizes().values().stream().mapToDouble(ClusterScores::pairs).sum();
        double goldPairs = table.goldSizes().values().stream().mapToDouble(ClusterScores::pairs).sum();
        double expected = n < 2 ? 0 : clusterPairs * goldPairs / pairs(n);
        double best = (clusterPairs + goldPairs) / 2;
        double ari = best == expected ? 1.0 : (pairsTogether - expected) / (best - expected);
        return new ClusterScores(n, table.clusterSizes().size(), table.goldSizes().size(), precision, recall, f1, ari);
    }

    private static double pairs(int size) {
        return size * (size - 1) / 2.0;
    }
}
