package io.storyline.ingest;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed file on disk whose items carry an article's text is read offline, from that text (session-19 cold trial;
 * a feed written for this test).
 */
class LocalFeedTextTest {

    @TempDir
    Path dir;

    private static final String BODY = "The mill on the Varg river flooded on Sunday after a week of rain, and water"
            + " stood a metre deep in the grinding hall by the evening, the fire service said. Pumps were brought from"
            + " the town of Hessle and ran through the night while volunteers carried sacks of flour to the upper"
            + " floor. The river road stayed closed on Monday and the school bus took the long way round by the ridge.";

    private Corpus load(Path... files) {
        return new ArticleLoader(LoadOptions.defaults())
                .load(java.util.Arrays.stream(files).map(Path::toString).toList());
    }

    @Test
    void aFeedFileWhoseItemsCarryTheirTextIsReadWithoutFetching() throws IOException {
        // the links point at a private address, which a fetch would refuse with a problem: none may be reported
        String item = "<item><title>%s</title><link>http://127.0.0.1:9/news/%d</link><pubDate>Mon, 08 Jun 2026 09:00:00 GMT</pubDate>"
                + "<description><![CDATA[<p>%s</p>]]></description></item>";
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Varg Valley Radio</title>"
                + item.formatted("Mill flooded", 1, BODY)
                + item.formatted("Teaser only", 2, "The mill flooded.")
                + "</channel></rss>";
        Path file = Files.writeString(dir.resolve("valley.rss"), feed);
        Corpus corpus = load(file);
        assertThat(corpus.articles()).singleElement().satisfies(a -> assertThat(a.text()).contains("grinding hall"));
        // the teaser alone is still read from its page, which here cannot be fetched: one problem, for that item only
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.location()).contains("item 2"));
    }
}
