package io.storyline.ingest;

import io.storyline.model.InputProblem;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What following a source needs from ingest: a conditional fetch of the feed or sitemap (the status, body and
 * validators, a 304 or 429 being an answer rather than a failure), its entries read, and one entry read into
 * its article: the entry's own full text, else its page through the same fetcher (so the per-host limit holds
 * across every source), else the entry's own shorter text when the page fails. Every fetch is checked as
 * {@link WebOptions} says (public addresses only unless allowed, timeout, size cap, redirects).
 *
 * <p>Articles read from a page are named after the page's address and those read from the feed's text after
 * the entry's link (else its guid), so the same entry read twice is the same article id.
 */
public final class SourceFetcher {

    /** The final answer to a request (after redirects): its status; a body only for a 200. */
    public record Answer(int status, String url, byte[] body, String mediaType, Map<String, List<String>> headers) {

        public Answer {
            headers = Map.copyOf(headers);
        }

        /** The first value of a response header (names are case-insensitive), if sent. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /**
     * One entry of a feed or sitemap.
     *
     * @param key       names the entry from one reading to the next (guid, Atom id, else link, else title)
     * @param link      its page, or null
     * @param published its date, or null
     */
    public record Entry(String key, String title, String link, LocalDate published, int number) {
    }

    /** A feed or sitemap as read: its title (the outlet, for a feed) and entries in document order. */
    public static final class Document {
        private final FeedReader.Feed feed;
        private final String url;

        private Document(FeedReader.Feed feed, String url) {
            this.feed = feed;
            this.url = url;
        }

        /** The feed's title, or null (a sitemap has none). */
        public String title() {
            return feed.title();
        }

        /** Entries that can be told apart from one reading to the next (those with a key). */
        public List<Entry> entries() {
            List<Entry> out = new ArrayList<>();
            for (FeedReader.Item item : feed.items()) {
                if (item.key() != null) {
                    out.add(new Entry(item.key(), item.title(), item.link(), item.published(), item.number()));
                }
            }
            return out;
        }

        private FeedReader.Item item(Entry entry) {
            return feed.items().get(entry.number() - 1);
        }
    }

    private final LoadOptions options;
    private final PageFetcher fetcher;

    public SourceFetcher(LoadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.fetcher = new PageFetcher(options.web());
    }

    /**
     * GETs the URL with the given extra headers ({@code If-None-Match}, {@code If-Modified-Since}).
     *
     * @throws IOException when there is no answer: the message says why (refused address, no answer within
     *                     the timeout, too large, too many redirects...)
     */
    public Answer get(String url, Map<String, String> headers) throws IOException {
        try {
            PageFetcher.Page page = fetcher.answer(url, headers);
            return new Answer(page.status(), page.finalUrl(), page.body(), page.contentType(), page.headers().map());
        } catch (UnusableInputException e) {
            throw new IOException(e.getMessage());
        } catch (RuntimeException e) {
            throw new IOException("could not be fetched (" + e + ")", e);
        }
    }

    /**
     * Reads a fetched feed (RSS, Atom) or sitemap. DOCTYPEs are refused in both, so no entity is expanded.
     *
     * @throws IOException when it is neither, or is damaged; the message says what is wrong
     */
    public Document read(String url, byte[] body) throws IOException {
        try {
            FeedReader.Feed feed = SitemapReader.looksLikeSitemap(body) ? SitemapReader.read(body)
                    : FeedReader.read(body);
            return new Document(feed, url);
        } catch (UnusableInputException e) {
            throw new IOException(e.getMessage());
        } catch (RuntimeException e) {
            throw new IOException("is not a readable feed or sitemap (" + e + ")", e);
        }
    }

    /**
     * The article of one entry (its page fetched now when the entry does not carry the article and
     * {@code mayFetchPage}, else the entry's own text), or the problems that kept it from being one. Never
     * throws for a bad page or entry.
     *
     * @param mayFetchPage false when the page must not be fetched (the site's robots.txt disallows it)
     */
    public Extraction article(Document document, Entry entry, boolean mayFetchPage) {
        FeedReader.Item item = document.item(entry);
        String location = document.url + " item " + (item.link() != null ? item.link() : item.key());
        Provenance from = item.link() != null ? WebPageFormat.provenance(item.link())
                : new Provenance("feed-" + Integer.toHexString(document.url.hashCode()) + "-"
                        + Integer.toHexString(item.key().hashCode()), document.url, location, null);
        from = new Provenance(from.id(), from.name(), location, from.pathDate());
        List<ExtractedArticle> read = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Reading reading = new Reading(ArticleFormats.ALL, options, read, problems);
        try {
            PageFetcher.Outcome page = item.html() != null || item.link() == null ? null
                    : mayFetchPage ? fetcher.fetch(item.link())
                    : new PageFetcher.Outcome(null, "is not fetched: the site's robots.txt does not allow it");
            FeedFormat.readItem(document.feed, item, from, page, reading);
        } catch (RuntimeException unexpected) {
            read.clear();
            problems.add(new InputProblem(location, "could not be read (" + unexpected + ")"));
        }
        List<ExtractedArticle> capped = new ArrayList<>();
        for (ExtractedArticle article : read) {
            if (ArticleLength.tooLong(article.article())) {
                problems.add(InputProblem.readInPart(location, ArticleLength.notice(article.article())));
                capped.add(article.with(ArticleLength.cut(article.article())));
            } else {
                capped.add(article);
            }
        }
        return new Extraction(capped, problems);
    }
}
