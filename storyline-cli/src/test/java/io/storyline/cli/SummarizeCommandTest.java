package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SummarizeCommandTest {

    @TempDir
    Path dir;
    Path story;

    static final String FIRST = """
            Ferry strike halts island crossings

            Ferry crews on the Lindholm line walked out on Monday morning, halting every crossing to the islands.
            The union said the strike would last 48 hours unless the operator raised wages by six percent.
            About 3,000 passengers a day use the crossing, most of them commuters and school pupils.
            "We have waited two years for an offer," union spokeswoman Ines Varga said.
            """;
    static final String SECOND = """
            Island commuters stranded as ferry staff strike

            Crossings between the mainland and the Lindholm islands stopped on Monday when ferry crews went on strike.
            The operator, Nordsund Lines, called the 48-hour walkout irresponsible and said talks would resume on Wednesday.
            Water taxis carried a few hundred stranded commuters, charging triple the ferry fare.
            """;

    @BeforeEach
    void writeStory() throws IOException {
        story = Files.createDirectories(dir.resolve("ferry"));
        Files.writeString(story.resolve("tidewater-times.txt"), FIRST);
        Files.writeString(story.resolve("coast-radio.txt"), SECOND);
    }

    @Test
    void summarizesAFolderWithCitationsAndSources() {
        CommandRun run = CommandRun.of("summarize", "--no-progress", story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("## Sources").containsPattern("\\[1\\]").containsPattern("\\[2\\]");
        assertThat(run.stdout()).contains("tidewater-times").contains("coast-radio");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void summarizesTheBundledExampleByARelativePath() {
        // surefire runs in storyline-cli/, so the README's example is one folder up
        CommandRun run = CommandRun.of("summarize", "--no-progress", "../examples/harbour-bridge/");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("## Sources").contains("[1]").contains("Kestrel Moon");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void jsonOutputCarriesEveryCitation() throws IOException {
        CommandRun run = CommandRun.of("summarize", "--format", "json", story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.stdout());
        assertThat(json.path("sentences").size()).isPositive();
        assertThat(json.path("sources").size()).isEqualTo(2);
    }

    @Test
    void dateOptionDatesArticlesThatHaveNoDateOfTheirOwn() throws IOException {
        CommandRun run = CommandRun.of("summarize", "--format", "json", "--date", "2026-05-04", story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode sources = new ObjectMapper().readTree(run.stdout()).path("sources");
        assertThat(sources).allSatisfy(source -> assertThat(source.path("published").asText()).isEqualTo("2026-05-04"));
        CommandRun bad = CommandRun.of("summarize", "--date", "May 4th", story.toString());
        assertThat(bad.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(bad.stderr()).contains("--date");
    }

    @Test
    void textOutputIsJustTheSentences() {
        CommandRun run = CommandRun.of("summarize", "--format", "text", "--sentences", "2", story.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().strip().split("\n")).hasSizeBetween(1, 2);
        assertThat(run.stdout()).doesNotContain("[1]");
    }

    @Test
    void htmlOutputGoesToAFile() throws IOException {
        Path report = dir.resolve("report.html");
        CommandRun run = CommandRun.of("summarize", "--format", "html", "-o", report.toString(), story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(Files.readString(report)).contains("<html").contains("Lindholm");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void readsOneArticleFromStandardInput() {
        CommandRun run = CommandRun.withStdin(FIRST, "summarize", "--words", "40", "-");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("# Ferry strike halts island crossings").contains("[1]").contains("<stdin>");
    }

    @Test
    void aFolderMixingGoodAndBadFilesUsesTheGoodAndNamesTheBad() throws IOException {
        Files.writeString(story.resolve("empty.txt"), "");
        Files.write(story.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        CommandRun run = CommandRun.of("summarize", story.toString(), dir.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_SKIPPED_INPUT);
        assertThat(run.stdout()).contains("## Sources").contains("tidewater-times").contains("coast-radio");
        assertThat(run.stderr()).contains("empty.txt").contains("photo.txt").contains("missing.txt");
        assertThat(run.stderr().lines().filter(l -> l.startsWith("storyline: skipped"))).hasSize(3);
        assertThat(run.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void noUsableArticleIsItsOwnExitCode() throws IOException {
        Path empty = Files.writeString(dir.resolve("blank.txt"), "   \n");
        CommandRun run = CommandRun.of("summarize", empty.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_NO_ARTICLES);
        assertThat(run.stderr()).contains("blank.txt");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void badOptionsAreUsageErrorsWithoutStackTraces() {
        CommandRun unknownMethod = CommandRun.of("summarize", "--method", "magic", story.toString());
        assertThat(unknownMethod.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(unknownMethod.stderr()).contains("magic").doesNotContain("\tat ");
        CommandRun twoBudgets = CommandRun.of("summarize", "--words", "5", "--bytes", "9", story.toString());
        assertThat(twoBudgets.exitCode()).isEqualTo(Main.EXIT_USAGE);
        CommandRun negative = CommandRun.of("summarize", "--words", "-3", story.toString());
        assertThat(negative.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(negative.stderr()).contains("--words");
        CommandRun badFormat = CommandRun.of("summarize", "--format", "pdf", story.toString());
        assertThat(badFormat.stderr()).contains("pdf").contains("html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead", "lexrank", "centroid", "coverage"})
    void everyMethodRunsFromTheCommandLine(String method) {
        CommandRun run = CommandRun.of("summarize", "--method", method, story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("[1]");
    }

    @Test
    void eachPathCanBeAStoryOfItsOwn() throws IOException {
        Path other = Files.createDirectories(dir.resolve("festival"));
        Files.writeString(other.resolve("a.txt"), """
                The Marlow jazz festival opened on Friday with a record crowd of 12,000 people in the park.
                Organisers said the weekend was sold out for the first time in its twenty-year history.
                """);
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("summarize", "--each", "--format", "text", "-o", out.toString(),
                story.toString(), other.toString(), dir.resolve("missing").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_SKIPPED_INPUT);
        assertThat(Files.readString(out.resolve("ferry.txt"))).contains("Lindholm");
        assertThat(Files.readString(out.resolve("festival.txt"))).contains("Marlow").doesNotContain("Lindholm");
        assertThat(run.stderr()).contains("missing");

        CommandRun printed = CommandRun.of("summarize", "--each", story.toString(), other.toString());
        assertThat(printed.exitCode()).isZero();
        assertThat(printed.stdout().split("## Sources", -1)).hasSize(3);
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"summarize", "--help"}, {"help", "summarize"}}) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).isZero();
            assertThat(run.stdout()).contains("Usage:");
        }
        assertThat(CommandRun.of("summarize", "--help").stdout()).contains("--words").contains("--method");
    }

    @Test
    void writingToAMissingFolderFailsClearly() {
        CommandRun run = CommandRun.of("summarize", "-o", dir.resolve("no/such/dir/out.md").toString(), story.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(run.stderr()).contains("out.md").doesNotContain("\tat ");
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
