package io.storyline.evaluate;

import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.ExtractedArticle;
import io.storyline.ingest.Extraction;
import io.storyline.ingest.HtmlPage;
import io.storyline.ingest.LoadOptions;
import io.storyline.ingest.PublicationTime;
import io.storyline.model.InputProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Scores main-text extraction on one of the {@link ExtractionDataset}s, reading every page through
 * {@link ArticleLoader} exactly as the {@code storyline} command does, one page at a time (so that no two
 * pages are ever taken for one article). Each set keeps its own metric; over the pages, precision is
 * {@code sum TP / sum (TP + FP)}, recall {@code sum TP / sum (TP + FN)}, F1 their harmonic mean (see
 * {@link PageScore}).
 */
public final class ExtractionBenchmark {

    /** One page's outcome; {@code extracted} is null and {@code problem} says why when the loader skipped it. */
    public record PageResult(String key, PageScore score, ExtractedArticle extracted, String problem) {
    }

    /**
     * The whole run.
     *
     * @param seconds    wall time of reading and extracting (not of scoring)
     * @param cpuSeconds the processor time the reading thread spent on the same: what a page costs however
     *                   busy the machine is with other work
     */
    public record Result(ExtractionDataset dataset, List<PageResult> pages, double seconds, double cpuSeconds) {

        public Result {
            pages = List.copyOf(pages);
        }

        /** Precision over all pages. */
        public double precision() {
            double tp = sum(PageScore::tp);
            double fp = sum(PageScore::fp);
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        /** Recall over all pages. */
        public double recall() {
            double tp = sum(PageScore::tp);
            double fn = sum(PageScore::fn);
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }

        public double f1() {
            double precision = precision();
            double recall = recall();
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        /** (TP + TN) over all counts: meaningful for the snippet metric only ({@link ExtractionDataset#hasAccuracy}). */
        public double accuracy() {
            double all = sum(PageScore::tp) + sum(PageScore::tn) + sum(PageScore::fp) + sum(PageScore::fn);
            return all == 0 ? 0 : (sum(PageScore::tp) + sum(PageScore::tn)) / all;
        }

        /** Pages the loader skipped (no article found, or an input problem). */
        public long skipped() {
            return pages.stream().filter(p -> p.problem() != null).count();
        }

        private double sum(java.util.function.ToDoubleFunction<PageScore> count) {
            return pages.stream().mapToDouble(p -> count.applyAsDouble(p.score())).sum();
        }

        /** Pages whose article had a publication time of each kind (several kinds may count for one page). */
        public Map<PublicationTime.Source, Integer> dateSources() {
            Map<PublicationTime.Source, Integer> counts = new EnumMap<>(PublicationTime.Source.class);
            for (PublicationTime.Source s : PublicationTime.Source.values()) {
                counts.put(s, (int) pages.stream().filter(p -> page(p) != null
                        && page(p).datesFound().stream().anyMatch(d -> d.source() == s)).count());
            }
            return counts;
        }

        /** Pages whose outlet came from each kind of source. */
        public Map<HtmlPage.OutletSource, Integer> outletSources() {
            Map<HtmlPage.OutletSource, Integer> counts = new EnumMap<>(HtmlPage.OutletSource.class);
            for (HtmlPage.OutletSource s : HtmlPage.OutletSource.values()) {
                counts.put(s, (int) pages.stream().filter(p -> page(p) != null && page(p).outletFrom() == s).count());
            }
            return counts;
        }

        /** Pages where a field was found at all: title, byline, canonical URL, publication time. */
        public Map<String, Integer> fieldsFound() {
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            counts.put("title", count(p -> p.title() != null));
            counts.put("byline", count(p -> p.byline() != null));
            counts.put("outlet", count(p -> p.outlet() != null));
            counts.put("canonical URL", count(p -> p.url() != null));
            counts.put("publication time", count(p -> !p.datesFound().isEmpty()));
            return counts;
        }

        private int count(java.util.function.Predicate<HtmlPage> test) {
            return (int) pages.stream().filter(p -> page(p) != null && test.test(page(p))).count();
        }

        private static HtmlPage page(PageResult p) {
            return p.extracted() == null ? null : p.extracted().page();
        }
    }

    private ExtractionBenchmark() {
    }

    /** Runs the article-extraction benchmark (the {@link ExtractionDataset#SCRAPINGHUB} set) in {@code folder}. */
    public static Result run(Path folder, BiConsumer<Integer, Integer> progress) {
        return run(ExtractionDataset.SCRAPINGHUB, folder, progress);
    }

    /**
     * Runs one data set.
     *
     * @param progress told (done, total) after each page
     */
    public static Result run(ExtractionDataset dataset, Path folder, BiConsumer<Integer, Integer> progress) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        List<ExtractionDataset.Page> pages = dataset.pages(folder);
        ArticleLoader loader = new ArticleLoader(LoadOptions.defaults());
        List<PageResult> results = new ArrayList<>();
        long spent = 0;
        long cpu = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < pages.size(); i++) {
            ExtractionDataset.Page page = pages.get(i);
            long started = System.nanoTime();
            long startedCpu = threads.getCurrentThreadCpuTime();
            Extraction read = loader.extract(List.of(page.file().toString()));
            cpu += threads.getCurrentThreadCpuTime() - startedCpu;
            spent += System.nanoTime() - started;
            // a page read in part (an untrusted date) still gave its article
            String problem = read.problems().stream().filter(InputProblem::skipped).map(InputProblem::problem)
                    .findFirst().orElse(null);
            ExtractedArticle article = read.articles().isEmpty() ? null : read.articles().get(0);
            String predicted = article == null ? "" : article.article().text();
            results.add(new PageResult(page.key(), page.score(dataset, predicted), article, problem));
            progress.accept(i + 1, pages.size());
        }
        return new Result(dataset, results, spent / 1e9, cpu / 1e9);
    }
}
