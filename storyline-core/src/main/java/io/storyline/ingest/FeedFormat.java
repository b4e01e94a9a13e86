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
 * a time per host). One problem per item that gives neither.
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
        List<String> links = feed.items().stream().filter(i -> i.html() == null && i.link() != null)
                .map(FeedReader.Item::link).toList();
        Map<String, PageFetcher.Outcome> pages = reading.fetchAll(links);
        for (FeedReader.Item item : feed.items()) {
            String location = feedFrom.origin() + " item " + item.number()
                    + (item.link() == null ? "" : " (" + item.link() + ")");
            if (item.html() != null) {
                Provenance from = new Provenance(feedFrom.id() + "#" + item.number(), feedFrom.name(), location,
                        feedFrom.pathDate());
                Metadata meta = new Metadata(null, feed.title(), item.link(), item.title(), item.published());
                try {
                    String html = "<html><body><article>" + item.html() + "</article></body></html>";
                    reading.add(Articles.assemble(html, meta, from, reading.fallbackDate(), item.link()));
                } catch (UnusableInputException e) {
                    reading.problem(location, e.getMessage());
                }
            } else if (item.link() == null) {
                reading.problem(location, "has neither the article's text nor a link to it");
            } else {
                List<ExtractedArticle> read = new ArrayList<>();
                List<InputProblem> itemProblems = new ArrayList<>();
                reading.into(read, itemProblems).readFetched(item.link(), pages.get(item.link()));
                itemProblems.forEach(p -> reading.problem(location, "links to a page that " + p.problem()));
                read.forEach(reading::add);
            }
        }
    }
}
