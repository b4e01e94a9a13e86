package io.storyline;

import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.LoadListener;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.Summary;
import io.storyline.render.Format;
import io.storyline.render.RenderOptions;
import io.storyline.summarize.Budget;
import io.storyline.summarize.StorySummarizer;
import io.storyline.summarize.Summarizers;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The library's front door: read articles, summarize the story they cover, render the result.
 * <pre>{@code
 * Corpus corpus = Storyline.read(Path.of("examples/harbour-bridge"));
 * Summary summary = Storyline.summarize(corpus.articles(), Budget.words(100));
 * System.out.print(Storyline.render(summary, Format.MD));
 * }</pre>
 * Each stage is also usable on its own: {@code io.storyline.ingest}, {@code .summarize},
 * {@code .render}.
 */
public final class Storyline {

    private Storyline() {
    }

    /** Reads files and folders (recursively); unreadable inputs are listed in the corpus, not thrown. */
    public static Corpus read(Path... paths) {
        return read(java.util.Arrays.stream(paths).map(Path::toString).toList(), null, System.in,
                LoadListener.NONE);
    }

    /**
     * Reads the inputs as the command line does: {@code "-"} reads one article from {@code stdin};
     * {@code fallbackDate} dates the articles whose date is not known otherwise (may be null).
     */
    public static Corpus read(List<String> inputs, LocalDate fallbackDate, InputStream stdin,
                              LoadListener listener) {
        LoadOptions options = LoadOptions.defaults().withFallbackDate(fallbackDate).withStdin(stdin)
                .withListener(listener);
        return new ArticleLoader(options).load(inputs);
    }

    /** Reads the inputs (files, folders, {@code "-"}, http(s) URLs) with the given options. */
    public static Corpus read(List<String> inputs, LoadOptions options) {
        return new ArticleLoader(options).load(inputs);
    }

    /** The default method's summary of the story the articles cover. */
    public static Summary summarize(List<Article> articles, Budget budget) {
        return summarize(articles, budget, Summarizers.DEFAULT);
    }

    /** The summary by the named method ({@link Summarizers#names()}). */
    public static Summary summarize(List<Article> articles, Budget budget, String method) {
        return new StorySummarizer(Summarizers.byNameOrThrow(method)).summarize(articles, budget);
    }

    /** The summary as a document in the given format, titled with the story's headline. */
    public static String render(Summary summary, Format format) {
        return format.renderer(RenderOptions.defaults().withTitle(headline(summary))).render(summary);
    }

    /** The headline of the first cited source that has one: the story's most reported angle. */
    static String headline(Summary summary) {
        return summary.sources().stream()
                .map(io.storyline.model.Source::title)
                .filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(null);
    }
}
