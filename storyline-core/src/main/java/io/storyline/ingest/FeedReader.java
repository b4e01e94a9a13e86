package io.storyline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads RSS and Atom feeds (ROME; DOCTYPEs refused, so no external entities). Each item either carries its
 * article (full text in {@code content:encoded} or Atom content) or links to the page that does.
 */
final class FeedReader {

    /** Items whose content has at least this many words are taken as carrying the full article. */
    static final int FULL_TEXT_WORDS = 150;
    /**
     * When an item's page cannot be read, the item's own text stands for the article if it has at least
     * this many words; shorter, it is a teaser (a line or two), not the article.
     */
    static final int FALLBACK_WORDS = 40;

    /**
     * One item of a feed.
     *
     * @param html     the item's full text as HTML, or null when the feed carries only a summary
     * @param link     the item's page, or null
     * @param fallback the item's longest text as HTML when it has {@link #FALLBACK_WORDS} words or more (used
     *                 when the page fails), else null
     * @param key      what names the item from one reading of the feed to the next: its guid or Atom id,
     *                 else its link, else its title; null when it has none of them
     */
    record Item(int number, String title, String link, LocalDate published, String html, String fallback,
                String key) {
    }

    /** A feed's name (the outlet) and its items. */
    record Feed(String title, List<Item> items) {
    }

    private FeedReader() {
    }

    private static final Pattern FIRST_ELEMENT = Pattern.compile("<[a-z]");

    /** Whether a DOCTYPE declaration comes before the document's first element (the parser refuses it too). */
    private static boolean declaresDoctype(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int doctype = head.indexOf("<!doctype");
        if (doctype < 0) {
            return false;
        }
        Matcher element = FIRST_ELEMENT.matcher(head);
        return !element.find() || doctype < element.start();
    }

    /** Quick content check: an RSS, RDF or Atom document rather than a web page. */
    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<rdf:rdf") || head.matches("(?s).*<feed[\\s>].*");
    }

    static Feed read(byte[] bytes) throws UnusableInputException {
        if (declaresDoctype(bytes)) {
            throw new UnusableInputException("is not a readable RSS or Atom feed (it declares a DOCTYPE, which is refused"
                    + " so that no entity in it is ever expanded)");
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new UnusableInputException("is not a readable RSS or Atom feed (" + why + ")");
        }
        List<Item> items = new ArrayList<>();
        int number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            String longest = longestText(entry);
            int words = longest == null ? 0 : words(longest);
            String link = link(entry);
            String key = blankToNull(entry.getUri());
            items.add(new Item(number, blankToNull(entry.getTitle()), link,
                    date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                    words >= FULL_TEXT_WORDS ? longest : null, words >= FALLBACK_WORDS ? longest : null,
                    key != null ? key : link != null ? link : blankToNull(entry.getTitle())));
        }
        return new Feed(blankToNull(feed.getTitle()), items);
    }

    private static String link(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
            link = entry.getUri();
        }
        return link;
    }

    /** The longest content of the item (its description or its content), or null. */
    private static String longestText(SyndEntry entry) {
        String best = null;
        int bestWords = 0;
        List<SyndContent> candidates = new ArrayList<>(entry.getContents());
        if (entry.getDescription() != null) {
            candidates.add(entry.getDescription());
        }
        for (SyndContent content : candidates) {
            if (content == null || content.getValue() == null) {
                continue;
            }
            int words = words(content.getValue());
            if (words > bestWords) {
                best = content.getValue();
                bestWords = words;
            }
        }
        return best;
    }

    private static int words(String html) {
        String text = Jsoup.parse(html).text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
