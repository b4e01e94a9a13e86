package io.storyline.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The Spark job: {@code spark-submit --class io.storyline.spark.StorylineJob storyline-spark.jar
 * -o OUT PATH...}. Reads articles from any Hadoop file system, groups them into stories and
 * summarizes each with the core library's own code ({@link StoryPipeline}), and writes the
 * stories, the storylines linking them, the article-to-story-and-storyline table and the skipped inputs ({@link StoryTables}).
 */
@Command(name = "storyline-spark", mixinStandardHelpOptions = true,
        description = {"Groups articles into stories and summarizes each story, on Apache Spark.",
            "Reads files and folders (local paths, hdfs://, s3a://...) in the formats the storyline command reads."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed (the message says why)", "2:wrong usage",
            "3:done, but some input was skipped", "4:no usable article in the input"})
public final class StorylineJob implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_SKIPPED_INPUT = 3;
    static final int EXIT_NO_ARTICLES = 4;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (any Hadoop file system URI).")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output folder: stories/, storylines/, articles/ and problems/ tables are written under it.")
    String output;

    @Option(names = {"-f", "--format"}, defaultValue = "parquet", paramLabel = "FORMAT",
            description = "parquet or jsonl. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--overwrite", description = "Replace the output folder's tables if they exist.")
    boolean overwrite;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles whose date is not known otherwise.")
    LocalDate date;

    @Option(names = "--words", defaultValue = "100", paramLabel = "N", description = "Summary length in words. Default: ${DEFAULT-VALUE}.")
    int words;

    @Option(names = "--max-block", defaultValue = "50000", paramLabel = "N",
            description = "Largest block clustered in one task; a corpus this small is clustered whole, as by "
                    + "'storyline cluster'. Default: ${DEFAULT-VALUE}.")
    int maxBlock;

    @Option(names = "--window-days", defaultValue = "7", paramLabel = "N", description = "Time window of a block. Default: ${DEFAULT-VALUE}.")
    int windowDays;

    @Option(names = "--overlap-days", defaultValue = "3", paramLabel = "N",
            description = "Days at the start of a window also clustered with the window before. Default: ${DEFAULT-VALUE}.")
    int overlapDays;

    @Option(names = "--key-hashes", defaultValue = "2", paramLabel = "N",
            description = "Buckets per article in a window split by key. Default: ${DEFAULT-VALUE}.")
    int keyHashes;

    @Option(names = "--max-file-mb", defaultValue = "64", paramLabel = "MB", description = "Larger whole files are skipped. Default: ${DEFAULT-VALUE}.")
    int maxFileMb;

    @Option(names = "--split-jsonl-mb", defaultValue = "32", paramLabel = "MB",
            description = "JSON Lines files larger than this are read in parallel by lines. Default: ${DEFAULT-VALUE}.")
    int splitJsonlMb;

    private final PrintStream out;
    private final PrintStream err;

    StorylineJob(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new CommandLine(new StorylineJob(System.out, System.err)).execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() {
        JobSettings settings;
        try {
            settings = new JobSettings(inputs, output, format, overwrite, date, maxBlock, windowDays, overlapDays,
                    keyHashes, words, 2, maxFileMb * 1024L * 1024, splitJsonlMb * 1024L * 1024);
        } catch (IllegalArgumentException e) {
            err.println("storyline-spark: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        boolean ours = SparkSession.getActiveSession().isEmpty();
        SparkSession spark = SparkSession.builder().appName("storyline").getOrCreate();
        try {
            Report report = run(spark, settings);
            report.print(out);
            report.problems().forEach(p -> err.println("storyline-spark: " + p.extent() + " " + p));
            if (report.articles() == 0) {
                err.println("storyline-spark: no usable article in the input");
                return EXIT_NO_ARTICLES;
            }
            return report.noticeCount() == report.problemCount() ? EXIT_OK : EXIT_SKIPPED_INPUT;
        } catch (RuntimeException e) {
            err.println("storyline-spark: failed: " + rootMessage(e));
            return EXIT_FAILED;
        } finally {
            if (ours) {
                spark.stop();
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /**
     * What a run did. At most {@value #PROBLEMS_SHOWN} problems are kept here; all are in the problems table,
     * and counted: {@code problemCount} of them, {@code noticeCount} of which are notices (inputs read whole).
     */
    record Report(long articles, long stories, long storylines, int blocks, long blockArticles, int mergeRounds,
                  List<ProblemRow> problems, long problemCount, long noticeCount, List<Stages.Phase> phases,
                  long wallMillis) {

        void print(PrintStream out) {
            out.printf(Locale.ROOT, "articles %d, stories %d, storylines %d, blocks %d (%d article placements), "
                            + "join rounds %d, skipped inputs %d%n", articles, stories, storylines, blocks, blockArticles, mergeRounds, problemCount);
            out.printf(Locale.ROOT, "wall %.1f s, %.0f articles/s%n", wallMillis / 1000.0,
                    articles / Math.max(0.001, wallMillis / 1000.0));
        }
    }

    static final int PROBLEMS_SHOWN = 100;

    /** Runs the whole job on a session (the caller owns and stops it). */
    static Report run(SparkSession session, JobSettings settings) {
        long start = System.nanoTime();
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
        StoryTables.checkOutput(spark.hadoopConfiguration(), settings);
        Stages stages = new Stages(spark);
        try {
            ArticleSource.Read read = stages.time("list and read", () -> ArticleSource.read(spark, settings));
            JavaRDD<ProblemRow> problems = read.problems().cache();
            StoryPipeline.Result result = StoryPipeline.run(spark, read.articles(), settings, stages);
            // one job counts both: the problems, and the notices among them
            Map<Boolean, Long> byNotice = problems.map(p -> p.extent().equals("note")).countByValue();
            long noticeCount = byNotice.getOrDefault(true, 0L);
            long problemCount = noticeCount + byNotice.getOrDefault(false, 0L);
            List<ProblemRow> shown = problems.take(PROBLEMS_SHOWN);
            long storyCount = result.articles() == 0 ? 0 : result.stories().count();
            long storylineCount = result.articles() == 0 ? 0 : result.storylines().count();
            if (result.articles() > 0) {
                stages.run("write tables", () -> StoryTables.write(session, settings, result.stories(),
                        result.storylines(), result.assignments(), problems));
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            stages.print(System.err);
            return new Report(result.articles(), storyCount, storylineCount, result.blocks(), result.blockArticles(),
                    result.mergeRounds(), shown, problemCount, noticeCount, stages.phases(), wall);
        } finally {
            session.sparkContext().removeSparkListener(stages);
        }
    }
}
