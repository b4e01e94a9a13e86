package io.storyline.ingest;

import io.storyline.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item whose page cannot be read is read from the feed's own text when the item carries one long enough
 * to be the article (the page's failure is then said as "read in part"); a teaser is not an article.
 */
class FeedFallbackTest {

    @RegisterExtension
    final LocalNewsSite site = new LocalNewsSite();

    /** About eighty words, in content:encoded: under the full-text threshold, but the article all the same. */
    private static final String EIGHTY_WORDS = "<p>Harbour officials in Port Wren said on Thursday that the ferry"
            + " terminal damaged by Tuesday's fire will reopen next month in temporary buildings on the quay.</p>"
            + "<p>Ferries to the island of Marl will resume on Saturday with a reduced timetable, the harbour authority"
            + " said, and passengers will buy tickets on board until the ticket hall is rebuilt. Investigators said"
            + " the fire began in a storage room behind the ticket hall and was probably caused by faulty wiring.</p>";

    private String feed(String content) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>Wren Courier</title><link>https://courier.example/</link><description>news</description>
                <item><title>Ferry terminal to reopen</title><link>%s</link><guid>reopen</guid>
                <pubDate>Thu, 05 Mar 2026 08:00:00 GMT</pubDate>
                <content:encoded><![CDATA[%s]]></content:encoded></item>
                </channel></rss>
                """.formatted(site.url("/gone"), content);
    }

    @Test
    void anItemWhosePageAnswered404IsReadFromTheFeedsOwnText() {
        site.serve("/feed.xml", LocalNewsSite.Answer.of("application/rss+xml", feed(EIGHTY_WORDS)));
        Extraction read = LocalNewsSite.read(LoadOptions.defaults(), true, site.url("/feed.xml"));
        assertThat(read.articles()).singleElement().satisfies(a -> {
            assertThat(a.article().title()).isEqualTo("Ferry terminal to reopen");
            assertThat(a.article().outlet()).isEqualTo("Wren Courier");
            assertThat(a.article().text()).contains("temporary buildings on the quay").contains("faulty wiring");
        });
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.skipped()).isFalse();
            assertThat(p.problem()).contains("answered HTTP 404").contains("the feed's own text of the item was used");
        });
    }

    @Test
    void aTeaserIsNotTakenForTheArticle() {
        site.serve("/feed.xml", LocalNewsSite.Answer.of("application/rss+xml",
                feed("<p>The ferry terminal reopens next month.</p>")));
        Extraction read = LocalNewsSite.read(LoadOptions.defaults(), true, site.url("/feed.xml"));
        assertThat(read.articles()).isEmpty();
        assertThat(read.problems()).extracting(InputProblem::problem).singleElement().asString()
                .contains("answered HTTP 404").doesNotContain("feed's own text");
    }
}
