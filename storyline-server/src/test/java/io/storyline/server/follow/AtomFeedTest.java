package io.storyline.server.follow;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.storyline.model.Article;
import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The Atom feeds out: valid Atom (RFC 4287's required elements, and ROME reads it), each entry a cited summary. */
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path folder;

    private static List<Article> fireArticles() {
        List<Article> articles = new ArrayList<>();
        String[] outlets = {"Wren Courier", "Marl Gazette", "Island Radio"};
        for (int i = 0; i < outlets.length; i++) {
            articles.add(new Article("fire-" + i, outlets[i], "https://news" + i + ".example/fire?a=1&b=2",
                    "Fire closes <Port Wren> ferry terminal", LocalDate.of(2026, 3, 3 + i),
                    String.join("\n\n", Feeds.fireStory(i)), "test"));
        }
        articles.add(new Article("budget", "Wren Courier", null, "Council passes budget", LocalDate.of(2026, 3, 1),
                "The Port Wren council passed its budget for the coming year on Monday after a long debate about"
                        + " school funding and road repairs across the district.", "test"));
        return articles;
    }

    @Test
    void frontStoryAndSearchFeedsAreValidAtomWithCitedSummaries() throws Exception {
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            server.newsroom().add(fireArticles());
            Client api = new Client(server.uri());
            long fire = server.newsroom().article("fire-0").orElseThrow().getValue().id();
            // summaries are made in the background; until then a feed carries the first article's stand-in
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
            while (!server.newsroom().view(server.newsroom().story(fire).orElseThrow()).current()
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            Client.Reply front = api.get("/feeds/front");
            assertThat(front.status()).isEqualTo(200);
            assertThat(front.contentType()).startsWith("application/atom+xml");
            SyndFeed feed = valid(front.body());
            assertThat(feed.getEntries()).hasSize(server.newsroom().storyCount());

            SyndFeed story = valid(api.get("/feeds/story/" + fire).body());
            assertThat(story.getEntries()).singleElement().satisfies(entry -> {
                assertThat(entry.getTitle()).isEqualTo(server.newsroom().story(fire).orElseThrow().story().label());
                assertThat(entry.getLink()).isEqualTo(server.uri().resolve("/story/" + fire).toString());
                String html = entry.getContents().get(0).getValue();
                assertThat(html).contains("<a href=\"https://news0.example/fire?a=1&amp;b=2\">[");
                assertThat(html).contains("<ol>").contains("Marl Gazette");
                assertThat(html).contains("Fire closes &lt;Port Wren&gt; ferry terminal");
            });
            String firstId = story.getEntries().get(0).getUri();

            SyndFeed search = valid(api.get("/feeds/search?q=ferry+terminal").body());
            assertThat(search.getEntries()).extracting(SyndEntry::getLink)
                    .containsExactly(server.uri().resolve("/story/" + fire).toString());
            assertThat(valid(api.get("/feeds/search?q=volcano").body()).getEntries()).isEmpty();
            assertThat(api.get("/feeds/search").status()).isEqualTo(400);
            assertThat(api.get("/feeds/story/999").status()).isEqualTo(404);
            Client.Reply word = api.get("/feeds/story/fire");
            assertThat(word.status()).isEqualTo(404);
            assertThat(word.json().get("error").asText()).isEqualTo("no story with the id 'fire'");

            // the story grows: its entry gets a new id, so a feed reader shows the new summary
            server.newsroom().add(List.of(new Article("fire-late", "Harbour Post", "https://post.example/fire",
                    "Ferry terminal fire: wiring blamed", LocalDate.of(2026, 3, 7),
                    String.join("\n\n", Feeds.fireStory(9)), "test")));
            String grownId = valid(api.get("/feeds/story/" + fire).body()).getEntries().get(0).getUri();
            assertThat(grownId).isNotEqualTo(firstId);
        }
    }

    /** RFC 4287's must-haves checked on the document itself, then read by ROME. */
    private static SyndFeed valid(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(root, required)).as("feed/" + required).hasSize(1);
        }
        assertThat(self(root)).as("feed link rel=self").isTrue();
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "content")) {
                assertThat(children(entry, required)).as("entry/" + required).hasSize(1);
            }
            String updated = children(entry, "updated").get(0).getTextContent();
            assertThat(java.time.OffsetDateTime.parse(updated)).isNotNull();
            assertThat(children(entry, "content").get(0).getAttribute("type")).isEqualTo("html");
        }
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean self(Element feed) {
        for (Element link : children(feed, "link")) {
            if (link.getAttribute("rel").equals("self") && !link.getAttribute("href").isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
