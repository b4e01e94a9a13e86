package io.storyline.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The project's founding case: the two seed reports of the Libyan war (one a damaged scrape) must
 * give one clean, sourced account. Reads ../shared/seeds when it is there; skips otherwise.
 */
class SeedStoryTest {

    @Test
    void theSeedArticlesGiveOneCleanSourcedAccount() {
        Path seeds = Path.of(System.getProperty("storyline.shared", "../shared"), "seeds");
        assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " is not present");

        CommandRun run = CommandRun.of("summarize", "--words", "120", seeds.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String md = run.stdout();
        String summary = md.substring(0, md.indexOf("## Sources")).toLowerCase(Locale.ROOT);

        assertThat(summary).as("cites both articles").contains("[1]").contains("[2]");
        assertThat(summary).as("the foreign minister's defection").contains("koussa")
                .containsPattern("resign|defect|fled|quit");
        // the second official's defection to Egypt: the scrape's report of it lost the outlet it cites (a link),
        // so it is not shown as the scrape's own claim; the wire's reports of it are not among the most central
        assertThat(summary).as("no claim without who made it").doesNotContain("egypt, in another sign")
                .doesNotContain("[…]").doesNotContain("told by");
        assertThat(summary).as("the fighting or the question of U.S. ground troops")
                .containsPattern("ground troops|ground forces|boots on the ground|shell|rocket|fighting|clashes|pounding"
                        + "|pummel|bombard|airstrikes|retreat|siege");
        assertThat(summary).doesNotContain("in photos").doesNotContain("related stories")
                .doesNotContain("to contact the writer").doesNotContain("written by").doesNotContain("twitter")
                .doesNotContain("send an email").doesNotContain(">");
        for (String line : summary.split("\n")) {
            assertThat(line.strip()).doesNotMatch("(?i)^(reported,?|the associated press|by telephone\\.?)$");
        }
        assertThat(summary).doesNotContain(" reported, in another").doesNotContain("\n, ");
    }
}
