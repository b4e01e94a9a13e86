package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
        assertThat(md.stdout()).contains("3 articles, 2 stories in 2 storylines.").contains("2024-03-04 to 2024-03-05");
        // every format groups the two earthquake reports together and the ferry strike apart
        Map<String, Set<String>> mdStories = new TreeMap<>();
        String mdStory = null;
        for (String line : md.stdout().lines().toList()) {
            if (line.startsWith("### ")) {
                mdStory = line.substring(4, line.indexOf(':'));
            } else if (line.startsWith("  - `")) {
                mdStories.computeIfAbsent(mdStory, s -> new TreeSet<>()).add(line.substring(5, line.indexOf('`', 5)));
            }
        }
        assertThat(mdStories.values()).containsExactlyInAnyOrder(Set.of("q1", "q2"), Set.of("f1"));

        CommandRun lines = CommandRun.of("cluster", "-f", "jsonl", jsonl.toString());
        assertThat(lines.stdout().lines()).hasSize(3)
                .allMatch(l -> l.matches("\\{\"article\":\"\\w+\",\"event\":\"s\\d\",\"storyline\":\"L\\d\"}"));
        Map<String, Set<String>> jsonlStories = new TreeMap<>();
        for (String line : lines.stdout().lines().toList()) {
            JsonNode placement = new ObjectMapper().readTree(line);
            jsonlStories.computeIfAbsent(placement.get("event").asText(), s -> new TreeSet<>())
                    .add(placement.get("article").asText());
        }
        assertThat(jsonlStories).isEqualTo(mdStories);

        CommandRun json = CommandRun.of("cluster", "-f", "json", jsonl.toString());
        JsonNode stories = new ObjectMapper().readTree(json.stdout());
        assertThat(stories.get("schema").asText()).isEqualTo("storyline.stories/1");
        assertThat(stories.get("articles").asInt()).isEqualTo(3);
        Map<String, Set<String>> jsonStories = new TreeMap<>();
        for (JsonNode story : stories.get("stories")) {
            for (JsonNode article : story.get("articles")) {
                jsonStories.computeIfAbsent(story.get("id").asText(), s -> new TreeSet<>()).add(article.get("id").asText());
            }
        }
        assertThat(jsonStories).isEqualTo(mdStories);
        assertThat(stories.get("storylines")).hasSize(2);

        CommandRun html = CommandRun.of("cluster", "-f", "html", jsonl.toString());
        assertThat(html.exitCode()).as(html.stderr()).isZero();
        assertThat(html.stdout()).startsWith("<!doctype html>").contains("Earthquake shakes Orsk").contains("Storylines");
    }

    @Test
    void jsonLinesGiveEveryArticleReadALineCopiesMergedWhenReadIncluded(@TempDir Path dir) throws Exception {
        String body = "Flood water rose through the lower town of Kelby overnight, and the council opened the school "
                + "hall to families who left their homes. The river crested before dawn at the old stone bridge, "
                + "where volunteers stacked sandbags along the quay until the early hours of the morning.";
        Files.writeString(dir.resolve("desk.jsonl"), String.join("\n",
                "{\"id\":\"herald\",\"outlet\":\"Herald\",\"published\":\"2024-05-01\",\"title\":\"Kelby floods\",\"text\":\"" + body + "\"}",
                "{\"id\":\"wire\",\"outlet\":\"Wire\",\"published\":\"2024-05-01\",\"title\":\"Kelby under water\",\"text\":\"" + body + "\"}",
                "{\"id\":\"ferry\",\"outlet\":\"Wire\",\"published\":\"2024-05-02\",\"title\":\"Ferry strike\",\"text\":\"Ferry crews at Brannock walked out over wages.\"}",
                ""));
        CommandRun run = CommandRun.of("cluster", "--no-progress", "-f", "jsonl", dir.resolve("desk.jsonl").toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Map<String, JsonNode> byArticle = new TreeMap<>();
        for (String line : run.stdout().lines().toList()) {
            JsonNode node = new ObjectMapper().readTree(line);
            byArticle.put(node.get("article").asText(), node);
        }
        assertThat(byArticle).containsOnlyKeys("herald", "wire", "ferry");
        assertThat(byArticle.get("wire").get("duplicateOf").asText()).isEqualTo("herald");
        assertThat(byArticle.get("wire").get("event")).isEqualTo(byArticle.get("herald").get("event"));
        assertThat(byArticle.get("wire").get("storyline")).isEqualTo(byArticle.get("herald").get("storyline"));
        assertThat(byArticle.get("herald").has("duplicateOf")).isFalse();
    }

    @Test
    void anUndatedArticleJoinsItsStorylineByContentAndIsSaidUndatedWhileOneDatedDecadesAwayStaysApart(
            @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("desk.jsonl"), String.join("\n",
                "{\"id\":\"flood1\",\"outlet\":\"Herald\",\"published\":\"2024-03-04\",\"title\":\"Kelby flood forces hundreds from homes\",\"text\":\"The river Wend burst its banks at Kelby on Monday. Mayor Ada Quist opened the Kelby school hall to families and said the Wend flood was the worst in forty years.\"}",
                "{\"id\":\"flood2\",\"outlet\":\"Courier\",\"published\":\"2024-03-05\",\"title\":\"Kelby counts the cost of the Wend flood\",\"text\":\"Volunteers in Kelby cleared mud from homes as the river Wend fell. Mayor Ada Quist said the flood had damaged three hundred houses in Kelby.\"}",
                "{\"id\":\"inquiry1\",\"outlet\":\"Herald\",\"published\":\"2024-03-28\",\"title\":\"Inquiry into Kelby flood defences opens\",\"text\":\"An inquiry into the Wend flood at Kelby opened on Tuesday. Mayor Ada Quist told the inquiry the Kelby flood defences on the river Wend had not been repaired since 2009.\"}",
                "{\"id\":\"undated\",\"outlet\":\"Wire\",\"title\":\"Quist blames budget cuts for Kelby flood defences\",\"text\":\"Mayor Ada Quist told the Wend flood inquiry that budget cuts left the Kelby flood walls unrepaired. The inquiry into the Kelby flood will report in June.\"}",
                "{\"id\":\"stray\",\"outlet\":\"Wire\",\"published\":\"1994-03-05\",\"title\":\"Kelby flood walls were built to last, says Quist\",\"text\":\"Kelby flood walls along the river Wend will last a century, Mayor Ada Quist said as the work ended.\"}",
                "{\"id\":\"ferry1\",\"outlet\":\"Wire\",\"published\":\"2024-03-06\",\"title\":\"Ferry crews strike at Brannock\",\"text\":\"Ferry crews at Brannock walked out over wages on Wednesday. Calloway Lines called the Brannock ferry strike unlawful and cancelled every crossing.\"}",
                ""));
        CommandRun lines = CommandRun.of("cluster", "--no-progress", "-f", "jsonl", dir.resolve("desk.jsonl").toString());
        assertThat(lines.exitCode()).as(lines.stderr()).isZero();
        Map<String, JsonNode> byArticle = new TreeMap<>();
        for (String line : lines.stdout().lines().toList()) {
            JsonNode node = new ObjectMapper().readTree(line);
            byArticle.put(node.get("article").asText(), node);
        }
        String flood = byArticle.get("flood1").get("storyline").asText();
        assertThat(byArticle.get("undated").get("storyline").asText()).isEqualTo(flood);
        assertThat(byArticle.get("undated").get("undated").asBoolean()).isTrue();
        assertThat(byArticle.get("inquiry1").get("storyline").asText()).isEqualTo(flood);
        assertThat(byArticle.get("flood1").has("undated")).isFalse();
        assertThat(byArticle.get("stray").get("storyline").asText()).isNotEqualTo(flood);
        assertThat(byArticle.get("ferry1").get("storyline").asText()).isNotEqualTo(flood);
        CommandRun text = CommandRun.of("cluster", "--no-progress", dir.resolve("desk.jsonl").toString());
        assertThat(text.stdout()).contains("2024-03-04 to 2024-03-28 · 2 events · 4 articles (1 undated)")
                .doesNotContain("1994-03-05 to 2024");
    }

    @Test
    void oneStorysCoverageInAShortStreamIsOneStory() {
        // The follow-up on the cracked pier shares the story's names (in every article, so not rare
        // words the index would find it by) but few rare words with any one article.
        CommandRun run = CommandRun.of("cluster", "--no-progress", "../examples/harbour-bridge");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("5 articles, 1 story in 1 storyline.").contains("coastline-herald-cracked-pier");
        CommandRun digest = CommandRun.of("digest", "--no-progress", "../examples/harbour-bridge");
        assertThat(digest.stdout()).contains("5 articles · 1 story · 1 reported by more than one article");
        // in html, a sentence after another outlet's figure starts after a space, as after a citation
        CommandRun html = CommandRun.of("digest", "--no-progress", "-f", "html", "../examples/harbour-bridge");
        assertThat(html.stdout()).contains("says four people)</span>").doesNotContainPattern("\\)</span>\\w");
    }

    @Test
    void badInputIsNamedAndTheRestStillClustered(@TempDir Path dir) throws Exception {
        desk(dir);
        CommandRun run = CommandRun.of("cluster", "--no-progress", dir.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_SKIPPED_INPUT);
        assertThat(run.stderr()).contains("binary.txt").doesNotContain("\tat ");
        assertThat(run.stdout()).contains("3 articles");
        CommandRun badFormat = CommandRun.of("cluster", "-f", "xml", dir.toString());
        assertThat(badFormat.exitCode()).isEqualTo(Main.EXIT_USAGE);
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
        assertThat(text.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(text.stderr()).contains("md, json, html or jsonl");
        CommandRun lines = CommandRun.of("digest", "-f", "jsonl", dir.resolve("quakes.jsonl").toString());
        assertThat(lines.exitCode()).as(lines.stderr()).isZero();
        assertThat(lines.stdout().lines()).hasSize(3).allMatch(l -> l.contains("\"event\":\"s") && l.contains("\"storyline\":\"L"));
    }
}
