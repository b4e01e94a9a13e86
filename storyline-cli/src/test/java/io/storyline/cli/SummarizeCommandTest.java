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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
    /** A wire copy that repeats FIRST's opening sentence word for word, so that sentence has two sources. */
    static final String WIRE = """
            Lindholm ferry crews strike

            Ferry crews on the Lindholm line walked out on Monday morning, halting every crossing to the islands.
            Nordsund Lines said it had offered a three percent rise in March.
            """;
    /** The citation markers that end a Markdown summary line: {@code [2][1]}. */
    /** A line's citation markers, before the note of the sources that dispute it ("[2][3] (5 says four people)"). */
    static final Pattern MARKERS = Pattern.compile("((?:\\[\\d+])+)(?: \\((?:\\d+ says [^()]*)\\))?$");

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
        assertThat(run.stdout()).contains("## Sources").contains("tidewater-times").contains("coast-radio");
        assertThat(sourceNumbers(run.stdout())).containsExactly(1, 2);
        List<Integer> cited = new ArrayList<>();
        for (String line : summaryLines(run.stdout())) {
            assertThat(citedSources(line)).as("a cited sentence: " + line).isNotEmpty();
            cited.addAll(citedSources(line));
        }
        assertThat(cited).as("both articles are cited in the summary").containsOnly(1, 2).contains(1, 2);
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void summarizesTheBundledExampleByARelativePath() {
        // surefire runs in storyline-cli/, so the README's example is one folder up
        CommandRun run = CommandRun.of("summarize", "--no-progress", "../examples/harbour-bridge/");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("## Sources").contains("Kestrel Moon");
        assertThat(summaryLines(run.stdout())).isNotEmpty()
                .allSatisfy(line -> assertThat(citedSources(line)).as(line).isNotEmpty());
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void jsonOutputCarriesEveryCitation() throws IOException {
        Files.writeString(story.resolve("harbour-wire.txt"), WIRE);
        CommandRun run = CommandRun.of("summarize", "--format", "json", story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.stdout());

        // sources are numbered 1..n, one for each input file; each number's article sentences by index
        JsonNode sources = json.path("sources");
        Map<Integer, List<String>> articles = new HashMap<>();
        Map<Integer, String> files = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            assertThat(sources.get(i).path("number").asInt()).isEqualTo(i + 1);
            Path origin = Path.of(sources.get(i).path("origin").asText());
            articles.put(i + 1, bodySentences(Files.readString(origin)));
            files.put(i + 1, origin.getFileName().toString());
        }
        assertThat(files.values()).containsExactlyInAnyOrder("tidewater-times.txt", "coast-radio.txt", "harbour-wire.txt");

        JsonNode sentences = json.path("sentences");
        assertThat(sentences.size()).isPositive();
        for (int i = 0; i < sentences.size(); i++) {
            JsonNode sentence = sentences.get(i);
            assertThat(sentence.path("index").asInt()).isEqualTo(i);
            JsonNode citations = sentence.path("citations");
            assertThat(citations.size()).as("citations of " + sentence).isPositive();
            List<Integer> cited = new ArrayList<>();
            for (JsonNode citation : citations) {
                int number = citation.path("source").asInt();
                assertThat(articles).as("cited source %d is in the sources list", number).containsKey(number);
                List<String> article = articles.get(number);
                int at = citation.path("sentenceIndex").asInt();
                assertThat(at).as("sentence index in source %d", number).isBetween(0, article.size() - 1);
                assertThat(citation.path("sentence").asText()).as("sentence %d of source %d", at, number)
                        .isEqualTo(article.get(at));
                if (!cited.contains(number)) {
                    cited.add(number);
                }
            }
            assertThat(numbers(sentence.path("sources"))).as("the sentence's sources are its citations'").isEqualTo(cited);
            // no connective to drop and no quotation to balance here: shown as its first source wrote it
            assertThat(sentence.path("text").asText()).isEqualTo(citations.get(0).path("sentence").asText());
        }

        // the walkout, carried word for word by the wire, is cited to both outlets
        JsonNode walkout = StreamSupport.stream(sentences.spliterator(), false)
                .filter(s -> s.path("text").asText().startsWith("Ferry crews on the Lindholm line")).findFirst().orElseThrow();
        assertThat(numbers(walkout.path("sources")).stream().map(files::get))
                .containsExactlyInAnyOrder("tidewater-times.txt", "harbour-wire.txt");

        // the Markdown of the same story numbers every sentence's sources the same way
        List<String> md = summaryLines(CommandRun.of("summarize", story.toString()).stdout());
        assertThat(md).hasSize(sentences.size());
        for (int i = 0; i < md.size(); i++) {
            assertThat(citedSources(md.get(i))).as(md.get(i)).isEqualTo(numbers(sentences.get(i).path("sources")));
        }
    }

    @Test
    void dateOptionDatesArticlesThatHaveNoDateOfTheirOwn() throws IOException {
        CommandRun run = CommandRun.of("summarize", "--format", "json", "--date", "2026-05-04", story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode sources = new ObjectMapper().readTree(run.stdout()).path("sources");
        assertThat(sources).hasSize(2).allSatisfy(source -> assertThat(source.path("published").asText()).isEqualTo("2026-05-04"));
        CommandRun bad = CommandRun.of("summarize", "--date", "May 4th", story.toString());
        assertThat(bad.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(bad.stderr()).contains("--date");
    }

    @Test
    void textOutputIsJustTheSentences() {
        CommandRun run = CommandRun.of("summarize", "--format", "text", "--sentences", "2", story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<String> written = Stream.concat(bodySentences(FIRST).stream(), bodySentences(SECOND).stream()).toList();
        assertThat(run.stdout().lines().toList()).as("two sentences, as the articles wrote them")
                .hasSize(2).doesNotHaveDuplicates().allSatisfy(line -> assertThat(written).contains(line));
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
        assertThat(run.stdout()).startsWith("# Ferry strike halts island crossings").contains("- [1] ").contains("<stdin>");
        List<String> lines = summaryLines(run.stdout());
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(citedSources(line)).containsExactly(1));
        int words = lines.stream().mapToInt(line -> line.replaceAll(MARKERS.pattern(), "").split("\\s+").length).sum();
        assertThat(words).as("words within the 40-word budget").isBetween(1, 40);
    }

    @Test
    void aFileReadInPartIsNamedAsSuchNotAsSkipped() throws IOException {
        // A wire document without its headline: its text is used, and the user is told what was missing.
        Files.writeString(story.resolve("APW19990707.0041"), """
                <DOC>
                <DOCNO> APW19990707.0041 </DOCNO>
                <DATE_TIME> 1999-07-07 14:05:00 </DATE_TIME>
                <TEXT>
                <P>The harbour ferry service stopped on Wednesday after crews walked out over pay.</P>
                <P>Union leaders said the strike would last until the operator made a new offer.</P>
                </TEXT>
                </DOC>
                """);
        CommandRun run = CommandRun.of("summarize", "--format", "json", story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(Main.EXIT_SKIPPED_INPUT);
        assertThat(run.stdout()).as("json lists every article read").contains("Associated Press");
        assertThat(run.stderr().lines().filter(l -> l.startsWith("storyline: read in part ")))
                .singleElement().asString().contains("APW19990707.0041").contains("HEADLINE");
        assertThat(run.stderr()).doesNotContain("storyline: skipped ")
                .contains("skipped 0 input(s); read 1 in part");
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
        assertThat(unknownMethod.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(unknownMethod.stderr()).contains("magic").doesNotContain("\tat ");
        CommandRun twoBudgets = CommandRun.of("summarize", "--words", "5", "--bytes", "9", story.toString());
        assertThat(twoBudgets.exitCode()).isEqualTo(Main.EXIT_USAGE);
        CommandRun negative = CommandRun.of("summarize", "--words", "-3", story.toString());
        assertThat(negative.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(negative.stderr()).contains("--words");
        CommandRun badFormat = CommandRun.of("summarize", "--format", "pdf", story.toString());
        assertThat(badFormat.stderr()).contains("pdf").contains("html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead", "lexrank", "centroid", "coverage"})
    void everyMethodRunsFromTheCommandLine(String method) {
        CommandRun run = CommandRun.of("summarize", "--method", method, story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(summaryLines(run.stdout())).isNotEmpty()
                .allSatisfy(line -> assertThat(citedSources(line)).as(line).isNotEmpty());
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
    void eachStoryKeepsItsFileWhenTwoInputsAreCalledAlike() throws IOException {
        Path first = Files.createDirectories(dir.resolve("north")).resolve("story.txt");
        Path second = Files.createDirectories(dir.resolve("south")).resolve("story.txt");
        Files.writeString(first, FIRST);
        Files.writeString(second, """
                The Marlow jazz festival opened on Friday with a record crowd of 12,000 people in the park.
                Organisers said the weekend was sold out for the first time in its twenty-year history.
                """);
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("summarize", "--each", "--format", "text", "-o", out.toString(),
                first.toString(), second.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(Files.readString(out.resolve("story.txt"))).doesNotContain("Marlow");
        assertThat(Files.readString(out.resolve("story-2.txt"))).contains("Marlow");
    }

    @Test
    void eachRefusesAFileWhereItsFolderShouldBe() throws IOException {
        Path file = Files.writeString(dir.resolve("summaries"), "kept as it was\n");
        CommandRun run = CommandRun.of("summarize", "--each", "-o", file.toString(), story.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("cannot write the summaries into " + file + ": it is a file")
                .doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("kept as it was\n");
        CommandRun below = CommandRun.of("summarize", "--each", "-o", file.resolve("deeper").toString(), story.toString());
        assertThat(below.exitCode()).isNotZero();
        assertThat(below.stderr()).contains("cannot create the folder " + file.resolve("deeper"))
                .doesNotContain("Exception");
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

    /** The sentence lines of a Markdown summary: after its heading, before its source list. */
    static List<String> summaryLines(String md) {
        int sources = md.indexOf("\n## Sources");
        assertThat(sources).as("a source list in:\n" + md).isPositive();
        return md.substring(md.indexOf('\n') + 1, sources).lines().filter(line -> !line.isBlank()).toList();
    }

    /** The source numbers a Markdown summary line cites, in marker order; empty when it cites none. */
    static List<Integer> citedSources(String line) {
        Matcher markers = MARKERS.matcher(line.strip());
        if (!markers.find()) {
            return List.of();
        }
        return Arrays.stream(markers.group(1).split("]")).map(marker -> Integer.parseInt(marker.substring(1))).toList();
    }

    /** The numbers of a Markdown summary's source list, in order. */
    static List<Integer> sourceNumbers(String md) {
        return md.substring(md.indexOf("\n## Sources")).lines().filter(line -> line.startsWith("- ["))
                .map(line -> Integer.parseInt(line.substring(3, line.indexOf(']')))).toList();
    }

    /** The sentences of a test article: one a line, after its headline and the blank line. */
    static List<String> bodySentences(String article) {
        return article.substring(article.indexOf("\n\n") + 2).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static List<Integer> numbers(JsonNode array) {
        List<Integer> numbers = new ArrayList<>();
        array.forEach(number -> numbers.add(number.asInt()));
        return numbers;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
