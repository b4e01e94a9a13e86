package io.storyline.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code summarize}, {@code timeline} and {@code compare} title the bundled example alike, and as {@code cluster}
 * names its story (a cold trial found the summary and the timeline titled with two different headlines).
 */
class StoryTitleCommandsTest {

    private static final String EXAMPLE = "../examples/harbour-bridge/";

    @Test
    void everyCommandTitlesTheExampleStoryAlike() {
        String cluster = CommandRun.of("cluster", "--no-progress", EXAMPLE).stdout();
        String label = cluster.lines().filter(l -> l.startsWith("### s1: ")).findFirst().orElseThrow().substring(8);
        for (String command : new String[] {"summarize", "timeline", "compare"}) {
            CommandRun run = CommandRun.of(command, "--no-progress", EXAMPLE);
            assertThat(run.stdout().lines().findFirst().orElseThrow()).as(command).isEqualTo("# " + label);
        }
    }
}
