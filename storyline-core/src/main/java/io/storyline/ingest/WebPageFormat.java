package io.storyline.ingest;

import java.util.List;

/**
 * A page fetched from a URL (an {@code http(s)://} argument, a line of {@code --urls}, or a feed item's
 * link): a feed, an HTML page or plain text, by what the server says it is and, for a feed, what it holds.
 */
final class WebPageFormat implements ArticleFormat {

    private final FeedFormat feeds = new FeedFormat();

    @Override
    public boolean recognises(Input input) {
        return input.isFetched();
    }

    @Override
    public void read(Input input, Reading reading) throws UnusableInputException {
        String type = input.mediaType();
        if (type.contains("rss") || type.contains("atom") || type.endsWith("/xml")
                || (!type.contains("html") && FeedReader.looksLikeFeed(input.bytes()))) {
            feeds.read(input, reading);
        } else if (type.contains("html") || type.isEmpty() || type.startsWith("text/")) {
            ExtractedArticle read = type.equals("text/plain")
                    ? Articles.assemble(input.text(), Metadata.NONE, input.from(), reading.fallbackDate(),
                            input.address())
                    : HtmlFormat.page(input, reading);
            reading.add(input.address().equals(input.requested()) ? read
                    : read.with(read.article().withMoreUrls(List.of(input.requested()))));
        } else {
            throw new UnusableInputException("is not a web page but " + type);
        }
    }

    /** A fetched page's id (its address, simplified), outlet of last resort (its domain) and URL date. */
    static Provenance provenance(String url) {
        String key = Duplicates.addressKey(url).replaceAll("[^\\p{L}\\p{N}./_-]+", "-");
        String domain = HtmlExtractor.domain(url);
        PublicationTime date = DateParsing.fromUrl(url);
        return new Provenance(key, domain == null ? key : domain, url, date == null ? null : date.date());
    }
}
