package io.storyline.ingest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How {@link ArticleLoader} reads its inputs.
 *
 * @param fallbackDate publication date for articles whose date cannot be found (from {@code --date}); may be null
 * @param stdin        what {@code "-"} reads from
 * @param maxFileBytes files larger than this are reported and skipped, never read
 * @param listener     told after each file, for progress display
 * @param web          how URLs (given as inputs, or linked from feeds) are fetched
 * @param mergeDuplicates whether the same article reached twice (two URLs, a feed and its page, a syndicated
 *                     copy) becomes one article with all its URLs
 */
public record LoadOptions(LocalDate fallbackDate, InputStream stdin, long maxFileBytes, LoadListener listener,
                          WebOptions web, boolean mergeDuplicates) {

    /** 64 MB: far above any news article, low enough that one stray dump cannot exhaust the heap. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    public LoadOptions {
        Objects.requireNonNull(stdin, "stdin");
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        listener = listener == null ? LoadListener.NONE : listener;
        web = web == null ? WebOptions.defaults() : web;
    }

    public LoadOptions(LocalDate fallbackDate, InputStream stdin, long maxFileBytes, LoadListener listener) {
        this(fallbackDate, stdin, maxFileBytes, listener, WebOptions.defaults(), true);
    }

    /** No fallback date, {@link System#in}, 64 MB limit, no progress reports, public web addresses only. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, System.in, DEFAULT_MAX_FILE_BYTES, LoadListener.NONE);
    }

    /**
     * The defaults, but every input as given: no duplicate merging. Benchmark sets count their
     * articles as given (gold labels, references), so near-copies must stay apart there.
     */
    public static LoadOptions asGiven() {
        return defaults().withMergeDuplicates(false);
    }

    public LoadOptions withFallbackDate(LocalDate date) {
        return new LoadOptions(date, stdin, maxFileBytes, listener, web, mergeDuplicates);
    }

    public LoadOptions withStdin(InputStream in) {
        return new LoadOptions(fallbackDate, in, maxFileBytes, listener, web, mergeDuplicates);
    }

    public LoadOptions withMaxFileBytes(long bytes) {
        return new LoadOptions(fallbackDate, stdin, bytes, listener, web, mergeDuplicates);
    }

    public LoadOptions withListener(LoadListener progress) {
        return new LoadOptions(fallbackDate, stdin, maxFileBytes, progress, web, mergeDuplicates);
    }

    public LoadOptions withWeb(WebOptions fetching) {
        return new LoadOptions(fallbackDate, stdin, maxFileBytes, listener, fetching, mergeDuplicates);
    }

    public LoadOptions withMergeDuplicates(boolean merge) {
        return new LoadOptions(fallbackDate, stdin, maxFileBytes, listener, web, merge);
    }
}
