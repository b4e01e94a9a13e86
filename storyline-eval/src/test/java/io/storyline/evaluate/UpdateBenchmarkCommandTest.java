package io.storyline.evaluate;

import io.storyline.cli.CommandRun;
import io.storyline.summarize.Budget;
import io.storyline.summarize.SummaryOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code eval summarize --dataset duc2007-update} scores exactly what {@code storyline summarize --since}
 * prints: for sets B and C of two DUC 2007 update topics, the command given the topic's earlier and new
 * folders and a day between them prints, byte for byte, the text the benchmark scores.
 */
class UpdateBenchmarkCommandTest {

    @Test
    void theBenchmarkScoresWhatSummarizeSincePrints() {
        Path root = SharedData.require("data", "duc2007-update");
        record Case(String topic, String set, String since) {
        }
        for (Case c : List.of(new Case("d0703a", "B", "1998-05-01"), new Case("d0703a", "C", "1998-11-12"),
                new Case("d0727g", "C", "1999-11-20"))) {
            Duc2007Update.Topic topic = Duc2007Update.load(root).stream().filter(t -> t.id().equals(c.topic()))
                    .findFirst().orElseThrow();
            List<String> folders = new ArrayList<>();
            List<io.storyline.model.Article> read = new ArrayList<>();
            for (String set : Duc2007Update.SETS) {
                folders.add(topic.docs(set).toString());
                if (set.equals(c.set())) {
                    break;
                }
                read.addAll(SummaryBenchmark.read(topic.docs(set)));
            }
            List<String> args = new ArrayList<>(List.of("summarize", "--no-progress", "--overflow", "--format", "text",
                    "--words", "100", "--focus", topic.focus(), "--since", c.since()));
            args.addAll(folders);
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            // 3: one of d0703a's files has a DATE_TIME of month 14 (read in part, dated by its DOCNO), as eval reads it
            assertThat(run.exitCode()).as(run.stderr()).isIn(0, 3);
            assertThat(run.stderr()).as("the day splits the sets").contains(SummaryBenchmark.read(topic.docs(c.set())).size()
                    + " new articles, " + read.size() + " read before");
            SummaryOptions options = SummaryOptions.defaults().withBudget(Budget.words(100).cutByScorer())
                    .withFocus(topic.focus());
            String scored = SummaryBenchmark.updateSummaryText(read, SummaryBenchmark.read(topic.docs(c.set())), options);
            assertThat(scored).as("%s %s", c.topic(), c.set()).isNotBlank().isEqualTo(run.stdout());
            String ordinary = SummaryBenchmark.summaryText(SummaryBenchmark.read(topic.docs(c.set())), options);
            assertThat(scored).as("the update is not the set's ordinary summary").isNotEqualTo(ordinary);
        }
    }
}
