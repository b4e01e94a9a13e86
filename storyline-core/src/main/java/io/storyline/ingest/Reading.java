package io.storyline.ingest;

import io.storyline.model.InputProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a format reads into, and what it may use while reading: the load's options, the web (a feed fetches
 * the pages its items link to) and the registry (a fetched page goes to the format that reads it).
 */
final class Reading {

    private final ArticleFormats formats;
    private final LoadOptions options;
    private final List<ExtractedArticle> articles;
    private final List<InputProblem> problems;

    Reading(ArticleFormats formats, LoadOptions options, List<ExtractedArticle> articles,
            List<InputProblem> problems) {
        this.formats = formats;
        this.options = options;
        this.articles = articles;
        this.problems = problems;
    }

    /** The same reading, collecting into other lists (to look at what one part of an input gave). */
    Reading into(List<ExtractedArticle> otherArticles, List<InputProblem> otherProblems) {
        return new Reading(formats, options, otherArticles, otherProblems);
    }

    /** The publication date for articles whose date nothing else gives ({@code --date}), or null. */
    LocalDate fallbackDate() {
        return options.fallbackDate();
    }

    /** The size limit of one file, or of one page inside an archive. */
    long maxBytes() {
        return options.maxFileBytes();
    }

    void add(ExtractedArticle article) {
        articles.add(article);
    }

    void problem(String location, String problem) {
        problems.add(new InputProblem(location, problem));
    }

    /** A notice about the input at {@code location} (read, with something the reader should know). */
    void noted(String location, String notice) {
        problems.add(InputProblem.noted(location, notice));
    }

    /** The input gave its articles, but lost what {@code problem} says. */
    void readInPart(String location, String problem) {
        problems.add(InputProblem.readInPart(location, problem));
    }

    /**
     * Reads the input with the first format that recognises it; an input read by the windows-1252
     * guess, or mended ({@link TextDecoder}), gets one notice saying so (legacy pages are read, but the
     * reader should know it was a guess).
     */
    void read(Input input) throws UnusableInputException {
        try {
            formats.formatOf(input).read(input, this);
        } catch (UnusableInputException e) {
            if (input.cutShortNotice() != null) {
                // what is wrong with the part read follows from the file being cut short: say that first
                throw new UnusableInputException("is not a complete gzip file (it ends early), and the part before"
                        + " the break " + e.getMessage());
            }
            throw e;
        }
        noteHowRead(input);
    }

    /** The notice of an input read by the windows-1252 guess or mended (for inputs a format reads itself, as a WARC's pages). */
    void noteHowRead(Input input) {
        if (input.encodingNotice() != null) {
            problems.add(InputProblem.noted(input.location(), input.encodingNotice()));
        }
        if (input.cutShortNotice() != null) {
            problems.add(InputProblem.readInPart(input.location(), input.cutShortNotice()));
        }
    }

    /** Fetches every URL (several at once, a few per host), keyed by URL. */
    Map<String, PageFetcher.Outcome> fetchAll(List<String> urls) {
        return urls.isEmpty() ? Map.of() : new PageFetcher(options.web()).fetchAll(urls);
    }

    /** Reads a page fetched from {@code url}, or reports why there is none, at the URL. */
    void readFetched(String url, PageFetcher.Outcome outcome) {
        if (outcome == null || outcome.page() == null) {
            problem(url, outcome == null ? "was not fetched" : outcome.problem());
            return;
        }
        try {
            read(Input.fetched(WebPageFormat.provenance(url), url, outcome.page()));
        } catch (UnusableInputException e) {
            problem(url, e.getMessage());
        }
    }
}
