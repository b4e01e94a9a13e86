package io.storyline.server.follow;

import io.storyline.model.Citation;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.server.Newsroom;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Stories as an Atom feed (RFC 4287), so a reader follows the newsroom, one story or a search in the feed
 * reader they already use. Each entry is one story's current cited summary: its sentences with numbered
 * citations linking to the sources, and the list of sources. An entry's id names the story and how many
 * articles it had, so when a story grows the reader sees its new summary as a new entry.
 */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /**
     * Found once per thread: {@link XMLOutputFactory#newFactory()} looks the implementation up (system
     * properties, the JDK's configuration file, a service search over the whole class path) on every call,
     * which every read of a feed paid; the JDK's factory remembers the last writer it made, so each thread
     * keeps its own.
     */
    private static final ThreadLocal<XMLOutputFactory> XML = ThreadLocal.withInitial(XMLOutputFactory::newFactory);

    private AtomFeed() {
    }

    /**
     * @param base  the server's address, which the feed's links and ids start with
     * @param self  this feed's own path and query (its {@code rel="self"} link)
     * @param page  the web page showing the same stories
     */
    static byte[] write(URI base, String title, String self, String page, List<Newsroom.StoryView> stories) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML.get().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", base.resolve(self).toString());
            text(xml, "title", title);
            text(xml, "updated", stamp(stories.stream().map(AtomFeed::updated).max(Instant::compareTo)
                    .orElse(Instant.now())));
            link(xml, "self", base.resolve(self).toString(), "application/atom+xml");
            link(xml, "alternate", base.resolve(page).toString(), "text/html");
            xml.writeStartElement("author");
            text(xml, "name", "Storyline");
            xml.writeEndElement();
            text(xml, "generator", "Storyline");
            for (Newsroom.StoryView view : stories) {
                entry(xml, base, view);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, URI base, Newsroom.StoryView view) throws XMLStreamException {
        Newsroom.NewsStory story = view.story();
        String page = base.resolve("/story/" + story.id()).toString();
        xml.writeStartElement("entry");
        text(xml, "id", page + "#articles-" + story.story().size());
        text(xml, "title", story.story().label());
        text(xml, "updated", stamp(updated(view)));
        link(xml, "alternate", page, "text/html");
        String outlets = String.join(", ", story.story().outlets());
        text(xml, "summary", story.story().size() + (story.story().size() == 1 ? " article" : " articles")
                + (outlets.isEmpty() ? "" : " from " + outlets));
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(html(base, view.summary()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The summary as HTML: each sentence with its citations as links to the sources, then the sources. */
    static String html(URI base, Summary summary) {
        Map<Integer, Source> sources = summary.sources().stream()
                .collect(Collectors.toMap(Source::number, s -> s, (a, b) -> a));
        StringBuilder html = new StringBuilder();
        for (SummarySentence sentence : summary.sentences()) {
            html.append("<p>").append(escape(sentence.text()));
            for (Citation citation : sentence.citations()) {
                Source source = sources.get(citation.source());
                html.append(" <a href=\"").append(escape(address(base, source))).append("\">[")
                        .append(citation.source()).append("]</a>");
            }
            html.append("</p>\n");
        }
        if (summary.sentences().isEmpty()) {
            html.append("<p>No summary: the articles hold no usable sentence.</p>\n");
        }
        html.append("<ol>\n");
        for (Source source : summary.sources()) {
            html.append("<li value=\"").append(source.number()).append("\"><a href=\"")
                    .append(escape(address(base, source))).append("\">")
                    .append(escape(source.title() != null ? source.title() : source.articleId())).append("</a> — ")
                    .append(escape(source.outlet()))
                    .append(source.published() == null ? "" : ", " + source.published()).append("</li>\n");
        }
        return html.append("</ol>\n").toString();
    }

    /** The source's own http(s) address, else its page on this server. */
    private static String address(URI base, Source source) {
        if (source == null) {
            return base.toString();
        }
        String url = source.url() == null ? "" : source.url().strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && !url.contains(" ")) {
            return url;
        }
        StringBuilder path = new StringBuilder("/article");
        for (String part : source.articleId().split("/", -1)) {
            path.append('/').append(java.net.URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return base.resolve(path.toString()).toString();
    }

    /** When the story last changed as far as its dates tell: the day of its latest article, else now. */
    private static Instant updated(Newsroom.StoryView view) {
        var last = view.story().story().last();
        return last == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : last.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(value == null ? "" : value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    /** Characters XML 1.0 cannot carry at all (most control characters) are dropped. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String escape(String s) {
        return clean(s == null ? "" : s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
