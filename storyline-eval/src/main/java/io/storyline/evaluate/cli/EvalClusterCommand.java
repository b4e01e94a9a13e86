package io.storyline.evaluate.cli;

import io.storyline.cli.Main;
import io.storyline.cli.Terminal;
import io.storyline.cluster.ClusterSettings;
import io.storyline.cluster.StorylineSettings;
import io.storyline.evaluate.ClusterBenchmark;
import io.storyline.evaluate.ClusterBenchmark.Dataset;
import io.storyline.evaluate.ClusterBenchmark.GoldSet;
import io.storyline.evaluate.ClusterBenchmark.Result;
import io.storyline.evaluate.ClusterScores;
import io.storyline.evaluate.StorylineComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code storyline eval cluster}: story clustering scored against a data set's own grouping. */
@Command(name = "cluster",
        mixinStandardHelpOptions = true,
        description = {
            "Pools a benchmark set's articles, groups them into stories and scores the stories against "
                + "the set's grouping: B-cubed precision, recall and F1, and the adjusted Rand index.",
            "duc2004: a folder of DUC 2004 clusters (gold: the cluster). duc2006: a folder of DUC 2006 topics "
                + "(gold: the topic). multinews: a Multi-News JSON Lines "
                + "file (gold: the cluster). timeline17: the Timeline17 folder (gold: the topic, e.g. "
                + "H1N1 for H1N1_bbc and H1N1_guardian). generated: a stream written by generate-stream "
                + "(gold: its story field); also reports articles per second and peak heap.",
            "storylines: the folder holding timeline17/ and duc2004/ (../shared/data): every Timeline17 set "
                + "pooled with the DUC 2004 clusters; gold: the topic (bpoil from five outlets is one storyline), "
                + "each DUC 2004 cluster a storyline of its own.",
            "Scores both levels: events (the stories) and the storylines that link them.",
            "DUC 2004 and Multi-News articles carry no dates: they are clustered without a time penalty. DUC 2006 articles carry their DATE_TIME, so a topic reported over years is many events."})
final class EvalClusterCommand implements Callable<Integer> {

    @Option(names = "--dataset", required = true, paramLabel = "NAME",
            description = "duc2004, duc2006, multinews, timeline17, generated or storylines.")
    String dataset;

    @Parameters(index = "0", paramLabel = "PATH", description = "The data set's folder or file.")
    Path path;

    @Option(names = "--join", paramLabel = "X", description = "Join threshold (default: ${DEFAULT-VALUE}).")
    double join = ClusterSettings.defaults().joinThreshold();

    @Option(names = "--merge", paramLabel = "X", description = "Merge threshold (default: ${DEFAULT-VALUE}).")
    double merge = ClusterSettings.defaults().mergeThreshold();

    @Option(names = "--link", paramLabel = "X",
            description = "Storyline link threshold (default: ${DEFAULT-VALUE}).")
    double link = StorylineSettings.defaults().linkThreshold();

    @Option(names = "--line-merge", paramLabel = "X",
            description = "Storyline merge threshold (default: ${DEFAULT-VALUE}).")
    double lineMerge = StorylineSettings.defaults().mergeThreshold();

    @Option(names = "--name-floor", paramLabel = "X",
            description = "Least cosine of two storylines' distinctive names for them to merge; 0 turns the check off "
                + "(default: ${DEFAULT-VALUE}).")
    double nameFloor = StorylineSettings.defaults().nameFloor();

    @Option(names = "--name-min", paramLabel = "N",
            description = "The names check applies only between storylines of at least N articles each "
                + "(default: ${DEFAULT-VALUE}).")
    int nameMin = StorylineSettings.defaults().nameMinArticles();

    @Option(names = "--topics", paramLabel = "TOPIC", split = ",",
            description = "timeline17 and storylines: only these Timeline17 topics (e.g. bpoil,H1N1).")
    java.util.List<String> topics = new java.util.ArrayList<>();

    @Option(names = "--mixed", description = "Also list each story found that mixes gold stories, with its label "
            + "and how many articles of each gold story it holds; and each gold story split over several "
            + "storylines, with the sizes of its parts.")
    boolean mixed;

    @Option(names = "--save-lines", paramLabel = "FILE",
            description = "Write each scored article's gold story and storyline to FILE, for a later --compare-to.")
    Path saveLines;

    @Option(names = "--compare-to", paramLabel = "FILE",
            description = "Compare the storylines with a run saved by --save-lines on the same data: each B-cubed "
                + "measure's difference with a 95%% interval from a paired bootstrap over the gold stories.")
    Path compareTo;

    private final Terminal terminal;

    EvalClusterCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Dataset set = Dataset.fromName(dataset);
        ClusterSettings settings = ClusterSettings.defaults().withJoinThreshold(join).withMergeThreshold(merge);
        long readStarted = System.nanoTime();
        GoldSet gold = ClusterBenchmark.load(set, path, topics);
        double readSeconds = (System.nanoTime() - readStarted) / 1e9;
        if (gold.gold().isEmpty()) {
            throw new IllegalArgumentException("no articles with gold labels found in " + path);
        }
        Result result = ClusterBenchmark.run(set, gold, settings,
                StorylineSettings.defaults().withLinkThreshold(link).withMergeThreshold(lineMerge)
                        .withNameFloor(nameFloor).withNameMinArticles(nameMin));
        print(result, readSeconds, terminal.stdout());
        if (compareTo != null) {
            printComparison(StorylineComparison.of(StorylineComparison.load(compareTo), gold.gold(),
                    result.clustering().storylineOfArticle()), terminal.stdout());
        }
        if (saveLines != null) {
            StorylineComparison.save(gold.gold(), result.clustering().storylineOfArticle(), saveLines);
        }
        if (mixed) {
            printMixed(result, gold, terminal.stdout());
        }
        return Main.EXIT_OK;
    }

    private void printComparison(StorylineComparison comparison, PrintStream out) {
        out.printf(Locale.ROOT, "storylines against %s (paired bootstrap over %d gold stories, %d resamples):%n",
                compareTo, comparison.goldStories(), StorylineComparison.RESAMPLES);
        for (StorylineComparison.Measure m : comparison.measures()) {
            out.printf(Locale.ROOT, "  %-9s %.4f -> %.4f  %+.4f [%+.4f, %+.4f]%n", m.name(), m.before(), m.after(),
                    m.difference(), m.low(), m.high());
        }
    }

    private static void printMixed(Result result, GoldSet gold, PrintStream out) {
        out.println();
        java.util.Map<String, String> lineOf = result.clustering().storylineOfArticle();
        for (io.storyline.model.Storyline line : result.clustering().storylines()) {
            java.util.Map<String, Long> labels = lineOf.entrySet().stream()
                    .filter(e -> e.getValue().equals(line.id()) && gold.gold().containsKey(e.getKey()))
                    .collect(java.util.stream.Collectors.groupingBy(e -> gold.gold().get(e.getKey()),
                            java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            if (labels.size() > 1 || line.articles() >= 20) {
                out.printf(Locale.ROOT, "storyline %s (%d articles, %d events) %s: %s%n", line.id(), line.articles(),
                        line.eventIds().size(), line.label().replaceAll("\\s+", " "), labels);
            }
        }
        java.util.Map<String, java.util.Map<String, Long>> spread = gold.gold().entrySet().stream()
                .filter(e -> lineOf.containsKey(e.getKey()))
                .collect(java.util.stream.Collectors.groupingBy(java.util.Map.Entry::getValue, java.util.TreeMap::new,
                        java.util.stream.Collectors.groupingBy(e -> lineOf.get(e.getKey()),
                                java.util.stream.Collectors.counting())));
        spread.forEach((label, lines) -> {
            if (lines.size() > 1) {
                java.util.List<Long> sizes = lines.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
                out.printf(Locale.ROOT, "gold %s: %d articles in %d storylines, largest %s%n", label,
                        sizes.stream().mapToLong(Long::longValue).sum(), sizes.size(),
                        sizes.subList(0, Math.min(8, sizes.size())));
            }
        });
        for (io.storyline.model.Story story : result.clustering().stories()) {
            java.util.Map<String, Long> labels = story.articleIds().stream().filter(gold.gold()::containsKey)
                    .collect(java.util.stream.Collectors.groupingBy(gold.gold()::get, java.util.TreeMap::new,
                            java.util.stream.Collectors.counting()));
            if (labels.size() > 1) {
                out.printf(Locale.ROOT, "%s (%d) %s: %s%n", story.id(), story.size(), story.label().replaceAll("\\s+", " "), labels);
            }
        }
    }

    private static void print(Result result, double readSeconds, PrintStream out) {
        ClusterScores s = result.scores();
        out.printf(Locale.ROOT, "data set        %s%n", result.dataset().cliName());
        out.printf(Locale.ROOT, "articles        %d%n", s.items());
        out.printf(Locale.ROOT, "gold stories    %d%n", s.goldGroups());
        out.printf(Locale.ROOT, "stories found   %d%n", s.clusters());
        out.printf(Locale.ROOT, "B-cubed P       %.4f%n", s.precision());
        out.printf(Locale.ROOT, "B-cubed R       %.4f%n", s.recall());
        out.printf(Locale.ROOT, "B-cubed F1      %.4f%n", s.f1());
        out.printf(Locale.ROOT, "adjusted Rand   %.4f%n", s.adjustedRand());
        ClusterScores l = result.storylineScores();
        out.printf(Locale.ROOT, "storylines found          %d%n", l.clusters());
        out.printf(Locale.ROOT, "storylines B-cubed P      %.4f%n", l.precision());
        out.printf(Locale.ROOT, "storylines B-cubed R      %.4f%n", l.recall());
        out.printf(Locale.ROOT, "storylines B-cubed F1     %.4f%n", l.f1());
        out.printf(Locale.ROOT, "storylines adjusted Rand  %.4f%n", l.adjustedRand());
        out.printf(Locale.ROOT, "reading         %.1f s%n", readSeconds);
        out.printf(Locale.ROOT, "clustering      %.2f s (%.0f articles/s)%n", result.seconds(), result.articlesPerSecond());
        out.printf(Locale.ROOT, "peak heap       %d MB%n", result.peakHeapBytes() / (1024 * 1024));
    }
}
