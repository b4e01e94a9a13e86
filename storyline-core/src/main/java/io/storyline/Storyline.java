package io.storyline;

import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.StoryFacts;
import io.storyline.compare.OutletComparison;
import io.storyline.compare.SentenceDisputes;
import io.storyline.model.Comparison;
import io.storyline.model.Digest;
import io.storyline.model.Source;
import io.storyline.model.Story;
import io.storyline.model.StoryDigest;
import io.storyline.model.StoryList;
import io.storyline.model.StoryUpdate;
import io.storyline.model.SummaryReport;
import io.storyline.model.Timeline;
import io.storyline.render.OutputFormat;
import io.storyline.render.RecordType;
import io.storyline.timeline.NoDatedArticlesException;
import io.storyline.timeline.TimelineBuilder;
import io.storyline.timeline.TimelineOptions;

import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.LoadListener;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.Summary;
import io.storyline.render.RenderOptions;
import io.storyline.summarize.Budget;
import io.storyline.summarize.StorySummarizer;
import io.storyline.summarize.Summarizers;
import io.storyline.summarize.SummaryOptions;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The library's front door: read articles, summarize the story they cover, render the result.
 * <pre>{@code
 * Corpus corpus = Storyline.read(Path.of("examples/harbour-bridge"));
 * Summary summary = Storyline.summarize(corpus.articles(), Budget.words(100));
 * System.out.print(Storyline.render(summary, OutputFormats.MD));
 * }</pre>
 * The pipeline work happens here and in the stages; {@code render} only formats the finished records
 * ({@link SummaryReport}, {@link Timeline}, {@link Comparison}, {@link StoryList}, {@link Digest}) in a
 * format of {@link io.storyline.render.OutputFormats}. Each stage is also usable on its own:
 * {@code io.storyline.ingest}, {@code .summarize}, {@code .render}...
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
        return summarize(articles, new SummaryOptions(budget, method));
    }

    /**
     * The summary the options ask for: the one entry {@code storyline summarize} and {@code eval summarize}
     * both call. With a focus ({@link SummaryOptions#withFocus}), the sentences are weighed towards it; when
     * none of its words is in the articles the summary is the ordinary one and its
     * {@link Summary#notice()} says so.
     */
    public static Summary summarize(List<Article> articles, SummaryOptions options) {
        return report(articles, options, null).summary();
    }

    /**
     * The summary the options ask for, with the outlets compared beside it when the format shows the
     * comparison ({@link OutputFormat#showsComparison()}; null: never). The comparison is made in any
     * case, once, on the summary's analysis: each shown sentence gets the sources that give another value
     * for one of its slots beside it, and they are not cited for it ({@link SentenceDisputes}).
     */
    public static SummaryReport report(List<Article> articles, SummaryOptions options, OutputFormat format) {
        StoryFacts story = StoryFacts.of(StoryAnalysis.of(articles)); // one graph and one Facts for both
        Summary summary = new StorySummarizer(Summarizers.byNameOrThrow(options.method()))
                .summarize(story, options.budget(), io.storyline.summarize.Focus.of(options.focus()));
        if (format != null && !format.showsCitations() && !format.showsComparison()) {
            return new SummaryReport(summary, null); // the disputes would change only what is not shown
        }
        boolean shown = format != null && format.showsComparison();
        // not shown, the comparison is needed only for its conflicts: the disputes beside the sentences
        Comparison comparison = shown ? OutletComparison.compare(story, summary.sources())
                : OutletComparison.conflicts(story, summary.sources());
        return new SummaryReport(SentenceDisputes.beside(summary, comparison), shown ? comparison : null);
    }

    /**
     * What the {@code fresh} articles add to the {@code earlier} ones, which the reader has read: the update
     * summary that {@code storyline summarize --since} and {@code eval summarize --dataset duc2007-update} both
     * make ({@link StorySummarizer#summarizeUpdate}). With nothing read, the ordinary summary of the fresh ones.
     */
    public static Summary summarizeUpdate(List<Article> earlier, List<Article> fresh, SummaryOptions options) {
        return new StorySummarizer(Summarizers.byNameOrThrow(options.method()))
                .summarizeUpdate(earlier, fresh, options.budget(), io.storyline.summarize.Focus.of(options.focus()));
    }

    /**
     * What is new in the story since {@code since}: the articles published on that day or later are new, those
     * published before and the undated ones read ({@link StoryUpdate}); the update summary of the new ones, and,
     * with {@code compare}, the facts and conflicts they bring.
     */
    public static StoryUpdate whatsNew(List<Article> articles, LocalDate since, SummaryOptions options,
                                       boolean compare) {
        List<io.storyline.model.InferredDate> inferred = io.storyline.timeline.TimelineBuilder.inferredDates(articles);
        Map<String, LocalDate> inferredDay = new java.util.HashMap<>();
        inferred.forEach(d -> inferredDay.put(d.origin(), d.date()));
        return whatsNew(articles, since, a -> {
            LocalDate day = a.published() != null ? a.published() : inferredDay.get(a.origin());
            return day != null && !day.isBefore(since);
        }, "no article is dated on or after it", options, compare, inferred);
    }

    /**
     * What is new in the story by another reckoning than the publication day: the articles {@code isNew}
     * accepts are new (the server: those that arrived after the reader's last visit), the others read;
     * {@code since} is the day the update is said to start, and {@code noneNew} how the notice says that
     * nothing is new ("no article arrived after it").
     */
    public static StoryUpdate whatsNew(List<Article> articles, LocalDate since,
                                       java.util.function.Predicate<Article> isNew, String noneNew,
                                       SummaryOptions options, boolean compare) {
        return whatsNew(articles, since, isNew, noneNew, options, compare, List.of());
    }

    private static StoryUpdate whatsNew(List<Article> articles, LocalDate since,
                                        java.util.function.Predicate<Article> isNew, String noneNew,
                                        SummaryOptions options, boolean compare,
                                        List<io.storyline.model.InferredDate> inferred) {
        java.util.Set<String> inferredOrigins = new java.util.HashSet<>();
        inferred.forEach(d -> inferredOrigins.add(d.origin()));
        List<Article> read = new java.util.ArrayList<>();
        List<Article> fresh = new java.util.ArrayList<>();
        List<Article> undated = new java.util.ArrayList<>();
        for (Article a : articles) {
            if (isNew.test(a)) {
                fresh.add(a);
            } else {
                read.add(a);
                if (a.published() == null && !inferredOrigins.contains(a.origin())) {
                    undated.add(a);
                }
            }
        }
        Summary summary = summarizeUpdate(read, fresh, options);
        if (fresh.isEmpty()) {
            summary = summary.withNotice("nothing new since " + since + ": " + noneNew + " ("
                    + read.size() + " read before" + (undated.isEmpty() ? "" : ", " + undated.size() + " undated") + ")");
        }
        Comparison comparison = null;
        if (compare && fresh.isEmpty()) {
            comparison = new Comparison(List.of(), List.of(), List.of(), List.of(), List.of());
        } else if (!fresh.isEmpty()) {
            // Disputes are placed against the whole story's comparison, as the ordinary summary's are, whether or
            // not the comparison is shown (a summary in md shows them too); the update shows the sources it
            // cites, so a dispute appears when its source is one of them.
            StoryAnalysis story = StoryAnalysis.of(articles);
            Comparison whole = compare ? OutletComparison.compare(story, summary.sources())
                    : OutletComparison.conflicts(StoryFacts.of(story), summary.sources());
            summary = SentenceDisputes.beside(summary, whole);
            if (compare) {
                // only what no earlier article reports, by the test the summary cites by
                comparison = io.storyline.compare.NewFacts.of(story, whole,
                        fresh.stream().map(Article::id).collect(java.util.stream.Collectors.toSet()));
            }
        }
        return new StoryUpdate(since, read, fresh, undated, summary, comparison, inferred);
    }

    /**
     * The update as a document: titled "What's new since DAY: headline" when some articles were read before
     * (with none read, it is the ordinary summary and titled as one), with the new facts and conflicts when it
     * has them.
     */
    public static String render(StoryUpdate update, OutputFormat format) {
        SummaryReport report = new SummaryReport(update.summary(), update.comparison());
        String headline = title(update.fresh());
        String title = update.read().isEmpty() ? headline
                : "What's new since " + update.since() + (headline == null ? "" : ": " + headline);
        return render(report, format, title);
    }

    /** The summary alone as a document in the given format, titled with the story's headline. */
    public static String render(Summary summary, OutputFormat format) {
        return render(SummaryReport.of(summary), format);
    }

    /**
     * The summary, with the outlets compared beside it when the format shows the comparison
     * ({@link OutputFormat#showsComparison()}); otherwise the comparison is not made.
     */
    public static SummaryReport report(List<Article> articles, Summary summary, OutputFormat format) {
        return new SummaryReport(summary, format.showsComparison() ? compare(articles, summary) : null);
    }

    /**
     * The summary (and the comparison, if the report has one) as a document, titled with the headline of its first
     * source; with the articles at hand, {@link #render(SummaryReport, OutputFormat, String)} with
     * {@link #title(List)} titles it as every command titles the story.
     */
    public static String render(SummaryReport report, OutputFormat format) {
        return render(report, format, headline(report.summary()));
    }

    /** The summary (and the comparison, if the report has one) as a document with the given title (null: none). */
    public static String render(SummaryReport report, OutputFormat format, String title) {
        return format.render(RecordType.SUMMARY, report, RenderOptions.defaults().withTitle(title));
    }

    /**
     * The title of the story the articles tell: the headline of its most representative article, as {@code cluster}
     * and {@code digest} label a story; null when no article has a headline. {@code summarize}, {@code timeline}
     * and {@code compare} title their documents with it, so one story has one title whatever is made of it (the
     * headline of each document's first source differed: a summary's first citation is not a timeline's).
     */
    public static String title(List<Article> articles) {
        return io.storyline.cluster.StoryClusterer.headline(articles).orElse(null);
    }

    /**
     * Groups articles into stories (see {@link io.storyline.cluster.StoryStream} for how). A story's span also
     * takes in the days its undated articles are dated from their text, as its timeline dates them ({@link
     * #inferredDays}).
     */
    public static io.storyline.cluster.Clustering cluster(List<Article> articles) {
        return new io.storyline.cluster.StoryClusterer(io.storyline.cluster.ClusterSettings.defaults(),
                io.storyline.cluster.StorylineSettings.defaults(), inferredDays()).cluster(articles);
    }

    /**
     * The days a story's undated articles are given from their text beside its dated ones ({@link
     * TimelineBuilder#inferredDates}), the days the story's timeline puts them on: every story span takes them
     * in ({@link io.storyline.cluster.StorySpan}), so that a span and its timeline agree, whether the stories
     * come from {@code cluster}, {@code digest}, {@code serve} or the Spark job.
     */
    public static io.storyline.cluster.InferredDays inferredDays() {
        return story -> TimelineBuilder.inferredDates(story).stream().map(io.storyline.model.InferredDate::date).toList();
    }

    /** The stories as a document in the given format (as {@code storyline cluster} prints them). */
    public static String render(StoryList stories, OutputFormat format) {
        return format.render(RecordType.STORIES, stories, RenderOptions.defaults());
    }

    /**
     * Clusters the articles into stories and summarizes, with the default method, every story that
     * more than one article reports; the digests come biggest and newest first. Each story also gets
     * its timeline when its articles span several days, and the comparison of its outlets when more
     * than one outlet tells it.
     */
    public static Digest digest(List<Article> articles, Budget budget) {
        io.storyline.cluster.Clustering clustering = cluster(articles);
        StorySummarizer summarizer = new StorySummarizer(Summarizers.byNameOrThrow(Summarizers.DEFAULT));
        List<StoryDigest> digests = new java.util.ArrayList<>();
        for (Story story : clustering.biggestAndNewestFirst()) {
            if (story.size() >= 2) {
                List<Article> members = clustering.articlesOf(story);
                StoryFacts analysis = StoryFacts.of(StoryAnalysis.of(members));
                Summary summary = summarizer.summarize(analysis, budget, null);
                Comparison comparison = OutletComparison.compare(analysis, summary.sources());
                Timeline timeline = digestTimeline(story, members, summary);
                digests.add(new StoryDigest(story, members, SentenceDisputes.beside(summary, comparison),
                        timeline == null ? null : SentenceDisputes.beside(timeline, comparison),
                        comparison.outletCount() > 1 ? comparison : null));
            }
        }
        return new Digest(digests, clustering.stories(), articles.size(), clustering.storylines(),
                clustering.articles(), Map.of());
    }

    /**
     * A digest story's timeline, of the default size, its sources numbered as the summary's; none for
     * a story of one day or undated.
     */
    private static Timeline digestTimeline(Story story, List<Article> members, Summary summary) {
        if (story.first() == null || story.last() == null || !story.last().isAfter(story.first())) {
            return null; // one day, or undated: nothing to put on a time axis
        }
        try {
            return io.storyline.analyze.SourceNumbering.renumbered(
                    new TimelineBuilder(TimelineOptions.defaults()).build(members), summary.sources());
        } catch (NoDatedArticlesException undated) {
            return null;
        }
    }

    /** The digest as a document in the given format. */
    public static String render(Digest digest, OutputFormat format) {
        return format.render(RecordType.DIGEST, digest, RenderOptions.defaults());
    }

    /** How the articles' outlets compare: entities, quotes, facts each carries, conflicts. */
    public static Comparison compare(List<Article> articles) {
        return OutletComparison.compare(articles);
    }

    /** The comparison numbered like the summary's sources, so both cite the same numbers. */
    public static Comparison compare(List<Article> articles, Summary summary) {
        return OutletComparison.compare(articles, summary.sources());
    }

    /** The comparison alone, titled with its first source's headline (see {@link #title(List)} for the story's). */
    public static String render(Comparison comparison, OutputFormat format) {
        return render(comparison, format, firstHeadline(comparison.sources()));
    }

    /** The comparison alone, as {@code storyline compare} prints it, with the given title (null: none). */
    public static String render(Comparison comparison, OutputFormat format, String title) {
        return format.render(RecordType.COMPARISON, comparison, RenderOptions.defaults().withTitle(title));
    }

    /**
     * The timeline of the story the articles cover: key dates, oldest first, each with cited sentences
     * and, beside each, the sources the comparison finds giving another value for one of its slots.
     *
     * @throws io.storyline.timeline.NoDatedArticlesException when no article has a publication date
     */
    public static Timeline timeline(List<Article> articles, TimelineOptions options) {
        Timeline timeline = new TimelineBuilder(options).build(articles);
        return SentenceDisputes.beside(timeline, OutletComparison.conflicts(articles, timeline.sources()));
    }

    /** The timeline as a document, titled with its first source's headline (see {@link #title(List)} for the story's). */
    public static String render(Timeline timeline, OutputFormat format) {
        return render(timeline, format, firstHeadline(timeline.sources()));
    }

    /** The timeline as a document, as {@code storyline timeline} prints it, with the given title (null: none). */
    public static String render(Timeline timeline, OutputFormat format, String title) {
        return format.render(RecordType.TIMELINE, timeline, RenderOptions.defaults().withTitle(title));
    }

    /** The headline of the first cited source that has one: the story's most reported angle. */
    static String headline(Summary summary) {
        return firstHeadline(summary.sources());
    }

    private static String firstHeadline(List<Source> sources) {
        return sources.stream().map(Source::title).filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
    }
}
