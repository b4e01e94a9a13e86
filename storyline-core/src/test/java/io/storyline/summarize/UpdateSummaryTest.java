package io.storyline.summarize;

import io.storyline.Storyline;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.StoryUpdate;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Update summaries: what the new articles add to those the reader has read ({@link AlreadyRead}). */
class UpdateSummaryTest {

    private static final String BACKGROUND =
            "The River Tamsin burst its banks in Eastmere on Monday night, flooding more than 200 homes in the lower town.";

    /** The day after: the flood's background repeated word for word, and what is new. */
    private static final Article COUNCIL = new Article("council-notes", "Eastmere Courier", null,
            "Relief fund opens for Eastmere flood families", LocalDate.of(2026, 3, 4), BACKGROUND + """

            The council's relief fund for flooded families opened on Wednesday with 2 million euros from the region.
            Families can apply for grants of up to 5,000 euros at the town hall or online.
            The rail line to Northbridge reopened on Tuesday afternoon after engineers checked the tracks.
            """, "council-notes.txt");

    private static final Article WIRE = new Article("daily-wire", "Daily Wire Service", null,
            "Eastmere counts the cost of the Tamsin flood", LocalDate.of(2026, 3, 4), BACKGROUND + """

            Insurers estimated the damage at 40 million euros across the lower town.
            The council said a relief fund for flooded families would open on Wednesday.
            Residents returned to mud-filled houses and ruined furniture along the river front.
            """, "daily-wire.txt");

    private static final List<Article> EARLIER = List.of(FloodStory.VALLEY_POST, FloodStory.RIVER_NEWS);
    private static final List<Article> FRESH = List.of(COUNCIL, WIRE);

    private static Summary update(List<Article> earlier, List<Article> fresh) {
        return new StorySummarizer(new ConceptCoverageSummarizer()).summarizeUpdate(earlier, fresh, Budget.words(60), null);
    }

    private static String text(Summary summary) {
        return summary.sentences().stream().map(SummarySentence::text).collect(Collectors.joining(" "));
    }

    @Test
    void leavesOutWhatTheReaderHasReadThoughTheNewArticlesRepeatIt() {
        Summary ordinary = new StorySummarizer(new ConceptCoverageSummarizer()).summarize(FRESH, Budget.words(60));
        assertThat(text(ordinary)).as("both new articles carry the background").contains("burst its banks");

        Summary update = update(EARLIER, FRESH);
        assertThat(update.sentences()).isNotEmpty();
        assertThat(text(update)).doesNotContain("burst its banks").contains("relief fund");
        assertThat(update.notice()).isNull();
    }

    @Test
    void citesOnlyTheNewArticles() {
        Summary update = update(EARLIER, FRESH);
        Set<String> fresh = Set.of(COUNCIL.id(), WIRE.id());
        assertThat(update.sources()).allSatisfy(s -> assertThat(fresh).contains(s.articleId()));
        for (SummarySentence sentence : update.sentences()) {
            for (Citation citation : sentence.citations()) {
                Article cited = FRESH.stream()
                        .filter(a -> a.id().equals(update.sources().get(citation.source() - 1).articleId()))
                        .findFirst().orElseThrow();
                assertThat(cited.text()).contains(citation.sentence());
            }
        }
    }

    @Test
    void withNothingReadItIsTheOrdinarySummary() {
        Summary ordinary = new StorySummarizer(new ConceptCoverageSummarizer()).summarize(FRESH, Budget.words(60));
        assertThat(update(List.of(), FRESH)).isEqualTo(ordinary);
    }

    @Test
    void withNothingNewItHasNoSentenceAndSaysSo() {
        Summary none = update(EARLIER, List.of());
        assertThat(none.sentences()).isEmpty();
        assertThat(none.sources()).isEmpty();
        assertThat(none.notice()).startsWith("nothing new");
    }

    @Test
    void aMethodThatCannotLeaveOutWhatWasReadIsRefused() {
        assertThatThrownBy(() -> new StorySummarizer(new LexRankSummarizer())
                .summarizeUpdate(EARLIER, FRESH, Budget.words(60), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'lexrank'")
                .hasMessageContaining("coverage");
    }

    @Test
    void whatsNewTakesArticlesFromTheDayOnAsNewAndUndatedOnesAsRead() {
        Article undated = new Article("undated", "Hill Gazette", null, "Flood", null,
                "Volunteers filled sandbags on Hill Road through the night in Eastmere.", "undated.txt");
        List<Article> all = List.of(FloodStory.VALLEY_POST, undated, COUNCIL, FloodStory.RIVER_NEWS, WIRE);
        StoryUpdate update = Storyline.whatsNew(all, LocalDate.of(2026, 3, 4), SummaryOptions.defaults(), true);
        assertThat(update.fresh()).containsExactly(COUNCIL, WIRE);
        assertThat(update.read()).containsExactly(FloodStory.VALLEY_POST, undated, FloodStory.RIVER_NEWS);
        assertThat(update.undated()).containsExactly(undated);
        assertThat(update.summary()).isEqualTo(Storyline.summarizeUpdate(update.read(), update.fresh(),
                SummaryOptions.defaults()));
        assertThat(update.comparison()).isNotNull();

        StoryUpdate later = Storyline.whatsNew(all, LocalDate.of(2026, 3, 5), SummaryOptions.defaults(), true);
        assertThat(later.hasNews()).isFalse();
        assertThat(later.summary().notice()).isEqualTo(
                "nothing new since 2026-03-05: no article is dated on or after it (5 read before, 1 undated)");
        assertThat(later.comparison().facts()).isEmpty();

        StoryUpdate earlier = Storyline.whatsNew(all, LocalDate.of(2026, 1, 1), SummaryOptions.defaults(), false);
        assertThat(earlier.fresh()).hasSize(4);
        assertThat(earlier.comparison()).isNull();
    }

    @Test
    void theSinceDayIsADateOrTheDayOfADateTime() {
        assertThat(StoryUpdate.sinceDay("2024-05-02")).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(StoryUpdate.sinceDay("2024-05-02T23:30:00-05:00")).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(StoryUpdate.sinceDay(" 2024-05-02T09:30 ")).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThatThrownBy(() -> StoryUpdate.sinceDay("yesterday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'yesterday' is not a date: give the day as YYYY-MM-DD (e.g. 2024-05-02) or an ISO-8601"
                        + " date-time (e.g. 2024-05-02T09:30:00Z)");
        assertThatThrownBy(() -> StoryUpdate.sinceDay("2024-02-30")).isInstanceOf(IllegalArgumentException.class);
        // one reading serves the day and the server's visit: a date has no instant, a date-time one
        assertThat(StoryUpdate.since("2024-05-02")).isEqualTo(new StoryUpdate.Since(LocalDate.of(2024, 5, 2), null));
        assertThat(StoryUpdate.since("2024-05-02T23:30:00-05:00")).isEqualTo(new StoryUpdate.Since(
                LocalDate.of(2024, 5, 2), java.time.Instant.parse("2024-05-03T04:30:00Z")));
        assertThat(StoryUpdate.since(" 2024-05-02T09:30 ").visit()).isEqualTo(java.time.Instant.parse("2024-05-02T09:30:00Z"));
    }

    /** Whom "she" stands for was in the article read before; the follow-ups repeat it, so the update leaves it out. */
    private static final String RESIGNED = "Harbour master Ilse Varg resigned on Monday after the storm wrecked the northern pier.";

    @Test
    void aSentenceOpeningOnSheIsLeftOutWhenTheUpdateDoesNotShowWhomItMeans() {
        Article read = new Article("monday", "Port Courier", null, "Harbour master quits", LocalDate.of(2026, 3, 2),
                RESIGNED + "\nThe storm closed the harbour of Port Elling for two days.\n", "monday.txt");
        Article herald = new Article("herald", "Elling Herald", null, "Pier to stay shut", LocalDate.of(2026, 3, 4),
                RESIGNED + "\nShe said the northern pier would stay closed to ferries until the spring repairs end.\n"
                        + "The ferry company moved its sailings to the southern quay on Wednesday morning.\n", "herald.txt");
        Article gazette = new Article("gazette", "Elling Gazette", null, "Ferries move", LocalDate.of(2026, 3, 4),
                RESIGNED + "\nShe said the pier would stay closed to ferries until the spring repairs end.\n"
                        + "Ferries now sail from the southern quay, the ferry company said on Wednesday.\n", "gazette.txt");

        Summary update = new StorySummarizer(new ConceptCoverageSummarizer())
                .summarizeUpdate(List.of(read), List.of(herald, gazette), Budget.words(100), null);

        assertThat(text(update)).contains("southern quay").doesNotContain("resigned on Monday");
        assertThat(update.sentences()).noneMatch(s -> s.text().startsWith("She "));
    }

    /**
     * The words a withheld "she" sentence would have used go to other new sentences: the method chooses again
     * without it, up to the budget.
     */
    @Test
    void theWordsOfAWithheldSentenceGoToOthers() {
        Article read = new Article("monday", "Port Courier", null, "Harbour master quits", LocalDate.of(2026, 3, 2),
                RESIGNED + "\nThe storm closed the harbour of Port Elling for two days.\n", "monday.txt");
        Article herald = new Article("herald", "Elling Herald", null, "Pier to stay shut", LocalDate.of(2026, 3, 4),
                RESIGNED + "\nShe said the northern pier would stay closed to ferries until the spring repairs end.\n"
                        + "The ferry company moved its sailings to the southern quay on Wednesday morning.\n"
                        + "Fishing boats were told to moor in the old canal basin for the rest of the month.\n",
                "herald.txt");
        Article gazette = new Article("gazette", "Elling Gazette", null, "Ferries move", LocalDate.of(2026, 3, 4),
                RESIGNED + "\nShe said the pier would stay closed to ferries until the spring repairs end.\n"
                        + "Ferries now sail from the southern quay, the ferry company said on Wednesday.\n"
                        + "Engineers from the port authority began surveying the broken pilings on Thursday.\n",
                "gazette.txt");

        Summary update = new StorySummarizer(new ConceptCoverageSummarizer())
                .summarizeUpdate(List.of(read), List.of(herald, gazette), Budget.words(30), null);

        assertThat(update.sentences()).noneMatch(s -> s.text().startsWith("She "));
        assertThat(text(update)).as("the quay sentence, and another in the she sentence's words")
                .contains("southern quay").contains("canal basin");
    }
}
