package io.storyline.spark;

import io.storyline.Storyline;
import io.storyline.cluster.Clustering;
import io.storyline.evaluate.ClusterScores;
import io.storyline.evaluate.StreamGenerator;
import io.storyline.model.Corpus;
import io.storyline.model.Story;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job in Spark's local mode on two threads: the same stories as the CLI for a corpus that fits
 * in one block, close to them when blocked, every article placed once, bad input reported.
 */
class StorylineJobTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("storyline-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Path stream(Path dir, int articles, long seed) throws Exception {
        Path file = dir.resolve("stream.jsonl");
        try (Writer out = Files.newBufferedWriter(file)) {
            new StreamGenerator(seed).write(articles, out);
        }
        return file;
    }

    private static List<Story> storiesWritten(Path output) {
        List<Story> stories = new ArrayList<>();
        for (Row row : spark.read().schema(StoryTables.STORY).json(output.resolve("stories").toString())
                .orderBy("article_count").collectAsList()) {
            Date first = row.getAs("first_date");
            Date last = row.getAs("last_date");
            stories.add(new Story(row.getAs("story_id"), row.getAs("label"),
                    first == null ? null : first.toLocalDate(), last == null ? null : last.toLocalDate(),
                    row.getList(row.fieldIndex("outlets")), row.getList(row.fieldIndex("article_ids"))));
        }
        return stories;
    }

    private static Map<String, String> assignmentsWritten(Path output) {
        Map<String, String> storyOf = new HashMap<>();
        for (Row row : spark.read().schema(StoryTables.ARTICLE).json(output.resolve("articles").toString())
                .collectAsList()) {
            assertThat(storyOf.put(row.getAs("article_id"), row.getAs("story_id"))).as("placed once").isNull();
        }
        return storyOf;
    }

    private static Set<Set<String>> partition(List<Story> stories) {
        Set<Set<String>> out = new HashSet<>();
        stories.forEach(s -> out.add(Set.copyOf(s.articleIds())));
        return out;
    }

    @Test
    void aCorpusThatFitsOneBlockGetsTheCliStoriesAndStorylinesExactly(@TempDir Path dir) throws Exception {
        Path input = stream(dir, 800, 7);
        // the first article told again (its sentences' words reordered: the same terms, so it joins by
        // content, but no copy for the reader to merge), once without a date, once dated thirty years
        // earlier
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode first =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(Files.readAllLines(input).get(0));
        com.fasterxml.jackson.databind.node.ObjectNode undated = first.deepCopy();
        undated.put("id", "undated-copy").remove("published");
        undated.put("text", retold(undated.get("text").asText(), java.util.Collections::reverse));
        com.fasterxml.jackson.databind.node.ObjectNode stray = first.deepCopy();
        stray.put("id", "stray-copy").put("published", "1995-01-02");
        stray.put("text", retold(stray.get("text").asText(), java.util.Collections::sort));
        Files.writeString(input, json.writeValueAsString(undated) + "\n" + json.writeValueAsString(stray) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        Clustering cli = Storyline.cluster(Storyline.read(input).articles());

        JobSettings settings = JobSettings.defaults(List.of(input.toString()), dir.resolve("out").toString())
                .withFormat("jsonl");
        StorylineJob.Report report = StorylineJob.run(spark, settings);

        List<Story> written = storiesWritten(dir.resolve("out"));
        assertThat(report.blocks()).isEqualTo(1);
        assertThat(report.articles()).isEqualTo(802);
        assertThat(partition(written)).isEqualTo(partition(cli.stories()));
        assertThat(written).containsExactlyInAnyOrderElementsOf(cli.stories());
        assertThat(assignmentsWritten(dir.resolve("out"))).isEqualTo(cli.storyOfArticle());

        assertThat(cli.storylines().size()).as("the stream's events link into fewer storylines")
                .isLessThan(cli.stories().size());
        assertThat(cli.storylines()).anyMatch(line -> line.undated() > 0);
        assertThat(report.storylines()).isEqualTo(cli.storylines().size());
        assertThat(storylinesWritten(dir.resolve("out"))).containsExactlyInAnyOrderElementsOf(cli.storylines());
        Map<String, String> lineOf = new HashMap<>();
        for (Row row : spark.read().schema(StoryTables.ARTICLE).json(dir.resolve("out").resolve("articles").toString())
                .collectAsList()) {
            lineOf.put(row.getAs("article_id"), row.getAs("storyline_id"));
        }
        assertThat(lineOf).isEqualTo(cli.storylineOfArticle());
    }

    /** Each sentence's words reordered. */
    private static String retold(String text, java.util.function.Consumer<List<String>> reorder) {
        StringBuilder out = new StringBuilder();
        for (String sentence : text.split("(?<=\\.)\\s+")) {
            List<String> words = new ArrayList<>(List.of(sentence.replace(".", "").strip().split("\\s+")));
            reorder.accept(words);
            out.append(String.join(" ", words)).append(". ");
        }
        return out.toString().strip();
    }

    private static List<io.storyline.model.Storyline> storylinesWritten(Path output) {
        List<io.storyline.model.Storyline> lines = new ArrayList<>();
        for (Row row : spark.read().schema(StoryTables.STORYLINE).json(output.resolve("storylines").toString())
                .collectAsList()) {
            Date first = row.getAs("first_date");
            Date last = row.getAs("last_date");
            lines.add(new io.storyline.model.Storyline(row.getAs("storyline_id"), row.getAs("label"),
                    first == null ? null : first.toLocalDate(), last == null ? null : last.toLocalDate(),
                    row.getList(row.fieldIndex("story_ids")), row.<Integer>getAs("article_count"),
                    row.<Integer>getAs("undated"), row.<Integer>getAs("outside_span")));
        }
        return lines;
    }

    @Test
    void aJsonLinesFileSplitByLinesGivesTheSameArticlesAsReadWhole(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("wire.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 60; i++) { // no ids: each article's id is its line number, as the CLI makes it
            lines.append("{\"outlet\":\"Wire ").append(i % 3).append("\",\"title\":\"Harbour crane ").append(i % 4)
                    .append(" report\",\"text\":\"Dock workers at the Kelmora harbour said crane ").append(i % 4)
                    .append(" stopped again on shift ").append(i).append(".\"}\n");
            if (i == 30) {
                lines.append("\n{\"text\": [1]}\n");
            }
        }
        Files.writeString(input, lines);
        Corpus cli = Storyline.read(input);

        JobSettings settings = JobSettings.defaults(List.of(input.toString()), dir.resolve("out").toString())
                .withFormat("jsonl").withSplitJsonlBytes(100);
        StorylineJob.Report report = StorylineJob.run(spark, settings);

        assertThat(assignmentsWritten(dir.resolve("out")).keySet())
                .containsExactlyInAnyOrderElementsOf(cli.articles().stream().map(a -> a.id()).toList());
        assertThat(partition(storiesWritten(dir.resolve("out"))))
                .isEqualTo(partition(Storyline.cluster(cli.articles()).stories()));
        assertThat(report.problems()).extracting(ProblemRow::toString)
                .containsExactlyElementsOf(cli.problems().stream().map(Object::toString).toList());
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.location()).endsWith("wire.jsonl:33"));
    }

    @Test
    void aBlockedCorpusPlacesEveryArticleOnceAndStaysCloseToTheWholeClustering(@TempDir Path dir) throws Exception {
        Path input = stream(dir, 3000, 11);
        Map<String, String> gold = new HashMap<>();
        for (String line : Files.readAllLines(input)) {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            gold.put(node.get("id").asText(), node.get("story").asText());
        }
        Clustering whole = Storyline.cluster(Storyline.read(input).articles());

        JobSettings settings = JobSettings.defaults(List.of(input.toString()), dir.resolve("out").toString())
                .withFormat("jsonl").withBlocks(400, 7, 3, 2);
        StorylineJob.Report report = StorylineJob.run(spark, settings);

        Map<String, String> placed = assignmentsWritten(dir.resolve("out"));
        assertThat(placed.keySet()).isEqualTo(gold.keySet());
        assertThat(report.blocks()).isGreaterThan(3);
        assertThat(report.blockArticles()).isGreaterThan(3000); // overlap and key buckets place some twice
        List<Story> stories = storiesWritten(dir.resolve("out"));
        assertThat(stories).anyMatch(s -> s.size() > 1);
        ClusterScores blocked = ClusterScores.of(gold, placed);
        ClusterScores one = ClusterScores.of(gold, whole.storyOfArticle());
        assertThat(blocked.f1()).as("blocked %s vs whole %s", blocked, one).isGreaterThan(one.f1() - 0.05);
        assertThat(blocked.f1()).isGreaterThan(0.85);

        // storylines joined across blocks: each story in exactly one, each article in its story's
        List<io.storyline.model.Storyline> lines = storylinesWritten(dir.resolve("out"));
        Map<String, String> lineOfStory = new HashMap<>();
        lines.forEach(line -> line.eventIds().forEach(story ->
                assertThat(lineOfStory.put(story, line.id())).as("story %s in one storyline", story).isNull()));
        assertThat(lineOfStory.keySet()).isEqualTo(new HashSet<>(placed.values()));
        assertThat(lines.size()).isEqualTo(report.storylines()).isLessThan(stories.size());
        for (Row row : spark.read().schema(StoryTables.ARTICLE).json(dir.resolve("out").resolve("articles").toString())
                .collectAsList()) {
            assertThat((String) row.getAs("storyline_id")).isEqualTo(lineOfStory.get((String) row.getAs("story_id")));
        }
        assertThat(lines.stream().mapToInt(io.storyline.model.Storyline::articles).sum()).isEqualTo(3000);
    }

    @Test
    void storiesCarrySummariesCitingTheirOwnArticlesAndATimeline(@TempDir Path dir) throws Exception {
        Path input = stream(dir, 300, 3);
        JobSettings settings = JobSettings.defaults(List.of(input.toString()), dir.resolve("out").toString())
                .withSummary(60, 2);
        StorylineJob.run(spark, settings); // Parquet, the default

        List<Row> rows = spark.read().parquet(dir.resolve("out/stories").toString()).collectAsList();
        assertThat(rows).isNotEmpty();
        int summarized = 0;
        for (Row row : rows) {
            List<String> ids = row.getList(row.fieldIndex("article_ids"));
            List<Row> summary = row.getList(row.fieldIndex("summary"));
            List<Row> timeline = row.getList(row.fieldIndex("timeline"));
            assertThat(timeline.stream().mapToInt(d -> d.<Integer>getAs("articles")).sum()).isEqualTo(ids.size());
            Date first = row.getAs("first_date");
            assertThat(timeline.get(0).<Date>getAs("date")).isEqualTo(first);
            if (ids.size() < 2) {
                assertThat(summary).isEmpty();
                assertThat((String) row.getAs("summary_markdown")).isNull();
                continue;
            }
            summarized++;
            assertThat(summary).isNotEmpty();
            for (Row sentence : summary) {
                assertThat(ids).containsAll(sentence.getList(sentence.fieldIndex("cited_article_ids")));
                assertThat((String) row.getAs("summary_markdown")).contains(sentence.<String>getAs("text"));
            }
        }
        assertThat(summarized).isPositive();
    }

    @Test
    void mixedFormatsAndBadFilesAreReadAsTheCliReadsThem(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path day = Files.createDirectories(in.resolve("2024-05-02"));
        Files.writeString(day.resolve("herald.txt"), "Kelmora ferry strike ends\n\nFerry crews in Kelmora went back "
                + "to work on Thursday after the union accepted the new offer from the operator.\n");
        Files.writeString(day.resolve("courier.html"), "<html><head><title>Kelmora ferries sail again</title>"
                + "<script>document.write('<p>injected</p>')</script></head><body><article><p>Ferries sailed from "
                + "Kelmora again on Thursday once the crews' union accepted the operator's offer.</p>"
                + "</article></body></html>");
        Files.writeString(in.resolve("wire.jsonl"), "{\"id\":\"w1\",\"outlet\":\"Northern Wire\",\"published\":"
                + "\"2024-05-02\",\"title\":\"Kelmora ferry strike over\",\"text\":\"The Kelmora ferry strike is "
                + "over after crews accepted the operator's offer on Thursday.\"}\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 0, 0});
        Files.writeString(in.resolve(".hidden.txt"), "Never read: a hidden file is skipped by the CLI as well.\n");
        Corpus cli = Storyline.read(in);

        StorylineJob.Report report = StorylineJob.run(spark, JobSettings.defaults(List.of(in.toString(),
                dir.resolve("missing").toString()), dir.resolve("out").toString()).withFormat("jsonl"));

        Map<String, String> placed = assignmentsWritten(dir.resolve("out"));
        assertThat(placed.keySet()).containsExactlyInAnyOrderElementsOf(cli.articles().stream().map(a -> a.id()).toList());
        assertThat(placed).hasSize(3);
        assertThat(partition(storiesWritten(dir.resolve("out"))))
                .isEqualTo(partition(Storyline.cluster(cli.articles()).stories()));
        assertThat(report.problems()).extracting(ProblemRow::location)
                .anyMatch(l -> l.endsWith("empty.txt")).anyMatch(l -> l.endsWith("photo.txt"))
                .anyMatch(l -> l.endsWith("missing")).noneMatch(l -> l.contains("hidden"));
        assertThat(report.problemCount()).isEqualTo(cli.problems().size() + 1);
        List<Row> problems = spark.read().json(dir.resolve("out/problems").toString()).collectAsList();
        assertThat(problems).hasSize(cli.problems().size() + 1);
        String stories = String.join("\n", Files.readAllLines(Files.list(dir.resolve("out/stories"))
                .filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow()));
        assertThat(stories).doesNotContain("injected");
    }

    /** More notices than the report keeps are still only notices: every input was read whole, so exit 0. */
    @Test
    void moreNoticesThanAreShownStillExitZero(@TempDir Path dir) throws Exception {
        Path day = Files.createDirectories(dir.resolve("in/2024-05-02"));
        int files = StorylineJob.PROBLEMS_SHOWN + 5;
        for (int i = 0; i < files; i++) {
            // "café" in windows-1252 is not valid UTF-8: each file is read whole, with a notice saying how
            String text = "Ferry crews in Kelmora went back to work on Thursday, said harbour café owner number " + i
                    + ", after the union accepted the operator's offer of a " + (i + 2) + " per cent rise.\n";
            Files.write(day.resolve("legacy-" + i + ".txt"), text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        int code = new CommandLine(new StorylineJob(out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                .execute("-o", dir.resolve("out").toString(), "--format", "jsonl", dir.resolve("in").toString());

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("note").contains("read as Windows-1252")
                .doesNotContain("skipped");
        assertThat(spark.read().json(dir.resolve("out/problems").toString()).count()).isEqualTo(files);
        assertThat(code).isEqualTo(StorylineJob.EXIT_OK);
    }

    @Test
    void commandLineErrorsAreOneLineAndAnExistingOutputIsKept(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Path input = stream(dir, 50, 5);

        int badFormat = new CommandLine(new StorylineJob(o, e)).execute("-o", dir.resolve("x").toString(),
                "--format", "csv", input.toString());
        assertThat(badFormat).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown format 'csv'").doesNotContain("Exception");

        Files.createDirectories(dir.resolve("out/stories"));
        Files.writeString(dir.resolve("out/stories/keep.txt"), "a reader's notes");
        err.reset();
        int exists = new CommandLine(new StorylineJob(o, e)).execute("-o", dir.resolve("out").toString(),
                input.toString());
        assertThat(exists).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("storyline-spark: failed:")
                .contains("already exists").doesNotContain("\n");
        assertThat(dir.resolve("out/stories/keep.txt")).hasContent("a reader's notes");
        assertThat(spark.sparkContext().isStopped()).as("a session the job did not start is left running").isFalse();

        err.reset();
        int nothing = new CommandLine(new StorylineJob(o, e)).execute("-o", dir.resolve("none").toString(),
                dir.resolve("nowhere").toString());
        assertThat(nothing).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nowhere: does not exist")
                .contains("no usable article");
    }

    @Test
    void blockKeysKeepSameStoryArticlesTogetherMoreOftenThanChance() {
        JobSettings settings = JobSettings.defaults(List.of("x"), "y").withBlocks(10, 7, 3, 2);
        Blocking blocking = new Blocking(settings, Map.of(LocalDate.of(2024, 1, 10).toEpochDay() / 7, 50));
        ArticleRow a = new ArticleRow("a", "Herald", null, "Kelmora ferry strike ends",
                LocalDate.of(2024, 1, 10), "Crews of the Kelmora Ferry Company went back to work.", "a");
        ArticleRow b = new ArticleRow("b", "Courier", null, "Ferry strike in Kelmora over",
                LocalDate.of(2024, 1, 11), "The Kelmora Ferry Company said crews were back.", "b");
        ArticleRow c = new ArticleRow("c", "Courier", null, "Budget vote delayed in Tarsk",
                LocalDate.of(2024, 1, 11), "Councillors in Tarsk put off the Budget vote.", "c");
        assertThat(blocking.blocksOf(a)).hasSizeBetween(1, 2).allMatch(k -> k.matches("w\\d+/b\\d+"));
        assertThat(blocking.blocksOf(a)).containsAnyElementsOf(blocking.blocksOf(b));
        assertThat(Blocking.keyWords(a)).contains("kelmora", "ferri", "strike");
        assertThat(new Blocking(settings, Map.of()).blocksOf(c)).containsExactly(Blocking.SINGLE);
    }
}
