package io.storyline.spark;

import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Corpus;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the job's inputs through Hadoop's file systems (local, {@code hdfs://}, {@code s3a://}...)
 * and turns every file into articles with the core's {@link ArticleLoader}, so the job reads exactly
 * the formats, ids, dates and repairs the CLI does. The driver only lists files; executors read
 * them. Whole files go through {@link ArticleLoader#read(java.nio.file.Path, java.nio.file.Path, byte[])};
 * JSON Lines files too big to read whole are split by lines across executors and each line goes
 * through {@link ArticleLoader#readJsonLine}. A format the core learns to read (WARC, feeds) is
 * read here with no change, as long as it fits in one file's bytes.
 */
final class ArticleSource {

    /** What the read gave: articles (ids made unique as the CLI does) and inputs skipped. */
    record Read(JavaRDD<ArticleRow> articles, JavaRDD<ProblemRow> problems) {
    }

    /** One file to read: its URI, its path (for names, dates and ids), and the input root it is under. */
    record Entry(String uri, String path, String root, long size) implements Serializable {
    }

    private ArticleSource() {
    }

    static Read read(JavaSparkContext spark, JobSettings settings) {
        Configuration hadoop = spark.hadoopConfiguration();
        List<Entry> whole = new ArrayList<>();
        List<Entry> split = new ArrayList<>();
        List<ProblemRow> listing = new ArrayList<>();
        for (String input : settings.inputs()) {
            list(input, hadoop, settings, whole, split, listing);
        }
        Map<String, String> conf = new HashMap<>();
        hadoop.forEach(entry -> conf.put(entry.getKey(), entry.getValue()));
        JobSettings job = settings;
        int slices = Math.max(1, Math.min(whole.size(), spark.defaultParallelism() * 4));
        JavaRDD<Corpus> corpora = spark.parallelize(whole, slices)
                .mapPartitions(entries -> readWhole(entries, conf, job));
        for (Entry big : split) {
            corpora = corpora.union(spark.textFile(big.uri()).zipWithIndex().mapPartitions(lines -> {
                ArticleLoader loader = loader(job);
                java.nio.file.Path path = java.nio.file.Path.of(big.path());
                java.nio.file.Path root = java.nio.file.Path.of(big.root());
                List<Corpus> out = new ArrayList<>();
                while (lines.hasNext()) {
                    Tuple2<String, Long> line = lines.next();
                    String text = line._2() == 0 && line._1().startsWith("\uFEFF") ? line._1().substring(1) : line._1();
                    out.add(loader.readJsonLine(path, root, line._2() + 1, text));
                }
                return out.iterator();
            }));
        }
        // read once: ids, articles and problems below all come from this
        JavaRDD<Tuple2<List<ArticleRow>, List<ProblemRow>>> read = corpora.map(c -> new Tuple2<>(
                c.articles().stream().map(ArticleRow::of).toList(), c.problems().stream().map(ProblemRow::of).toList()))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<ProblemRow> problems = read.flatMap(c -> c._2().iterator()).union(spark.parallelize(listing, 1));
        JavaRDD<ArticleRow> articles = uniqueIds(read.flatMap(c -> c._1().iterator()));
        return new Read(articles, problems);
    }

    private static ArticleLoader loader(JobSettings settings) {
        return new ArticleLoader(LoadOptions.defaults().withFallbackDate(settings.fallbackDate())
                .withMaxFileBytes(settings.maxFileBytes()));
    }

    private static void list(String input, Configuration hadoop, JobSettings settings, List<Entry> whole,
                             List<Entry> split, List<ProblemRow> problems) {
        Path path = new Path(input);
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (java.io.FileNotFoundException missing) {
                problems.add(ProblemRow.skipped(input, "does not exist"));
                return;
            }
            Path qualified = status.getPath();
            if (!status.isDirectory()) {
                add(status, qualified.getParent(), settings, whole, split);
                return;
            }
            int before = whole.size() + split.size();
            List<FileStatus> files = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
            while (it.hasNext()) {
                LocatedFileStatus file = it.next();
                if (!hidden(qualified, file.getPath())) {
                    files.add(file);
                }
            }
            files.sort(Comparator.comparing(f -> f.getPath().toString()));
            for (FileStatus file : files) {
                add(file, qualified, settings, whole, split);
            }
            if (whole.size() + split.size() == before) {
                problems.add(ProblemRow.skipped(input, "is a folder with no files in it"));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(ProblemRow.skipped(input, "cannot be read: " + e.getMessage()));
        }
    }

    private static void add(FileStatus file, Path root, JobSettings settings, List<Entry> whole, List<Entry> split) {
        String name = file.getPath().getName().toLowerCase(Locale.ROOT);
        Entry entry = new Entry(file.getPath().toString(), file.getPath().toUri().getPath(),
                root.toUri().getPath(), file.getLen());
        boolean lines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
        (lines && file.getLen() > settings.splitJsonlBytes() ? split : whole).add(entry);
    }

    /** Hidden as the CLI sees it: a file or folder below the root whose name starts with a dot. */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (p.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Iterator<Corpus> readWhole(Iterator<Entry> entries, Map<String, String> conf, JobSettings job)
            throws IOException {
        Configuration hadoop = new Configuration(false);
        conf.forEach(hadoop::set);
        ArticleLoader loader = loader(job);
        List<Corpus> out = new ArrayList<>();
        while (entries.hasNext()) {
            Entry entry = entries.next();
            java.nio.file.Path path = java.nio.file.Path.of(entry.path());
            if (entry.size() > job.maxFileBytes()) {
                out.add(new Corpus(List.of(), List.of(new io.storyline.model.InputProblem(entry.path(),
                        "is too large (" + megabytes(entry.size()) + "; the limit is "
                                + megabytes(job.maxFileBytes()) + ")"))));
                continue;
            }
            byte[] bytes;
            Path file = new Path(entry.uri());
            try (FSDataInputStream in = file.getFileSystem(hadoop).open(file)) {
                bytes = in.readNBytes((int) entry.size());
            } catch (IOException e) {
                out.add(new Corpus(List.of(), List.of(new io.storyline.model.InputProblem(entry.path(),
                        "cannot be read: " + e.getMessage()))));
                continue;
            }
            out.add(loader.read(path, java.nio.file.Path.of(entry.root()), bytes));
        }
        return out.iterator();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /**
     * Ids unique across the corpus, as the CLI makes them: a repeated id gets {@code -2}, {@code -3}...
     * in the order the CLI would have read the articles (by origin: file, then line). Only the
     * repeated ids are shuffled with their articles.
     */
    static JavaRDD<ArticleRow> uniqueIds(JavaRDD<ArticleRow> articles) {
        List<String> repeated = articles.mapToPair(a -> new Tuple2<>(a.id(), 1L)).reduceByKey(Long::sum)
                .filter(pair -> pair._2() > 1).keys().collect();
        if (repeated.isEmpty()) {
            return articles;
        }
        java.util.Set<String> ids = new java.util.HashSet<>(repeated);
        JavaRDD<ArticleRow> unique = articles.filter(a -> !ids.contains(a.id()));
        JavaRDD<ArticleRow> renamed = articles.filter(a -> ids.contains(a.id()))
                .groupBy(ArticleRow::id)
                .flatMap(group -> {
                    List<ArticleRow> same = new ArrayList<>();
                    group._2().forEach(same::add);
                    same.sort(Comparator.comparing(ArticleRow::origin, ArticleSource::compareOrigins));
                    List<ArticleRow> out = new ArrayList<>();
                    for (int i = 0; i < same.size(); i++) {
                        out.add(i == 0 ? same.get(i) : same.get(i).withId(same.get(i).id() + "-" + (i + 1)));
                    }
                    return out.iterator();
                });
        return unique.union(renamed);
    }

    /** Origins as the CLI reads them: by file, then by line number ({@code file:12} before {@code file:100}). */
    static int compareOrigins(String a, String b) {
        int ca = a.lastIndexOf(':');
        int cb = b.lastIndexOf(':');
        if (ca > 0 && cb > 0 && a.substring(0, ca).equals(b.substring(0, cb))) {
            try {
                return Long.compare(Long.parseLong(a.substring(ca + 1)), Long.parseLong(b.substring(cb + 1)));
            } catch (NumberFormatException notLines) {
                return a.compareTo(b);
            }
        }
        return a.compareTo(b);
    }
}
