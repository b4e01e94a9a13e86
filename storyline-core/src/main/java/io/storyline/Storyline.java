package io.storyline;

import io.storyline.compare.OutletComparison;
import io.storyline.model.Comparison;
import io.storyline.render.ComparisonRenderer;

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

    /** Groups articles into stories (see {@link io.storyline.cluster.StoryStream} for how). */
    public static io.storyline.cluster.Clustering cluster(List<Article> articles) {
        return new io.storyline.cluster.StoryClusterer().cluster(articles);
    }

    /**
     * Clusters the articles into stories and summarizes, with the default method, every story that
     * more than one article reports; the digests come biggest and newest first.
     */
    public static io.storyline.model.Digest digest(List<Article> articles, Budget budget) {
        io.storyline.cluster.Clustering clustering = cluster(articles);
        StorySummarizer summarizer = new StorySummarizer(Summarizers.byNameOrThrow(Summarizers.DEFAULT));
        List<io.storyline.model.StoryDigest> digests = new java.util.ArrayList<>();
        for (io.storyline.model.Story story : clustering.biggestAndNewestFirst()) {
            if (story.size() >= 2) {
                List<Article> members = clustering.articlesOf(story);
                digests.add(new io.storyline.model.StoryDigest(story, members, summarizer.summarize(members, budget)));
            }
        }
        return new io.storyline.model.Digest(digests, clustering.stories(), articles.size());
    }

    /** How the articles' outlets compare: entities, quotes, facts each carries, conflicts. */
    public static Comparison compare(List<Article> articles) {
        return OutletComparison.compare(articles);
    }

    /** The comparison numbered like the summary's sources, so both cite the same numbers. */
    public static Comparison compare(List<Article> articles, Summary summary) {
        return OutletComparison.compare(articles, summary.sources());
    }

    /**
     * The summary with the comparison beside it: JSON and HTML include entities, quotes, facts by
     * outlet and conflicts; Markdown and text show the summary alone.
     */
    public static String render(Summary summary, Comparison comparison, Format format) {
        RenderOptions options = RenderOptions.defaults().withTitle(headline(summary));
        if (format == Format.JSON || format == Format.HTML) {
            options = options.withComparison(comparison);
        }
        return format.renderer(options).render(summary);
    }

    /** The comparison alone, as {@code storyline compare} prints it. */
    public static String render(Comparison comparison, Format format) {
        String title = comparison.sources().stream().map(io.storyline.model.Source::title)
                .filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
        return new ComparisonRenderer(format, RenderOptions.defaults().withTitle(title)).render(comparison);
    }

    /**
     * The timeline of the story the articles cover: key dates, oldest first, each with cited sentences.
     *
     * @throws io.storyline.timeline.NoDatedArticlesException when no article has a publication date
     */
    public static io.storyline.model.Timeline timeline(List<Article> articles,
                                                       io.storyline.timeline.TimelineOptions options) {
        return new io.storyline.timeline.TimelineBuilder(options).build(articles);
    }

    /** The timeline as a document in the given format, titled with its first source's headline. */
    public static String render(io.storyline.model.Timeline timeline, io.storyline.render.TimelineFormat format) {
        String title = timeline.sources().stream().map(io.storyline.model.Source::title)
                .filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
        return format.render(timeline, RenderOptions.defaults().withTitle(title));
    }

    /** The headline of the first cited source that has one: the story's most reported angle. */
    static String headline(Summary summary) {
        return summary.sources().stream()
                .map(io.storyline.model.Source::title)
                .filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(null);
    }
}
