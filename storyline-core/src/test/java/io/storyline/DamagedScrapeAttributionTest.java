package io.storyline;

import io.storyline.analyze.LostWords;
import io.storyline.model.Comparison;
import io.storyline.model.Corpus;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.summarize.Budget;
import io.storyline.timeline.TimelineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scraped page whose links were the outlets it quotes, beside a clean wire report of the same story (as
 * the project's seed articles are): nothing the page heard from another outlet is shown as its own claim,
 * and no sentence with words lost from the page is shown as a summary's or a timeline's sentence.
 */
class DamagedScrapeAttributionTest {

    /** The page as a scraper left it: every link's text (the outlets it cites) is gone. */
    private static final String SCRAPE = """
            ) -- The council of Port Elling voted on Monday to close the old ferry terminal at the end of the year, the mayor said.

            A second ferry operator, Northsound Lines, pulled out of the island route on Tuesday,


            reported, in a further sign that the island crossings are failing.

            "We lost the whole season in a month,"


            quoted harbour pilot Ansel Brook as saying at the marina in Port Elling.

            "The crossing will not come back this year," ferry captain Rolf Ekdal told


            by telephone.

            The terminal's 40 staff will be offered jobs at the new container quay, which opens in the spring,


            reported, citing union stewards.
            """;

    private static final String WIRE = """
            PORT ELLING (Harbor Wire) -- The Port Elling council voted on Monday to close the old ferry terminal by the end of the year, ending ninety years of crossings.
            Northsound Lines, the second operator on the island route, said it would stop its ferries on Tuesday.
            Islanders said the terminal's closure would leave them with one boat a day in winter.
            The mayor of Port Elling said the council had no money left to repair the terminal's pier.
            Ferry captain Rolf Ekdal said the crossing would not come back this year.
            """;

    @Test
    void noClaimLosesWhoMadeItAndNoSentenceMissingWordsIsShown(@TempDir Path dir) throws IOException {
        Path day = Files.createDirectories(dir.resolve("2026-03-03"));
        Files.writeString(day.resolve("scrape.txt"), SCRAPE);
        Files.writeString(day.resolve("wire.txt"), WIRE);
        Corpus corpus = Storyline.read(dir);
        assertThat(corpus.articles()).hasSize(2);

        Summary summary = Storyline.summarize(corpus.articles(), Budget.words(400));
        assertShownWhole(summary.sentences(), summary.sources());
        Timeline timeline = Storyline.timeline(corpus.articles(), TimelineOptions.defaults());
        assertShownWhole(timeline.entries().stream().flatMap(e -> e.sentences().stream()).toList(), timeline.sources());

        // the comparison lists every report as its outlet wrote it: the attribution stays, its gap marked
        Comparison comparison = Storyline.compare(corpus.articles());
        assertThat(comparison.carriedByOne().stream().map(f -> f.text()).toList())
                .noneMatch(t -> t.contains("Tuesday, in a further sign"))
                .noneMatch(t -> t.contains("told by telephone"));
    }

    /** Each sentence is whole, stands in its first cited source word for word, and keeps its attribution. */
    private static void assertShownWhole(List<SummarySentence> sentences, List<Source> sources) {
        assertThat(sentences).isNotEmpty();
        for (SummarySentence s : sentences) {
            assertThat(s.text()).doesNotContain(LostWords.MARK).doesNotContain("in a further sign")
                    .doesNotContain("told by").doesNotContain("\" quoted");
            assertThat(s.citations().get(0).sentence()).isEqualTo(s.text());
        }
        assertThat(sources).extracting(Source::outletLabel).contains("Harbor Wire");
    }
}
