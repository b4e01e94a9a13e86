package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline timeline}, run in-process. */
class TimelineCommandTest {

    /** A Markdown timeline's date heading: "Monday 4 March 2024". */
    static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    @TempDir
    Path dir;
    Path docs;

    private void write(String day, String name, String text) throws IOException {
        Path folder = docs.resolve(day);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), text);
    }

    @BeforeEach
    void story() throws IOException {
        docs = dir.resolve("arun").resolve("InputDocs");
        write("2024-03-05", "courier.txt", "The river Arun burst its banks at Pulford on Monday night, flooding "
                + "two hundred homes.\nEmergency crews moved families from the low streets to the village hall.\n");
        write("2024-03-07", "herald.txt", "The Arun flood on Monday was the worst at Pulford in forty years, "
                + "engineers said.\nOn Wednesday the army built a temporary wall of sandbags along the quay.\n");
        write("2024-03-08", "gazette.txt", "Pulford's stone bridge, damaged when the Arun flooded on Monday, was "
                + "closed to traffic on Friday.\nShops in the market square reopened as the water fell back.\n");
    }

    @Test
    void printsAMarkdownTimelineOldestFirst() {
        CommandRun run = CommandRun.of("timeline", "--no-progress", "--dates", "2", docs.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("# ").contains("## Monday 4 March 2024").contains("## Sources");
        List<LocalDate> dates = run.stdout().lines().filter(line -> line.matches("## [A-Z][a-z]+day .*"))
                .map(line -> LocalDate.parse(line.substring(3), HEADING)).toList();
        assertThat(dates).as("two dates, oldest first").hasSize(2).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void writesTheGoldFormatToAFile() throws IOException {
        Path out = dir.resolve("timeline.txt");
        CommandRun run = CommandRun.of("timeline", "--no-progress", "--format", "tls", "--dates", "2",
                "--sentences-per-date", "1", "-o", out.toString(), docs.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String tls = Files.readString(out);
        assertThat(tls).startsWith("2024-03-04\n").endsWith("-".repeat(32) + "\n");
        // each date: its line, one sentence (--sentences-per-date 1), the separator; oldest first
        List<LocalDate> dates = new ArrayList<>();
        for (String block : tls.split("-{32}\n")) {
            List<String> lines = block.lines().toList();
            assertThat(lines).as("a date and its one sentence:\n" + block).hasSize(2);
            dates.add(LocalDate.parse(lines.get(0)));
            assertThat(lines.get(1)).isNotBlank();
        }
        assertThat(dates).hasSize(2).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void htmlHasThePicture() {
        CommandRun run = CommandRun.of("timeline", "--no-progress", "-f", "html", docs.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("<svg").contains("</html>");
    }

    @Test
    void aFolderWithoutAnyDatedArticleIsAClearError() throws IOException {
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain);
        Files.writeString(plain.resolve("note.txt"), "The river Arun burst its banks at Pulford on Monday night.\n");
        CommandRun run = CommandRun.of("timeline", "--no-progress", plain.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_NO_ARTICLES);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("has a publication date").contains("--date").doesNotContain("Exception");
        // the fallback date makes it usable
        CommandRun dated = CommandRun.of("timeline", "--no-progress", "--date", "2024-03-05", plain.toString());
        assertThat(dated.exitCode()).as(dated.stderr()).isZero();
        assertThat(dated.stdout()).contains("## Monday 4 March 2024");
    }

    @Test
    void undatedArticlesAreReportedAndBadInputSkipped() throws IOException {
        Path mixed = dir.resolve("mixed");
        Files.createDirectories(mixed);
        Files.writeString(mixed.resolve("undated.txt"), "Volunteers filled sandbags at Pulford through the night.\n");
        Files.write(mixed.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Files.writeString(mixed.resolve("empty.txt"), "");
        CommandRun run = CommandRun.of("timeline", "--no-progress", docs.toString(), mixed.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_SKIPPED_INPUT);
        assertThat(run.stderr()).contains("undated (used for content only)").contains("undated.txt")
                .contains("binary.txt").contains("empty.txt");
        assertThat(run.stdout()).contains("## Undated articles");
    }

    /** Issue 20's bad input: an epoch default and a future date are not trusted; a line names the file and why. */
    @Test
    void anEpochOrFutureDateIsNotTrustedAndALineSaysWhy() throws IOException {
        write("1970-01-01", "wire.txt", "Sandbags were handed out at Pulford town hall to every household.\n");
        String future = LocalDate.now(java.time.ZoneOffset.UTC).plusYears(2).toString();
        write(future, "blog.txt", "The Pulford quay wall was rebuilt in stone after the flood.\n");
        CommandRun run = CommandRun.of("timeline", "--no-progress", docs.toString());
        assertThat(run.stderr()).contains("wire.txt").contains("1970-01-01 is not trusted")
                .contains("blog.txt").contains(future + " is not trusted").doesNotContain("Exception");
        assertThat(run.stdout()).as("no entry on either untrusted day").doesNotContain("1 January 1970")
                .doesNotContain("## " + HEADING.format(LocalDate.parse(future)))
                .contains("## Monday 4 March 2024").contains("## Undated articles").contains("1970-01-01/wire.txt");
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertThat(CommandRun.of("timeline", "--format", "pdf", docs.toString()).stderr()).contains("unknown format");
        assertThat(CommandRun.of("timeline", "--dates", "-3", docs.toString()).exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(CommandRun.of("timeline", "--help").stdout()).contains("--sentences-per-date");
    }

    @Test
    void formatsComeFromTheRegistry() {
        CommandRun text = CommandRun.of("timeline", "--format", "text", docs.toString());
        assertThat(text.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(text.stderr()).contains("format 'text' is not available for a timeline; choose md, json, html or tls");
        assertThat(CommandRun.of("timeline", "--help").stdout().replaceAll("\\s+", " "))
                .contains("Output: md, json, html (self-contained page with a picture), tls (the Timeline17 gold format).");
        assertThat(CommandRun.of("summarize", "--help").stdout().replaceAll("\\s+", " "))
                .contains("Output: md (citations and sources), json, html (self-contained page), text (sentences only). Default: md.");
    }

    @Test
    void theBridgeExamplesUndatedReportsAreDatedFromTheirTextAndItsBiggestDayIsShown() {
        CommandRun run = CommandRun.of("timeline", "--no-progress", "../examples/harbour-bridge");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("dated 2026-03-13 from \u201CFriday\u201D")
                .contains("coastline-herald-cracked-pier.txt").doesNotContain("used for content only");
        String friday = run.stdout().substring(run.stdout().indexOf("## Friday 13 March 2026"));
        assertThat(friday.substring(0, friday.indexOf("\n## ", 5)))
                .contains("will remain closed for at least four weeks");
        assertThat(run.stdout()).contains("## Dates inferred from the text");
        // the morning queue after the Tuesday-night strike is Wednesday's, never Tuesday's
        String tuesday = run.stdout().substring(run.stdout().indexOf("## Tuesday 10 March 2026"),
                run.stdout().indexOf("## Wednesday 11 March 2026"));
        assertThat(tuesday).doesNotContain("7:30 in the morning");
    }
}
