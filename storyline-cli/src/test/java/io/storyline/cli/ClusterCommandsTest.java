package io.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterCommandsTest {

    private static Path desk(Path dir) throws Exception {
        Files.writeString(dir.resolve("quakes.jsonl"), """
                {"id":"q1","outlet":"Herald","published":"2024-03-04","title":"Earthquake shakes Orsk","text":"A strong earthquake struck Orsk on Monday, collapsing houses. Rescuers in Orsk dug through rubble as aftershocks rattled the valley."}
                {"id":"q2","outlet":"Courier","published":"2024-03-05","title":"Orsk counts the cost","text":"Rescuers in Orsk kept digging through rubble after the earthquake. Aftershocks rattled Orsk again on Tuesday."}
                {"id":"f1","outlet":"Wire","published":"2024-03-05","title":"Ferry strike","text":"Ferry crews at Brannock walked out over wages. Calloway Lines called the Brannock strike unlawful."}
                """);
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        return dir;
    }

    @Test
    void clusterPrintsStoriesInEachFormat(@TempDir Path dir) throws Exception {
        desk(dir);
        Path jsonl = dir.resolve("quakes.jsonl");
        CommandRun md = CommandRun.of("cluster", "--no-progress", jsonl.toString());
        assertThat(md.exitCode()).as(md.stderr()).isZero();
        assertThat(md.stdout()).contains("3 articles, 2 stories.").contains("2024-03-04 to 2024-03-05");
        CommandRun lines = CommandRun.of("cluster", "-f", "jsonl", jsonl.toString());
        assertThat(lines.stdout().lines()).hasSize(3).allMatch(l -> l.matches("\\{\"article\":\"\\w+\",\"story\":\"s\\d\"}"));
        CommandRun json = CommandRun.of("cluster", "-f", "json", jsonl.toString());
        assertThat(json.stdout()).contains("\"schema\" : \"storyline.stories/1\"");
    }

    @Test
    void oneStorysCoverageInAShortStreamIsOneStory() {
        // The follow-up on the cracked pier shares the story's names (in every article, so not rare
        // words the index would find it by) but few rare words with any one article.
        CommandRun run = CommandRun.of("cluster", "--no-progress", "../examples/harbour-bridge");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("5 articles, 1 story.").contains("coastline-herald-cracked-pier");
        CommandRun digest = CommandRun.of("digest", "--no-progress", "../examples/harbour-bridge");
        assertThat(digest.stdout()).contains("5 articles · 1 story · 1 reported by more than one article");
    }

    @Test
    void badInputIsNamedAndTheRestStillClustered(@TempDir Path dir) throws Exception {
        desk(dir);
        CommandRun run = CommandRun.of("cluster", "--no-progress", dir.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_SKIPPED_INPUT);
        assertThat(run.stderr()).contains("binary.txt").doesNotContain("\tat ");
        assertThat(run.stdout()).contains("3 articles");
        CommandRun badFormat = CommandRun.of("cluster", "-f", "xml", dir.toString());
        assertThat(badFormat.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(badFormat.stderr()).contains("xml").contains("jsonl");
        CommandRun nothing = CommandRun.of("cluster", "--no-progress", dir.resolve("binary.txt").toString());
        assertThat(nothing.exitCode()).isEqualTo(Main.EXIT_NO_ARTICLES);
    }

    @Test
    void digestWritesOneHtmlPage(@TempDir Path dir) throws Exception {
        desk(dir);
        Path page = dir.resolve("digest.html");
        CommandRun run = CommandRun.of("digest", "--no-progress", "-f", "html", "-o", page.toString(),
                dir.resolve("quakes.jsonl").toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(Files.readString(page)).contains("<svg").contains("Earthquake").doesNotContain("Ferry strike</h2>");
        CommandRun md = CommandRun.of("digest", dir.resolve("quakes.jsonl").toString());
        assertThat(md.stdout()).startsWith("# Digest").contains("### Sources");
        CommandRun text = CommandRun.of("digest", "-f", "text", dir.resolve("quakes.jsonl").toString());
        assertThat(text.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(text.stderr()).contains("md, json or html");
    }
}
