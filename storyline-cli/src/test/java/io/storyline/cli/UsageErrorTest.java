package io.storyline.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command answers a bad option value the same way, whether picocli or the command itself finds
 * it: the message, one line pointing to {@code --help}, nothing on stdout, exit code 2. (The whole help
 * text after the message buried it: found by a cold trial of {@code summarize --since yesterday}.)
 */
class UsageErrorTest {

    @TempDir
    static Path dir;

    static Stream<List<String>> badCommandLines() {
        return Stream.of(
                List.of("summarize", "--since", "yesterday"),
                List.of("summarize", "--date", "May 4th"),
                List.of("summarize", "--method", "magic"),
                List.of("summarize", "--words", "-3"),
                List.of("summarize", "--words", "five"),
                List.of("summarize", "--format", "pdf"),
                List.of("summarize", "--timeout", "0"),
                List.of("summarize", "--method", "lead", "--focus", "crew"),
                List.of("timeline", "--dates", "-3"),
                List.of("timeline", "--dates", "0"),
                List.of("timeline", "--sentences-per-date", "0"),
                List.of("timeline", "--date", "x"),
                List.of("extract", "--date", "2026-13-01"),
                List.of("timeline", "--format", "text"),
                List.of("compare", "--format", "tls"),
                List.of("cluster", "--format", "pdf"),
                List.of("digest", "--words", "0"),
                List.of("extract", "--format", "xml"),
                List.of("summarize", "--wordz", "5"));
    }

    @ParameterizedTest
    @MethodSource("badCommandLines")
    void aBadOptionValueIsItsMessageAndAPointerToHelp(List<String> options) throws IOException {
        Path article = Files.writeString(dir.resolve("ferry.txt"), """
                Ferry runs aground near Lindholm
                The ferry Lindholm ran aground on Tuesday with 120 passengers aboard, the coast guard said.
                """);
        String command = options.get(0);
        String[] args = Stream.concat(Stream.concat(options.stream(), Stream.of("--no-progress")),
                Stream.of(article.toString())).toArray(String[]::new);
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.stdout()).isEmpty();
        List<String> lines = run.stderr().lines().toList();
        assertThat(lines.get(0)).startsWith("storyline " + command + ": ");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Try 'storyline " + command + " --help' for its options.");
        assertThat(run.stderr()).doesNotContain("Usage:").doesNotContain("\tat ");
    }

    /** A one-line article for the commands whose options are wrong: the article itself is fine. */
    private Path oneLineArticle() throws IOException {
        return Files.writeString(dir.resolve("ferry.txt"), "The ferry Lindholm ran aground on Tuesday.\n");
    }

    @Test
    void theSinceMessageSaysWhatADateLooksLikeInTwoLines() throws IOException {
        Path article = oneLineArticle();
        CommandRun run = CommandRun.of("summarize", "--since", "yesterday", article.toString());
        assertThat(run.stderr().lines().toList()).containsExactly(
                "storyline summarize: Invalid value for option '--since': 'yesterday' is not a date: give the day as "
                        + "YYYY-MM-DD (e.g. 2024-05-02) or an ISO-8601 date-time (e.g. 2024-05-02T09:30:00Z)",
                "Try 'storyline summarize --help' for its options.");
    }

    @Test
    void aBadDateNamesTheOptionAndTheFormNotJavasParser() throws IOException {
        Path article = oneLineArticle();
        CommandRun run = CommandRun.of("timeline", "--date", "x", article.toString());
        assertThat(run.stderr().lines().toList()).containsExactly(
                "storyline timeline: Invalid value for option '--date': 'x' is not a date: give the day as "
                        + "YYYY-MM-DD (e.g. 2024-05-02)",
                "Try 'storyline timeline --help' for its options.");
    }

    @Test
    void aTimelineOfZeroDatesIsAUsageErrorNotTheDefault() throws IOException {
        Path article = oneLineArticle();
        CommandRun run = CommandRun.of("timeline", "--dates", "0", "--no-progress", article.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.stderr()).startsWith("storyline timeline: --dates must be a positive number, was 0");
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorBeforeAnythingStarts() {
        CommandRun run = CommandRun.of("serve", "--port", "99999", "--db", dir.resolve("never.db").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.stderr().lines().toList()).containsExactly(
                "storyline serve: --port must be a port number from 0 to 65535 (0: any free port), not 99999",
                "Try 'storyline serve --help' for its options.");
        assertThat(dir.resolve("never.db")).doesNotExist();
        assertThat(CommandRun.of("serve", "--port", "-1").exitCode()).isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void anUnknownCommandGetsASuggestionOfTheCommandsThereAre() {
        CommandRun run = CommandRun.of("sumarize");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.stderr()).contains("Did you mean: storyline summarize")
                .startsWith("storyline: 'sumarize' is not a command").doesNotContain("Unmatched");
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        CommandRun run = CommandRun.of("summarize", "--sinse", "2026-03-01", "x.txt");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.stderr()).contains("--sinse").contains("--since").doesNotContain("Usage:");
    }
}
