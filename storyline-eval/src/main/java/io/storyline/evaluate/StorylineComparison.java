package io.storyline.evaluate;

import io.storyline.evaluate.rouge.Bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether one run's storylines beat another's on the same articles by more than the draw of the gold
 * stories: B-cubed precision, recall and F1 of both runs, and a 95% interval for each difference from a
 * paired bootstrap over the gold stories (topics; Koehn 2004's paired bootstrap, with whole gold stories
 * as the unit drawn, since one wrong merge moves every article of the stories it joins). A run is kept
 * as a file of {@code article id, gold story, storyline} lines ({@link #save}).
 *
 * @param goldStories how many gold stories were drawn from
 * @param measures    precision, recall and F1, in that order
 */
public record StorylineComparison(int goldStories, List<Measure> measures) {

    /** The resamples drawn, as {@link PairedComparison#RESAMPLES}. */
    public static final int RESAMPLES = PairedComparison.RESAMPLES;

    /**
     * One measure of both runs over every article, and the 2.5th and 97.5th percentiles of the
     * resampled differences (after minus before).
     */
    public record Measure(String name, double before, double after, double low, double high) {

        public double difference() {
            return after - before;
        }
    }

    /** Writes each scored article's gold story and storyline, one tab-separated line each, sorted by id. */
    public static void save(Map<String, String> gold, Map<String, String> storylineOf, Path file) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(storylineOf).forEach((id, line) -> {
            String story = gold.get(id);
            if (story != null) {
                out.append(id).append('\t').append(story).append('\t').append(line).append('\n');
            }
        });
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A saved run: article id to {gold story, storyline}.
     *
     * @throws IllegalArgumentException naming the file and line when a line is not three tab-separated fields
     */
    public static Map<String, String[]> load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": save a run there first with --save-lines ("
                    + e.getMessage() + ")", e);
        }
        Map<String, String[]> run = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length != 3 || fields[0].isEmpty() || fields[1].isEmpty() || fields[2].isEmpty()) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected article id, gold story and storyline separated by tabs");
            }
            run.put(fields[0], new String[] {fields[1], fields[2]});
        }
        return run;
    }

    /**
     * Compares a later run ({@code gold}, {@code storylineOf}) with a saved one on the articles both scored.
     *
     * @throws IllegalArgumentException when the runs share no article or give an article different gold stories
     */
    public static StorylineComparison of(Map<String, String[]> before, Map<String, String> gold,
                                         Map<String, String> storylineOf) {
        Map<String, String> goldOf = new HashMap<>();
        Map<String, String> beforeLine = new HashMap<>();
        Map<String, String> afterLine = new HashMap<>();
        for (Map.Entry<String, String> entry : storylineOf.entrySet()) {
            String story = gold.get(entry.getKey());
            String[] saved = before.get(entry.getKey());
            if (story == null || saved == null) {
                continue;
            }
            if (!saved[0].equals(story)) {
                throw new IllegalArgumentException("article " + entry.getKey() + " is in gold story " + story
                        + " but in " + saved[0] + " in the saved run: not the same data set");
            }
            goldOf.put(entry.getKey(), story);
            beforeLine.put(entry.getKey(), saved[1]);
            afterLine.put(entry.getKey(), entry.getValue());
        }
        if (goldOf.isEmpty()) {
            throw new IllegalArgumentException("the saved run and this one share no article");
        }
        List<String> stories = goldOf.values().stream().distinct().sorted().toList();
        double[][] first = perStory(goldOf, beforeLine, stories);
        double[][] second = perStory(goldOf, afterLine, stories);
        int[] all = new int[stories.size()];
        Arrays.setAll(all, i -> i);
        double[] a = pooled(first, all);
        double[] b = pooled(second, all);
        String[] names = {"precision", "recall", "F1"};
        List<Measure> measures = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            int measure = m;
            double[] interval = Bootstrap.interval(stories.size(), RESAMPLES,
                    draw -> pooled(second, draw)[measure] - pooled(first, draw)[measure]);
            measures.add(new Measure(names[m], a[m], b[m], interval[0], interval[1]));
        }
        return new StorylineComparison(stories.size(), measures);
    }

    /**
     * Per gold story: its articles' summed B-cubed precision, summed recall, and their count. An
     * article's precision is the share of its storyline in its gold story, its recall the share of its
     * gold story in its storyline.
     */
    private static double[][] perStory(Map<String, String> goldOf, Map<String, String> lineOf, List<String> stories) {
        ClusterTable table = ClusterTable.of(goldOf, lineOf);
        Map<String, Integer> index = new HashMap<>();
        stories.forEach(story -> index.put(story, index.size()));
        double[][] sums = new double[stories.size()][3];
        table.forEachCell((line, story, shared) -> {
            double[] s = sums[index.get(story)];
            s[0] += table.precisionSum(line, shared);
            s[1] += table.recallSum(story, shared);
            s[2] += shared;
        });
        return sums;
    }

    /** Precision, recall and F1 over the drawn gold stories' articles. */
    private static double[] pooled(double[][] perStory, int[] draw) {
        double precision = 0;
        double recall = 0;
        double articles = 0;
        for (int story : draw) {
            precision += perStory[story][0];
            recall += perStory[story][1];
            articles += perStory[story][2];
        }
        precision /= articles;
        recall /= articles;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }
}
