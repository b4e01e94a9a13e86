package io.storyline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.ExtractedArticle;
import io.storyline.ingest.Extraction;
import io.storyline.ingest.HtmlPage;
import io.storyline.ingest.LoadOptions;
import io.storyline.ingest.PublicationTime;
import io.storyline.model.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Scores main-text extraction on an article-extraction benchmark folder ({@code html/<key>.html.gz} and
 * {@code ground-truth.json} mapping each key to {@code {"articleBody", "url"}}), reading every page
 * through {@link ArticleLoader} exactly as the {@code storyline} command does. The metric is the
 * benchmark's own ({@link ShingleMatch}): precision and recall from the per-page normalised counts averaged
 * over pages, F1 = 2PR/(P+R).
 */
public final class ExtractionBenchmark {

    /** One page's outcome; {@code page} is null when the loader skipped it. */
    public record PageResult(String key, ShingleMatch match, ExtractedArticle extracted, String problem) {
    }

    /**
     * The whole run.
     *
     * @param precision mean normalised TP over mean (TP + FP), the benchmark's figure
     * @param recall    mean normalised TP over mean (TP + FN)
     * @param seconds   wall time of reading and extracting (not of scoring)
     */
    public record Result(List<PageResult> pages, double precision, double recall, double seconds) {

        public Result {
            pages = List.copyOf(pages);
        }

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
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

    /**
     * Runs the benchmark.
     *
     * @param progress told (done, total) after each page
     */
    public static Result run(Path folder, BiConsumer<Integer, Integer> progress) {
        Map<String, String> truth = groundTruth(folder.resolve("ground-truth.json"));
        List<String> keys = new ArrayList<>(truth.keySet());
        keys.sort(null);
        List<String> files = keys.stream().map(k -> folder.resolve("html").resolve(k + ".html.gz").toString()).toList();
        ArticleLoader loader = new ArticleLoader(LoadOptions.defaults());
        long started = System.nanoTime();
        List<PageResult> results = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            // one page at a time, so that no two pages are ever taken for one article
            Extraction read = loader.extract(List.of(files.get(i)));
            // a page read in part (an untrusted date) still gave its article
            String problem = read.problems().stream().filter(InputProblem::skipped).map(InputProblem::problem)
                    .findFirst().orElse(null);
            ExtractedArticle article = read.articles().isEmpty() ? null : read.articles().get(0);
            String predicted = article == null ? "" : article.article().text();
            results.add(new PageResult(keys.get(i), ShingleMatch.of(truth.get(keys.get(i)), predicted), article, problem));
            progress.accept(i + 1, keys.size());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double tp = results.stream().mapToDouble(r -> r.match().tp()).average().orElse(0);
        double fp = results.stream().mapToDouble(r -> r.match().fp()).average().orElse(0);
        double fn = results.stream().mapToDouble(r -> r.match().fn()).average().orElse(0);
        return new Result(results, tp + fp == 0 ? 0 : tp / (tp + fp), tp + fn == 0 ? 0 : tp / (tp + fn), seconds);
    }

    private static Map<String, String> groundTruth(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist: expected ground-truth.json beside html/");
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<String, String> truth = new java.util.LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                truth.put(e.getKey(), e.getValue().path("articleBody").asText(""));
            }
            return truth;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
