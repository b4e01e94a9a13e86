package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code storyline compare}, and the comparison inside {@code summarize --format json|html}. */
class CompareCommandTest {

    @TempDir
    Path folder;

    private Path story() throws Exception {
        Files.writeString(folder.resolve("post.txt"), "Pier collapses at Gull Bay\n\n"
                + "The north pier at Gull Bay collapsed on Monday, killing 3 people, Mayor Helen Vasquez said.\n\n"
                + "\"We have never seen water this high,\" Vasquez said.\n");
        Files.writeString(folder.resolve("gazette.txt"), "Gull Bay mourns\n\n"
                + "The collapse of the north pier in Gull Bay on Monday killed 5 people, police said.\n\n"
                + "Ferries will use the south quay until June, the harbour authority said.\n");
        return folder;
    }

    @Test
    void printsTheComparisonAsMarkdown() throws Exception {
        CommandRun run = CommandRun.of("compare", "--no-progress", story().toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("## Carried by every outlet", "## Conflicts", "3 people [", "5 people [",
                "Helen Vasquez: \u201CWe have never seen water this high\u201D");
    }

    @Test
    void writesJsonAndHtml() throws Exception {
        CommandRun json = CommandRun.of("compare", "--no-progress", "--format", "json", story().toString());
        assertThat(json.exitCode()).as(json.stderr()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.stdout());
        assertThat(root.get("schema").asText()).isEqualTo("storyline.comparison/1");
        assertThat(root.get("conflicts").findValuesAsText("kind")).contains("number");
        Path page = folder.resolve("out.html");
        CommandRun html = CommandRun.of("compare", "--no-progress", "-f", "html", "-o", page.toString(), story().toString());
        assertThat(html.exitCode()).as(html.stderr()).isZero();
        assertThat(Files.readString(page)).contains("<table class=\"matrix\">");
    }

    @Test
    void summarizeJsonAndHtmlIncludeTheComparison() throws Exception {
        CommandRun json = CommandRun.of("summarize", "--no-progress", "--format", "json", story().toString());
        assertThat(json.exitCode()).as(json.stderr()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.stdout());
        assertThat(root.has("entities")).isTrue();
        assertThat(root.has("quotes")).isTrue();
        assertThat(root.at("/comparison/facts").size()).isPositive();
        JsonNode sources = root.get("sources");
        for (JsonNode fact : root.at("/comparison/facts")) {
            for (JsonNode report : fact.get("reports")) {
                // the comparison cites by the summary's source numbers: the numbered article says it
                int source = report.get("source").asInt();
                assertThat(source).as("a listed source").isBetween(1, sources.size());
                assertThat(sources.get(source - 1).get("number").asInt()).isEqualTo(source);
                String article = Files.readString(Path.of(sources.get(source - 1).get("origin").asText()));
                assertThat(article).contains(report.get("sentence").asText());
            }
        }
        CommandRun html = CommandRun.of("summarize", "--no-progress", "--format", "html", story().toString());
        assertThat(html.stdout()).contains("<table class=\"matrix\">");
        CommandRun md = CommandRun.of("summarize", "--no-progress", story().toString());
        assertThat(md.stdout()).doesNotContain("Across outlets");
    }

    @Test
    void badInputIsNamedAndTheRestIsStillCompared() throws Exception {
        story();
        Files.write(folder.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.writeString(folder.resolve("hostile.html"), "<html><body><script>alert(1)</script></body></html>");
        CommandRun run = CommandRun.of("compare", "--no-progress", folder.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_SKIPPED_INPUT);
        assertThat(run.stderr()).contains("binary.txt").contains("empty.txt");
        assertThat(run.stdout()).contains("## Conflicts").doesNotContain("<script>");
    }

    @Test
    void noArticlesAndBadOptionsGiveTheirExitCodes() throws Exception {
        Files.writeString(folder.resolve("empty.txt"), "");
        assertThat(CommandRun.of("compare", "--no-progress", folder.resolve("empty.txt").toString()).exitCode())
                .isEqualTo(Main.EXIT_NO_ARTICLES);
        CommandRun badFormat = CommandRun.of("compare", "--format", "pdf", story().toString());
        assertThat(badFormat.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(badFormat.stderr()).contains("unknown format 'pdf'").doesNotContain("Exception");
        assertThat(CommandRun.of("compare").exitCode()).isEqualTo(Main.EXIT_USAGE);
        CommandRun help = CommandRun.of("compare", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("Usage: storyline compare");
    }

    @Test
    void theSeedsShowTheDefectionsToldByBothAndBaerQuotedByOneOutlet() {
        Path seeds = Path.of(System.getProperty("storyline.shared", "../shared"), "seeds");
        assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " is not present");
        CommandRun run = CommandRun.of("compare", "--no-progress", seeds.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<String> lines = run.stdout().lines().toList();
        // each outlet tells both defections in words the other's sentence does not wholly hold: one outlet's
        // statement, the other beside it, disputing (Koussa's day) or related (el-Treki's defection to Egypt)
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Koussa").contains("says Wednesday"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Egypt").containsPattern("defect")
                .containsPattern("\\(related reports?: "));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("- Koussa's resignation is being interpreted")
                .endsWith("[1] (related report: [2])"));
        assertThat(run.stdout()).contains("Robert Baer");
    }
}
