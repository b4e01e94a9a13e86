package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code summarize --since DATE}: what the articles dated on or after the day add to the earlier ones, in every
 * format; nothing new said plainly; a day that is no date refused; undated articles taken as read and named.
 */
class SummarizeSinceTest {

    @TempDir
    Path folder;

    private static final String EARLIER = """
            The River Tamsin burst its banks in Eastmere on Monday night, flooding more than 200 homes in the lower town.

            Emergency crews evacuated about 600 residents to the sports hall on Hill Road before midnight.

            Mayor Ruth Calder said the town had not seen water this high since 1987.
            """;

    private Path story(boolean undated) throws Exception {
        Files.writeString(folder.resolve("stories.jsonl"), String.join("\n",
                line("post-1", "Valley Post", "2026-03-03", "River Tamsin floods the lower town", EARLIER),
                line("news-1", "River News", "2026-03-03", "Hundreds leave homes as Tamsin overflows",
                        "More than 200 homes in Eastmere's lower town were flooded on Monday night when the River Tamsin "
                        + "burst its banks. About 600 people were evacuated by emergency crews to the Hill Road sports "
                        + "hall. The rail line to Northbridge was closed after water covered the tracks."),
                line("wire-2", "Daily Wire Service", "2026-03-04", "Eastmere counts the cost",
                        "The River Tamsin burst its banks in Eastmere on Monday night, flooding more than 200 homes in "
                        + "the lower town. Insurers estimated the damage at 40 million euros across the lower town. The "
                        + "rail line to Northbridge reopened on Tuesday afternoon after engineers checked the tracks."),
                line("courier-2", "Eastmere Courier", "2026-03-05", "Relief fund opens",
                        "The council's relief fund for flooded families opened on Wednesday with 2 million euros. "
                        + "Families can apply for grants of up to 5,000 euros at the town hall. The rail line to "
                        + "Northbridge reopened on Tuesday afternoon, the operator said.")) + "\n");
        if (undated) {
            Files.writeString(folder.resolve("sandbags.txt"), "Volunteers fill sandbags in Eastmere\n\n"
                    + "Volunteers filled sandbags on Hill Road through the night as the River Tamsin rose in Eastmere.\n");
        }
        return folder;
    }

    private static String line(String id, String outlet, String published, String title, String text) throws Exception {
        return new ObjectMapper().writeValueAsString(java.util.Map.of("id", id, "outlet", outlet, "published", published,
                "title", title, "text", text));
    }

    @Test
    void theUpdateSaysWhatTheNewArticlesAddAndCitesOnlyThem() throws Exception {
        Path dir = story(false);
        CommandRun run = CommandRun.of("summarize", "--no-progress", "--since", "2026-03-04", dir.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("since 2026-03-04: 2 new articles, 2 read before");
        assertThat(run.stdout()).doesNotContain("burst its banks").contains("## Sources")
                .contains("Daily Wire Service").doesNotContain("Valley Post").doesNotContain("River News");
    }

    /**
     * The example since 12 March: the update takes nothing from Tidewater's new article, so md lists only the
     * source it cites; html lists every source a badge or note links to (the comparison's too), and only those.
     */
    @Test
    void theSourceListsNameOnlyTheSourcesTheDocumentCites() {
        CommandRun md = CommandRun.of("summarize", "--no-progress", "--since", "2026-03-12", "../examples/harbour-bridge/");
        assertThat(md.exitCode()).as(md.stderr()).isZero();
        String sentences = md.stdout().substring(0, md.stdout().indexOf("## Sources"));
        java.util.Set<String> cited = new java.util.TreeSet<>();
        java.util.regex.Matcher citation = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(sentences);
        while (citation.find()) {
            cited.add(citation.group(1));
        }
        java.util.Set<String> listed = new java.util.TreeSet<>();
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("(?m)^- \\[(\\d+)]").matcher(md.stdout());
        while (entry.find()) {
            listed.add(entry.group(1));
        }
        assertThat(cited).isNotEmpty();
        assertThat(listed).isEqualTo(cited);
        assertThat(md.stdout()).doesNotContain("Tidewater");

        CommandRun html = CommandRun.of("summarize", "--no-progress", "--format", "html", "--since", "2026-03-12",
                "../examples/harbour-bridge/");
        java.util.Set<String> linked = new java.util.TreeSet<>();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"#source-(\\d+)\"").matcher(html.stdout());
        while (link.find()) {
            linked.add(link.group(1));
        }
        java.util.Set<String> anchors = new java.util.TreeSet<>();
        java.util.regex.Matcher anchor = java.util.regex.Pattern.compile("id=\"source-(\\d+)\"").matcher(html.stdout());
        while (anchor.find()) {
            anchors.add(anchor.group(1));
        }
        assertThat(linked).isNotEmpty();
        assertThat(anchors).isEqualTo(linked);
    }

    @Test
    void everyFormatOfTheSummaryCommandPrintsTheUpdate() throws Exception {
        Path dir = story(false);
        for (String format : new String[] {"md", "json", "html", "text"}) {
            CommandRun run = CommandRun.of("summarize", "--no-progress", "--format", format, "--since", "2026-03-04",
                    dir.toString());
            assertThat(run.exitCode()).as(format + ": " + run.stderr()).isZero();
            assertThat(run.stdout()).as(format).isNotBlank().doesNotContain("burst its banks");
            if (format.equals("json")) {
                JsonNode json = new ObjectMapper().readTree(run.stdout());
                assertThat(json.get("sentences").size()).isPositive();
                assertThat(json.has("comparison")).as("the new facts and conflicts").isTrue();
                for (JsonNode source : json.get("sources")) {
                    assertThat(source.get("articleId").asText()).isIn("wire-2", "courier-2");
                }
            }
            if (format.equals("html")) {
                assertThat(run.stdout()).contains("<html");
            }
        }
    }

    @Test
    void theUpdateIsTitledWithItsDayAndShowsWhereTheNewOutletsDisagree() throws Exception {
        Path dir = story(false);
        Files.writeString(dir.resolve("stories.jsonl"), Files.readString(dir.resolve("stories.jsonl"))
                + line("herald-2", "Eastmere Herald", "2026-03-05", "Flood fund opens at the town hall",
                "The council's relief fund for flooded families opened on Wednesday with 3 million euros. "
                + "Volunteers from Northbridge helped clear mud from the lower town's streets.") + "\n");
        CommandRun md = CommandRun.of("summarize", "--no-progress", "--since", "2026-03-04", dir.toString());
        assertThat(md.exitCode()).as(md.stderr()).isZero();
        assertThat(md.stdout()).startsWith("# What's new since 2026-03-04: ");
        JsonNode json = new ObjectMapper().readTree(CommandRun.of("summarize", "--no-progress", "-f", "json",
                "--since", "2026-03-04", dir.toString()).stdout());
        assertThat(json.get("title").asText()).startsWith("What's new since 2026-03-04: ");
        JsonNode fund = null;
        for (JsonNode sentence : json.get("sentences")) {
            if (sentence.get("text").asText().contains("relief fund")) {
                fund = sentence;
            }
        }
        assertThat(fund).as("the relief fund sentence in %s", json).isNotNull();
        assertThat(fund.get("disputedBy").size()).as("the other outlet's figure beside it: %s", fund).isEqualTo(1);
        java.util.Set<Integer> listed = new java.util.HashSet<>();
        json.get("sources").forEach(s -> listed.add(s.get("number").asInt()));
        json.get("otherSources").forEach(s -> listed.add(s.get("number").asInt()));
        assertThat(json.get("otherSources").size()).as("the articles read before are listed: %s", json).isPositive();
        java.util.regex.Matcher source = java.util.regex.Pattern.compile("\"(?:source|number)\":\\s*(\\d+)")
                .matcher(json.toString());
        while (source.find()) {
            assertThat(listed).as("source %s resolves in %s", source.group(1), json).contains(Integer.parseInt(source.group(1)));
        }
        int disputing = fund.get("disputedBy").get(0).get("source").asInt();
        for (JsonNode citation : fund.get("citations")) {
            assertThat(citation.get("source").asInt()).as("the disputing outlet is not cited").isNotEqualTo(disputing);
        }
    }

    @Test
    void anUndatedArticleIsDatedFromItsTextAsTheTimelineDatesIt() throws Exception {
        Path dir = story(false);
        Files.writeString(dir.resolve("grants.txt"), "Relief grants paid out in Eastmere\n\n"
                + "The council paid the first relief grants to flooded families in Eastmere on Thursday, officials said.\n");
        CommandRun run = CommandRun.of("summarize", "--no-progress", "-f", "json", "--since", "2026-03-05", dir.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("since 2026-03-05: 2 new articles, 3 read before")
                .contains("grants.txt is undated; taken as of 2026-03-05 from");
        assertThat(run.stdout()).contains("first relief grants");
    }

    @Test
    void whenEveryArticleIsNewItIsTheOrdinarySummary() throws Exception {
        Path dir = story(false);
        CommandRun since = CommandRun.of("summarize", "--no-progress", "--since", "2026-01-01", dir.toString());
        CommandRun plain = CommandRun.of("summarize", "--no-progress", dir.toString());
        assertThat(since.exitCode()).as(since.stderr()).isZero();
        assertThat(since.stderr()).contains("4 new articles, 0 read before");
        assertThat(since.stdout()).isEqualTo(plain.stdout());
    }

    @Test
    void whenEveryArticleOfTheExampleIsNewItsDisputesAreShownAsInTheOrdinarySummary() {
        CommandRun since = CommandRun.of("summarize", "--no-progress", "--since", "2026-03-11", "../examples/harbour-bridge/");
        CommandRun plain = CommandRun.of("summarize", "--no-progress", "../examples/harbour-bridge/");
        assertThat(since.stderr()).contains("5 new articles, 0 read before");
        assertThat(plain.stdout()).contains("(5 says four people)");
        assertThat(since.stdout()).isEqualTo(plain.stdout());
    }

    @Test
    void whenNoArticleIsNewItSaysSoInEveryFormat() throws Exception {
        Path dir = story(false);
        CommandRun md = CommandRun.of("summarize", "--no-progress", "--since", "2026-03-06", dir.toString());
        assertThat(md.exitCode()).as(md.stderr()).isZero();
        assertThat(md.stdout()).isEqualTo("# Nothing new since 2026-03-06\n\nNothing new since 2026-03-06: no article "
                + "is dated on or after it (4 read before).\n");
        CommandRun text = CommandRun.of("summarize", "--no-progress", "-f", "text", "--since", "2026-03-06", dir.toString());
        assertThat(text.stdout()).isEqualTo("Nothing new since 2026-03-06: no article is dated on or after it (4 read before).\n");
        CommandRun html = CommandRun.of("summarize", "--no-progress", "-f", "html", "--since", "2026-03-06", dir.toString());
        assertThat(html.stdout()).contains("<h1>Nothing new since 2026-03-06</h1>");
        JsonNode json = new ObjectMapper().readTree(CommandRun.of("summarize", "--no-progress", "-f", "json", "--since",
                "2026-03-06", dir.toString()).stdout());
        assertThat(json.get("sentences").size()).isZero();
        assertThat(json.get("notice").asText()).startsWith("nothing new since 2026-03-06");
    }

    @Test
    void aSinceThatIsNoDateIsAUsageErrorSayingWhatADateLooksLike() throws Exception {
        Path dir = story(false);
        CommandRun run = CommandRun.of("summarize", "--no-progress", "--since", "last week", dir.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("Invalid value for option '--since': 'last week' is not a date")
                .contains("YYYY-MM-DD");
        CommandRun impossible = CommandRun.of("summarize", "--no-progress", "--since", "2026-02-30", dir.toString());
        assertThat(impossible.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(impossible.stderr()).contains("'2026-02-30' is not a date");
    }

    @Test
    void undatedArticlesAreTakenAsReadAndNamed() throws Exception {
        Path dir = story(true);
        CommandRun run = CommandRun.of("summarize", "--no-progress", "-f", "json", "--since", "2026-03-04", dir.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("2 new articles, 3 read before (1 undated, taken as read: ")
                .contains("sandbags.txt");
        JsonNode json = new ObjectMapper().readTree(run.stdout());
        for (JsonNode source : json.get("sources")) {
            assertThat(source.get("articleId").asText()).isIn("wire-2", "courier-2");
        }
        assertThat(run.stdout()).doesNotContain("sandbags on Hill Road");
    }
}
