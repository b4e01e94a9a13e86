package io.storyline.evaluate.rouge;

import io.storyline.evaluate.SharedData;
import io.storyline.evaluate.SummaryBenchmark;
import io.storyline.evaluate.SummaryBenchmark.Row;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Our ROUGE with NIST's DUC 2005-2007 flags ({@code -n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a})
 * reproduces the official ROUGE-1.5.5's ROUGE-2 and ROUGE-SU4 recall of all 35 systems NIST scored on the
 * 25 DUC 2006 development topics ({@code duc2006-peers-dev.tsv}, percent with two decimals: the 4th
 * decimal of the fraction).
 */
class Duc2006PublishedScoresTest {

    @Test
    void everyPublishedSystemScoresWhatTheOfficialScorerGave() throws IOException {
        Path data = SharedData.require("data", "duc2006");
        Path table = SharedData.require("data", "duc2006-peers-dev.tsv");
        Map<String, double[]> published = new HashMap<>();
        for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
            String[] f = line.split("\t");
            published.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        RougeLexicon lexicon = RougeLexicon.official().orElseThrow(() -> new AssertionError("no WordNet lists"));
        List<Row> rows = SummaryBenchmark.duc2006(data, List.of(), true, true, id -> true, lexicon, (d, n) -> { });
        assertThat(rows).hasSize(published.size()).hasSize(35);
        for (Row row : rows) {
            double[] expected = published.get(row.system());
            assertThat(expected).as("system %s in the table", row.system()).isNotNull();
            assertThat(row.perCluster()).hasSize(25);
            assertThat(100 * row.score().rouge2().recall()).as("ROUGE-2 of %s", row.system())
                    .isCloseTo(expected[0], within(0.005 + 1e-9));
            assertThat(100 * row.score().rougeSU().recall()).as("ROUGE-SU4 of %s", row.system())
                    .isCloseTo(expected[1], within(0.005 + 1e-9));
        }
    }
}
