package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the project's two seed articles from ../shared/seeds when that folder is present. */
class SeedArticlesTest {

    private static Path seeds() {
        String shared = System.getProperty("storyline.shared");
        assumeTrue(shared != null, "storyline.shared is not set");
        Path seeds = Path.of(shared, "seeds");
        assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds);
        return seeds;
    }

    @Test
    void bothSeedsLoadRepaired() {
        Corpus corpus = new ArticleLoader(LoadOptions.defaults()).load(List.of(seeds().toString()));
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles()).hasSize(2);
        Article scraped = corpus.articles().stream().filter(a -> a.id().startsWith("000_")).findFirst().orElseThrow();
        Article wire = corpus.articles().stream().filter(a -> a.id().startsWith("003_")).findFirst().orElseThrow();

        List<String> lines = scraped.text().lines().toList();
        assertThat(lines).noneMatch(l -> l.strip().matches("(?i)reported[,.]?|by telephone\\.?|the associated press"));
        assertThat(lines).noneMatch(l -> l.matches("(?i).*(in photos|written by|to contact the writer|follow the writer"
                + "|send an email|related stories|news tip).*"));
        assertThat(lines).noneMatch(l -> l.startsWith(">") || l.startsWith(")"));
        assertThat(scraped.text()).doesNotContain("\n\n\n").doesNotContain(", reported,");
        assertThat(lines).contains("Libyan Foreign Minister Moussa Koussa resigned on Thursday, the British government"
                + " said, as troops loyal to embattled leader Moammar Gadhafi continued to pummel the rebel opposition,"
                + " according to reports.");
        // the outlet that reported it was a link: its report stays one, with the gap marked
        assertThat(lines).contains("A second top Libyan official, Ali Abdussalam el-Treki, defected Thursday to Egypt,"
                + " […] reported, in another sign of the Libyan government may be weakening.");
        assertThat(scraped.text()).contains("rebel spokesman Sami told […] by telephone.")
                .contains("forcing them to flee, […] reported, citing rebel witnesses.");
        assertThat(scraped.text().split("\n\n")).allMatch(ScrapeRepair::endsSentence);

        assertThat(wire.outlet()).isEqualTo("CNN");
        assertThat(wire.text()).doesNotContain("contributed to this report");
        assertThat(wire.text().split("\n\n")).hasSizeGreaterThan(20);
    }
}
