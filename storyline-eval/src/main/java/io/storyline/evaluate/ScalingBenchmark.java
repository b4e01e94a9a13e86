package io.storyline.evaluate;

import io.storyline.Storyline;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Corpus;
import io.storyline.render.OutputFormats;
import io.storyline.summarize.Budget;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Times the path of {@code storyline summarize} (read, repair, analyse, summarize, render) on inputs that
 * double in size, to show whether a stage grows faster than its input: scraped text of one word a line,
 * HTML of nested {@code <div>}s, one huge plain-text article, and a folder of many articles. For each
 * size it prints the time, the time per unit, the peak heap and the ratio to the time of half the size
 * (2.0 is linear, 4.0 quadratic), then the exponent fitted over all sizes. Inputs are generated into a
 * temporary folder and deleted afterwards.
 *
 * <pre>java -cp storyline-eval/target/storyline.jar io.storyline.evaluate.ScalingBenchmark
 *     [--steps N] [--limit SECONDS] [lines|divs|article|articles ...]</pre>
 *
 * A workload stops growing once one size takes longer than the limit (60 s by default).
 */
public final class ScalingBenchmark {

    private static final String[] SYLLABLES = {"ba", "ker", "lo", "mi", "tan", "ver", "so", "ra", "den", "qui",
            "pel", "mar", "cos", "ti", "lun", "dor", "ae", "vik", "sha", "nel"};
    private static final String[] COMMON = ("the of and to in a that for on was with is by as at from his it an were "
            + "are which this be has have had but not their after they who been its government police officials "
            + "people would year two also more over new first last city minister week told about when could three")
            .split(" ");
    private static final String[] VERBS = {"said", "told reporters", "announced", "warned", "confirmed", "added"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    /** One kind of input: its name, the unit it grows by, its smallest size, and how to write it. */
    private record Workload(String name, String unit, long base, Writer writer) {
    }

    @FunctionalInterface
    private interface Writer {
        /** Writes an input of {@code size} units under {@code dir} and returns the path to summarize. */
        Path write(Path dir, long size) throws IOException;
    }

    private record Row(long size, double seconds, long peakHeap) {
    }

    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int steps = 5;
        double limit = 60;
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Double.parseDouble(args[++i]);
                default -> chosen.add(args[i]);
            }
        }
        List<Workload> workloads = List.of(
                new Workload("lines", "line", 100_000, ScalingBenchmark::oneWordLines),
                new Workload("divs", "level", 10_000, ScalingBenchmark::nestedDivs),
                new Workload("article", "KB", 512, ScalingBenchmark::hugeArticle),
                new Workload("articles", "article", 50, ScalingBenchmark::manyArticles));
        Path dir = Files.createTempDirectory("storyline-scaling-");
        try {
            for (Workload workload : workloads) {
                if (chosen.isEmpty() || chosen.contains(workload.name())) {
                    run(workload, dir, steps, limit);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(Workload workload, Path dir, int steps, double limit) throws IOException {
        System.out.printf(Locale.ROOT, "%n%s%n%12s %10s %14s %12s %8s%n", workload.name(), "size (" + workload.unit() + ")",
                "time (s)", "µs per " + workload.unit(), "peak heap MB", "ratio");
        Path warmUp = workload.writer().write(dir.resolve(workload.name() + "-warm-up"), workload.base() / 4);
        measure(warmUp, workload.base() / 4); // loads the classes and models and lets the JIT compile first
        deleteTree(warmUp);
        List<Row> rows = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            long size = workload.base() << step;
            Path input = workload.writer().write(dir.resolve(workload.name() + "-" + size), size);
            Row row = measure(input, size);
            rows.add(row);
            String ratio = rows.size() < 2 ? "" : String.format(Locale.ROOT, "%.2f",
                    row.seconds() / rows.get(rows.size() - 2).seconds());
            System.out.printf(Locale.ROOT, "%12d %10.2f %14.2f %12d %8s%n", size, row.seconds(),
                    row.seconds() * 1e6 / size, row.peakHeap() >> 20, ratio);
            deleteTree(input);
            if (row.seconds() > limit) {
                System.out.printf(Locale.ROOT, "(stopped: over the %.0f s limit)%n", limit);
                break;
            }
        }
        if (rows.size() >= 2) {
            System.out.printf(Locale.ROOT, "time grows as size^%.2f (1.00 is linear, 2.00 quadratic)%n", exponent(rows));
        }
    }

    /** One run of what {@code storyline summarize PATH} does, timed, with the heap's peak during it. */
    private static Row measure(Path input, long size) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Corpus corpus = Storyline.read(List.of(input.toString()), LoadOptions.defaults());
        String rendered = corpus.articles().isEmpty() ? ""
                : Storyline.render(Storyline.summarize(corpus.articles(), Budget.words(100), "coverage"), OutputFormats.MD);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (rendered.isEmpty() && corpus.articles().isEmpty()) {
            System.out.println("(no article read: " + corpus.problems() + ")");
        }
        return new Row(size, seconds, peak);
    }

    /** Least-squares slope of log time over log size. */
    private static double exponent(List<Row> rows) {
        double n = rows.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Row r : rows) {
            double x = Math.log(r.size());
            double y = Math.log(Math.max(r.seconds(), 1e-6));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static Path oneWordLines(Path file, long lines) throws IOException {
        Path path = file.resolveSibling(file.getFileName() + ".txt");
        Random random = new Random(1);
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            for (long i = 0; i < lines; i++) {
                out.write(COMMON[random.nextInt(COMMON.length)]);
                out.write('\n');
            }
        }
        return path;
    }

    private static Path nestedDivs(Path file, long depth) throws IOException {
        Path path = file.resolveSibling(file.getFileName() + ".html");
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            out.write("<html><head><title>Harbour bridge to reopen</title></head><body>");
            for (long i = 0; i < depth; i++) {
                out.write("<div>");
            }
            out.write("<p>" + "The council said the harbour bridge would reopen on Monday after repairs. ".repeat(3)
                    + "</p>");
            for (long i = 0; i < depth; i++) {
                out.write("</div>");
            }
            out.write("</body></html>");
        }
        return path;
    }

    private static Path hugeArticle(Path file, long kilobytes) throws IOException {
        Path path = file.resolveSibling(file.getFileName() + ".txt");
        News news = new News(new Random(7)); // one seed: every size opens with the same text
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            out.write("Harbour bridge repairs to take months, officials say\n\n");
            for (long written = 0; written < kilobytes * 1024; ) {
                String paragraph = news.paragraph() + "\n\n";
                out.write(paragraph);
                written += paragraph.length();
            }
        }
        return path;
    }

    private static Path manyArticles(Path folder, long articles) throws IOException {
        Files.createDirectories(folder);
        News news = new News(new Random(7));
        for (long a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder("Harbour bridge repairs to take months\n\n");
            for (int p = 0; p < 6; p++) {
                text.append(news.paragraph()).append("\n\n");
            }
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "%05d.txt", a)), text);
        }
        return folder;
    }

    /** Sentences of news-like copy over a vocabulary of invented words, a few common, most rare. */
    private static final class News {
        private final Random random;
        private final String[] vocabulary = new String[20_000];
        private final String[] names = new String[1_000];

        News(Random random) {
            this.random = random;
            for (int i = 0; i < vocabulary.length; i++) {
                vocabulary[i] = word();
            }
            for (int i = 0; i < names.length; i++) {
                names[i] = capitalised(word()) + " " + capitalised(word());
            }
        }

        String paragraph() {
            StringBuilder p = new StringBuilder();
            for (int s = 2 + random.nextInt(4); s > 0; s--) {
                p.append(p.length() == 0 ? "" : " ").append(sentence());
            }
            return p.toString();
        }

        private String sentence() {
            String name = names[random.nextInt(names.length)];
            return switch (random.nextInt(3)) {
                case 0 -> name + " " + VERBS[random.nextInt(VERBS.length)] + " on " + DAYS[random.nextInt(DAYS.length)]
                        + " that " + phrase(6 + random.nextInt(12)) + ".";
                case 1 -> "\"" + capitalised(phrase(5 + random.nextInt(10))) + ",\" " + name + " said.";
                default -> capitalised(phrase(10 + random.nextInt(15))) + " by " + (2 + random.nextInt(90)) + " percent.";
            };
        }

        private String phrase(int words) {
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < words; i++) {
                // about half the words common; the rest drawn with a Zipf-like skew towards the first ones
                String w = random.nextBoolean() ? COMMON[random.nextInt(COMMON.length)]
                        : vocabulary[(int) Math.min(vocabulary.length - 1, Math.exp(random.nextDouble() * Math.log(vocabulary.length)))];
                p.append(i == 0 ? "" : " ").append(w);
            }
            return p.toString();
        }

        private String word() {
            StringBuilder w = new StringBuilder();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            return w.toString();
        }

        private static String capitalised(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
