package io.storyline.evaluate;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many items each predicted cluster shares with each gold group, and the sizes of both: the table
 * B-cubed precision and recall are read from (Bagga &amp; Baldwin 1998), whole ({@link ClusterScores}) or per
 * gold group for a bootstrap over groups ({@link StorylineComparison}).
 *
 * @param cells        cluster to gold group to the items they share
 * @param clusterSizes items per cluster
 * @param goldSizes    items per gold group
 * @param items        items counted (those with both a gold label and a cluster)
 */
record ClusterTable(Map<String, Map<String, Integer>> cells, Map<String, Integer> clusterSizes,
                    Map<String, Integer> goldSizes, int items) {

    /** The table of the items present in both maps (item id to label), in {@code predicted}'s order. */
    static ClusterTable of(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Map<String, Integer>> cells = new HashMap<>();
        Map<String, Integer> clusterSizes = new HashMap<>();
        Map<String, Integer> goldSizes = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, String> entry : predicted.entrySet()) {
            String label = gold.get(entry.getKey());
            if (label == null) {
                continue;
            }
            String cluster = Objects.requireNonNull(entry.getValue(), "cluster");
            cells.computeIfAbsent(cluster, c -> new HashMap<>()).merge(label, 1, Integer::sum);
            clusterSizes.merge(cluster, 1, Integer::sum);
            goldSizes.merge(label, 1, Integer::sum);
            n++;
        }
        return new ClusterTable(cells, clusterSizes, goldSizes, n);
    }

    /** One cell: a cluster, a gold group and how many items they share. */
    interface Cell {
        void accept(String cluster, String gold, int shared);
    }

    void forEachCell(Cell cell) {
        cells.forEach((cluster, row) -> row.forEach((gold, shared) -> cell.accept(cluster, gold, shared)));
    }

    /** The cell's share of B-cubed precision summed over its items: shared² / its cluster's size. */
    double precisionSum(String cluster, int shared) {
        return (double) shared * shared / clusterSizes.get(cluster);
    }

    /** The cell's share of B-cubed recall summed over its items: shared² / its gold group's size. */
    double recallSum(String gold, int shared) {
        return (double) shared * shared / goldSizes.get(gold);
    }
}
