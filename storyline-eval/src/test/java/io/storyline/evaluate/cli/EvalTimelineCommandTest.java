package io.storyline.evaluate.cli;

import io.storyline.cli.CommandRun;
import io.storyline.cli.Main;
import io.storyline.evaluate.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class EvalTimelineCommandTest {

    private static Path timeline17() {
        return SharedData.require("data", "timeline17");
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), text);
    }

    /** One Timeline17-shaped topic, its articles dated by folder, with one gold timeline. */
    private static void arunTopic(Path dir) throws IOException {
        Path docs = dir.resolve("arun").resolve("InputDocs");
        write(docs.resolve("2024-03-05"), "courier.txt", "The river Arun burst its banks at Pulford on Monday night, "
                + "flooding two hundred homes.\nEmergency crews moved families from the low streets to the village hall.\n");
        write(docs.resolve("2024-03-07"), "herald.txt", "The Arun flood on Monday was the worst at Pulford in forty "
                + "years, engineers said.\nOn Wednesday the army built a temporary wall of sandbags along the quay.\n");
        write(docs.resolve("2024-03-08"), "gazette.txt", "Pulford's stone bridge, damaged when the Arun flooded on "
                + "Monday, was closed to traffic on Friday.\nShops in the market square reopened as the water fell back.\n");
        Path topic = dir.resolve("arun");
        Files.writeString(topic.resolve("keywords.json"), "[\"Arun\"]");
        write(topic.resolve("timelines"), "gold.txt",
                "2024-03-04\nThe river Arun bursts its banks at Pulford .\n" + "-".repeat(32) + "\n"
                        + "2024-03-06\nThe army builds a wall of sandbags along the quay .\n" + "-".repeat(32) + "\n");
    }

    @Test
    void scoresAGoldTimeline(@TempDir Path dir) throws IOException {
        arunTopic(dir);
        CommandRun run = CommandRun.of("eval", "timeline", "--dataset", "timeline17", "--no-progress", dir.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("arun/gold").contains("average").contains("align1").contains("dateF1")
                .contains("1 gold timelines in 1 topics");
        assertThat(CommandRun.of("eval", "timeline", "--dataset", "duc2004", dir.toString()).stderr())
                .contains("choose timeline17");
    }

    @Test
    void printsTheSameUnderAGermanLocale(@TempDir Path dir) throws IOException {
        arunTopic(dir);
        String root = CommandRun.of("eval", "timeline", "--dataset", "timeline17", "--no-progress", dir.toString())
                .stdout();
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            String german = CommandRun.of("eval", "timeline", "--dataset", "timeline17", "--no-progress",
                    dir.toString()).stdout();
            assertThat(withoutTime(german)).isEqualTo(withoutTime(root)).containsPattern("average\\s+\\d+\\s+0\\.\\d{4}");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static String withoutTime(String output) {
        return output.replaceAll(", \\d+\\.\\d s", "");
    }

    @Test
    void topicsLimitTheRunToTheNamedFolders() {
        CommandRun run = CommandRun.of("eval", "timeline", "--no-progress", "--dataset", "timeline17",
                "--topics", "h1n1_bbc", timeline17().toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("H1N1_bbc/").doesNotContain("H1N1_guardian").doesNotContain("bpoil")
                .contains("1 gold timelines in 1 topics");
        assertThat(run.stdout()).containsPattern("average\\s+\\d+\\s+0\\.\\d{4}");
    }

    @Test
    void aFilterThatMatchesNothingIsAClearError(@TempDir Path dir) {
        CommandRun none = CommandRun.of("eval", "timeline", "--dataset", "timeline17", "--topics", "tsunami",
                timeline17().toString());
        assertThat(none.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(none.stderr()).contains("--topics tsunami").doesNotContain("\tat ");
        CommandRun empty = CommandRun.of("eval", "timeline", "--dataset", "timeline17", dir.toString());
        assertThat(empty.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(empty.stderr()).contains("no topic");
    }

    @Test
    void printsEachSetAndComparesWithASavedRun(@TempDir Path dir) throws IOException {
        arunTopic(dir.resolve("data"));
        Path saved = dir.resolve("sets.tsv");
        CommandRun first = CommandRun.of("eval", "timeline", "--dataset", "timeline17", "--no-progress",
                "--save-sets", saved.toString(), dir.resolve("data").toString());
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("per set").containsPattern("\\narun\\s+1\\s+0\\.\\d{4}")
                .contains("mean of sets");
        String table = Files.readString(saved);
        assertThat(table).startsWith("set\ttimelines\talign1\talign2\tdateF1\tconcat1\narun\t1\t");

        // a baseline whose figures are all lower by a little: this run improved the one set on both counts
        String[] cells = table.lines().skip(1).findFirst().orElseThrow().split("\t");
        String lower = "set\ttimelines\talign1\talign2\tdateF1\tconcat1\narun\t1\t"
                + (Double.parseDouble(cells[2]) - 0.01) + "\t" + cells[3] + "\t"
                + (Double.parseDouble(cells[4]) - 0.01) + "\t" + cells[5] + "\n";
        Path baseline = dir.resolve("lower.tsv");
        Files.writeString(baseline, lower);
        CommandRun second = CommandRun.of("eval", "timeline", "--dataset", "timeline17", "--no-progress",
                "--baseline", baseline.toString(), dir.resolve("data").toString());
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(second.stdout()).contains("d.align1").contains("+0.0100")
                .contains("align1 improved in 1 of 1 sets (worse in 0), date F1 improved in 1 (worse in 0)");
    }

    @Test
    void aBaselineThatIsNotASetTableIsAClearError(@TempDir Path dir) throws IOException {
        arunTopic(dir.resolve("data"));
        Path bad = dir.resolve("notes.txt");
        Files.writeString(bad, "set\ttimelines\talign1\talign2\tdateF1\tconcat1\narun\t1\thigh\n");
        CommandRun run = CommandRun.of("eval", "timeline", "--dataset", "timeline17", "--no-progress",
                "--baseline", bad.toString(), dir.resolve("data").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(run.stderr()).contains("notes.txt").contains("line 2").doesNotContain("\tat ");
    }
}
