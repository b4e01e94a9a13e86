package io.storyline.ingest;

import io.storyline.model.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An RSS or Atom feed ({@code .rss}, {@code .atom}, {@code .xml}, a file with no known extension that holds
 * {@code <rss}, {@code <rdf:RDF} or {@code <feed}, or a URL served as a feed). Items that carry their full
 * text become articles directly; the others are read from the page they link to (fetched together, a few at
 * a time per host). A feed file on disk fetches only for items that carry a teaser: an item with an article's
 * text of its own ({@link FeedReader#FALLBACK_WORDS} words or more) is read from it, offline. One problem per
 * item that gives neither.
 */
final class FeedFormat implements ArticleFormat {

    private static final Set<String> EXTENSIONS = Set.of("rss", "atom", "xml");

    @Override
    public boolean recognises(Input input) {
        if (EXTENSIONS.contains(input.extension())) {
            return true;
        }
        if (!input.hasUnknownExtension()) {
            return false;
        }
        try {
            return FeedReader.looksLikeFeed(input.bytes());
        } catch (UnusableInputException unreadable) {
            return false;
        }
    }

    @Override
    public void read(Input input, Reading reading) throws UnusableInputException {
        Provenance feedFrom = input.from();
        FeedReader.Feed feed = FeedReader.read(input.bytes());
        if (feed.items().isEmpty()) {
            throw new UnusableInputException("is a feed with no items");
        }
        // a feed file on disk is read as it is: an item that carries an article's text (not a one-line teaser) is
        // that article, and its link is not fetched; only a feed reached on the web is followed to fuller pages
        boolean local = input.address() == null;
        List<String> links = feed.items().stream().filter(i -> i.html() == null && i.link() != null
                        && !(local && i.fallback() != null))
                .map(FeedReader.Item::link).toList();
        Map<String, PageFetcher.Outcome> pages = reading.fetchAll(links);
        for (FeedReader.Item item : feed.items()) {
            String location = feedFrom.origin() + " item " + item.number()
                    + (item.link() == null ? "" : " (" + item.link() + ")");
            Provenance from = new Provenance(feedFrom.id() + "#" + item.number(), feedFrom.name(), location,
                    feedFrom.pathDate());
            if (local && item.html() == null && item.fallback() != null) {
                addFeedText(feed, item, item.fallback(), from, reading);
                continue;
            }
            readItem(feed, item, from, item.link() == null ? null : pages.get(item.link()), reading);
        }
    }

    /**
     * One item: its own full text when it carries the article, else the page it links to ({@code page}, fetched
     * by the caller), else, when that page cannot be read, the item's shorter text if it has one (reported as
     * read in part). {@code from} names the item's article when it is read from the feed's text.
     */
    static void readItem(FeedReader.Feed feed, FeedReader.Item item, Provenance from, PageFetcher.Outcome page,
                         Reading reading) {
        String location = from.origin();
        if (item.html() != null) {
            addFeedText(feed, item, item.html(), from, reading);
        } else if (item.link() == null) {
            reading.problem(location, "has neither the article's text nor a link to it");
        } else {
            List<ExtractedArticle> read = new ArrayList<>();
            List<InputProblem> itemProblems = new ArrayList<>();
            reading.into(read, itemProblems).readFetched(item.link(), page);
            if (read.isEmpty() && item.fallback() != null && addFeedText(feed, item, item.fallback(), from, reading)) {
                itemProblems.forEach(p -> reading.readInPart(location, "links to a page that " + p.problem()
                        + "; the feed's own text of the item was used instead"));
                return;
            }
            itemProblems.forEach(p -> reading.problem(location, "links to a page that " + p.problem()));
            read.forEach(reading::add);
        }
    }

    /** The article the item's own text gives; false (with a problem) when it gives none. */
    private static boolean addFeedText(FeedReader.Feed feed, FeedReader.Item item, String text, Provenance from,
                                       Reading reading) {
        Metadata meta = new Metadata(null, feed.title(), item.link(), item.title(), item.published());
        try {
            String html = "<html><body><article>" + text + "</article></body></html>";
            reading.add(Articles.assemble(html, meta, from, reading.fallbackDate(), item.link()));
            return true;
        } catch (UnusableInputException e) {
            reading.problem(from.origin(), e.getMessage());
            return false;
        }
    }
}
