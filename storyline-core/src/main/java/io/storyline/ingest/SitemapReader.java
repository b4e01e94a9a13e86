package io.storyline.ingest;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML sitemap ({@code <urlset>}, sitemaps.org 0.9) and the Google News extension: each {@code <url>}
 * is an item linking to its page, dated by {@code news:publication_date}, else {@code lastmod}, titled by
 * {@code news:title}. A DOCTYPE is refused outright, so no entity is ever expanded (billion laughs) or
 * fetched (external entities).
 */
final class SitemapReader {

    private SitemapReader() {
    }

    /** Quick content check: a sitemap or sitemap index rather than a feed or a page. */
    static boolean looksLikeSitemap(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<urlset") || head.contains("<sitemapindex");
    }

    static FeedReader.Feed read(byte[] bytes) throws UnusableInputException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<FeedReader.Item> items = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            String loc = null;
            String title = null;
            LocalDate modified = null;
            LocalDate published = null;
            boolean index = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new UnusableInputException("is not a readable sitemap (it has a DOCTYPE, which is refused)");
                }
                if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (name) {
                        case "sitemapindex" -> index = true;
                        case "url" -> {
                            loc = null;
                            title = null;
                            modified = null;
                            published = null;
                        }
                        case "loc" -> loc = xml.getElementText().strip();
                        case "title" -> title = xml.getElementText().strip();
                        case "lastmod" -> modified = date(xml.getElementText());
                        case "publication_date" -> published = date(xml.getElementText());
                        default -> { }
                    }
                } else if (name.equals("url") && loc != null && !loc.isEmpty()) {
                    items.add(new FeedReader.Item(items.size() + 1, title == null || title.isEmpty() ? null : title, loc,
                            published != null ? published : modified, null, null, loc));
                }
            }
            if (index) {
                throw new UnusableInputException("is a sitemap index; follow the sitemaps it lists instead");
            }
        } catch (XMLStreamException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                    .reduce((a, b) -> b).orElse("").strip();
            throw new UnusableInputException("is not a readable sitemap (" + why + ")");
        }
        return new FeedReader.Feed(null, items);
    }

    private static LocalDate date(String text) {
        return DateParsing.parseIso(text);
    }
}
