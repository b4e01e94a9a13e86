package io.storyline.evaluate.conflicts;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ContradictionBenchmarkTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static final List<Article> CLUSTER = List.of(
            article("c-1", "Valley Courier", """
                    A fire broke out at the Brennan plastics plant in Oakdale on Tuesday night.

                    The blaze killed three workers and forced the evacuation of nearby homes.

                    About 80 firefighters fought the blaze, the fire department said.

                    The plant's owner, Harold Brennan, 61, said the company would rebuild.

                    Damage was put at $4 million by the insurer.
                    """),
            article("c-2", "Metro Daily", """
                    Investigators said the fire started in a storage room.

                    Residents were allowed back into their homes on Thursday morning.
                    """));

    @Test
    void theSecondReportChangesOneSlotPerChangedSentenceAndIsCreditedToItsOwnOutlet() {
        SecondReport report = SecondReport.of("c", CLUSTER, new Random(1));
        assertThat(report.article().outlet()).isEqualTo(SecondReport.OUTLET);
        assertThat(report.changes()).extracting(SecondReport.Change::kind)
                .contains(SlotKind.PEOPLE, SlotKind.WEEKDAY, SlotKind.AGE, SlotKind.MONEY);
        for (SecondReport.Change change : report.changes()) {
            assertThat(report.article().text()).contains(change.changed());
            assertThat(change.changed()).isNotEqualTo(change.original());
        }
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        assertThat(SecondReport.of("c", CLUSTER, new Random(7)).article().text())
                .isEqualTo(SecondReport.of("c", CLUSTER, new Random(7)).article().text());
    }

    @Test
    void everyChangeOfTheHandWrittenClusterIsFlaggedAndNoneIsCitedForItsTwin() {
        ContradictionBenchmark.Result result = ContradictionBenchmark.run(
                List.of(new ContradictionBenchmark.Cluster("c", CLUSTER)), ContradictionBenchmark.SEED, (a, b) -> { });
        assertThat(result.clusters()).isEqualTo(1);
        int pairs = result.tallies().values().stream().mapToInt(ContradictionBenchmark.Tally::pairs).sum();
        int flagged = result.tallies().values().stream().mapToInt(ContradictionBenchmark.Tally::flagged).sum();
        assertThat(pairs).isGreaterThanOrEqualTo(4);
        assertThat(flagged).isEqualTo(pairs);
        assertThat(result.missed()).isEmpty();
        assertThat(result.tallies().values()).allSatisfy(t -> {
            assertThat(t.contradictingCitations()).isZero();
            assertThat(t.unflaggedFacts()).isZero();
        });
        assertThat(result.identicalConflicts()).isZero();
    }
}
