package io.storyline.evaluate.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.evaluate.Duc2004;
import io.storyline.evaluate.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the official ROUGE-1.5.5 figures shipped with the shared DUC 2004 data
 * ({@code -n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a}), with the bundled WordNet lists.
 * Each test skips, naming the path, when ../shared is absent.
 */
class Duc2004PublishedScoresTest {

    private static Path data;
    private static Map<String, Duc2004.Cluster> clusters;
    private static Rouge rouge;

    /** Loads the data once, in the first test that runs; without it each test skips, naming the path. */
    private static synchronized void loadData() {
        Path duc2004 = SharedData.require("data", "duc2004");
        if (clusters != null) {
            return;
        }
        data = duc2004.getParent();
        RougeLexicon lexicon = RougeLexicon.official().orElseThrow(() -> new AssertionError(
                "no WordNet exception lists: the build bundles them (mvn generate-resources)"));
        rouge = new Rouge(RougeConfig.duc2004(), lexicon);
        clusters = new HashMap<>();
        for (Duc2004.Cluster cluster : Duc2004.load(duc2004)) {
            clusters.put(cluster.id(), cluster);
        }
    }

    private static RougeScore score(String system, Duc2004.Cluster cluster) {
        return rouge.score(cluster.peers().get(system), cluster.referenceSummaries());
    }

    @Test
    void everyPublishedPerClusterRecallIsReproduced() throws IOException {
        loadData();
        List<String[]> rows = table("duc2004-published-peers-dev-per-cluster.tsv");
        assertThat(rows).isNotEmpty();
        double maxDeviation = 0;
        List<String> mismatches = new ArrayList<>();
        for (String[] row : rows) {
            RougeScore score = score(row[0], clusters.get(row[1]));
            double r1 = Double.parseDouble(row[2]);
            double r2 = Double.parseDouble(row[3]);
            double deviation = Math.max(Math.abs(score.rouge1().recall() - r1), Math.abs(score.rouge2().recall() - r2));
            maxDeviation = Math.max(maxDeviation, deviation);
            if (deviation > 5e-6) {
                mismatches.add(String.join(" ", row) + " -> " + score.rouge1().recall() + " " + score.rouge2().recall());
            }
        }
        System.out.printf("per-cluster rows: %d, max |deviation| %.6f%n", rows.size(), maxDeviation);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyPublishedSystemAverageIsReproduced() throws IOException {
        loadData();
        List<String[]> rows = table("duc2004-published-peers-dev.tsv");
        assertThat(rows).isNotEmpty();
        List<String> mismatches = new ArrayList<>();
        double maxDeviation = 0;
        for (String[] row : rows) {
            List<RougeScore> perCluster = new ArrayList<>();
            for (Duc2004.Cluster cluster : new java.util.TreeMap<>(clusters).values()) {
                if (cluster.peers().containsKey(row[0])) {
                    perCluster.add(score(row[0], cluster));
                }
            }
            RougeScore mean = Rouge.reportedMean(perCluster, 1000);
            double[] ours = {mean.rouge1().recall(), mean.rouge2().recall(), mean.rougeN(4).recall()};
            for (int c = 0; c < 3; c++) {
                double published = Double.parseDouble(row[c + 1]);
                double deviation = Math.abs(100 * ours[c] - published);
                maxDeviation = Math.max(maxDeviation, deviation);
                if (deviation > 0.005 + 1e-9) {
                    mismatches.add(row[0] + " col " + (c + 1) + ": published " + published + ", ours " + 100 * ours[c]);
                }
            }
        }
        System.out.printf("system rows: %d (x3 columns), max |deviation| %.4f points%n", rows.size(), maxDeviation);
        assertThat(mismatches).isEmpty();
    }

    private static List<String[]> table(String name) throws IOException {
        List<String> lines = Files.readAllLines(data.resolve(name));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }
}
