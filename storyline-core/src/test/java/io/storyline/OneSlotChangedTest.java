package io.storyline;

import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Dispute;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.Budget;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reports of one event that differ in one slot are not one fact cited to both: the summary cites the
 * outlet whose words it shows and sets the other beside it ("(2 says south stand)"), and the comparison lists
 * the same conflict, as one decision. Made-up stories in the shape of the cold trial's one-slot pairs: the part
 * of a place, a person's role, a figure two outlets give, and an outlet's copy updated with a new toll.
 */
class OneSlotChangedTest {

    private static Article article(String id, String outlet, int day, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2026, 4, day), text, id + ".txt");
    }

    private static SummarySentence shown(Summary summary, String words) {
        return summary.sentences().stream().filter(s -> s.text().contains(words)).findFirst().orElseThrow();
    }

    /** Every source set beside a summary sentence is a conflict the comparison lists for that sentence. */
    private static void everyDisputeIsListed(Summary summary, Comparison comparison) {
        for (SummarySentence sentence : summary.sentences()) {
            Citation own = sentence.citations().get(0);
            for (Dispute d : sentence.disputedBy()) {
                assertThat(comparison.conflicts()).as("%s beside %s", d, sentence.text()).anyMatch(c ->
                        c.statement().sentence().equals(own.sentence()) && c.otherStatement().source() == d.citation().source()
                                || c.otherStatement().sentence().equals(own.sentence()) && c.statement().source() == d.citation().source());
            }
        }
    }

    private static void checkedBothWays(List<Article> articles, String words, String otherValue) {
        Summary summary = Storyline.summarize(articles, Budget.words(100));
        Comparison comparison = Storyline.compare(articles, summary);
        SummarySentence sentence = shown(summary, words);
        assertThat(sentence.citations()).hasSize(1);
        assertThat(sentence.disputedBy()).extracting(Dispute::value).containsExactly(otherValue);
        assertThat(comparison.conflicts()).isNotEmpty();
        everyDisputeIsListed(summary, comparison);
    }

    @Test
    void aPartOfAPlaceAtAnotherPositionIsAConflictNotOneFact() {
        List<Article> articles = List.of(
                article("a", "Valley Post", 3, "The fire started in the west stand of the Orvik stadium, firefighters said.\n\n"
                        + "The match was called off at half time."),
                article("b", "Lowland Times", 3, "The fire started in the south stand of the Orvik stadium, firefighters said.\n\n"
                        + "Two fans were treated for smoke inhalation."));
        checkedBothWays(articles, "The fire started in the", "south stand");
    }

    @Test
    void aNamedPersonGivenAnotherRoleIsAConflictNotOneFact() {
        List<Article> articles = List.of(
                article("a", "Valley Post", 3, "Harbour master Tomas Lind said the ferry left Orvik two hours late.\n\n"
                        + "The match was called off at half time."),
                article("b", "Lowland Times", 3, "Port director Tomas Lind said the ferry left Orvik two hours late.\n\n"
                        + "Two fans were treated for smoke inhalation."));
        Summary summary = Storyline.summarize(articles, Budget.words(100));
        assertThat(shown(summary, "Tomas Lind said").citations()).hasSize(1);
        assertThat(Storyline.compare(articles, summary).conflicts()).extracting(Conflict::kind).contains("role");
        checkedBothWays(articles, "Tomas Lind said", shown(summary, "Tomas Lind said").text().startsWith("Harbour")
                ? "port director" : "harbour master");
    }

    @Test
    void aFigureTwoOutletsGiveIsNotedAndListedAlike() {
        // (given on two days, the comparison still drops it as the story moving on while the summary notes it: left open)
        List<Article> articles = List.of(
                article("a", "Valley Post", 3, "The robbers took about 80,000 euros from the jeweller's safe.\n\n"
                        + "The shop on Kade Street opened again on Friday."),
                article("b", "Lowland Times", 3, "The robbers took 130,000 euros from the jeweller's safe.\n\n"
                        + "A witness said the men wore orange helmets."));
        checkedBothWays(articles, "from the jeweller's safe", shown(Storyline.summarize(articles, Budget.words(100)),
                "from the jeweller's safe").text().contains("130,000") ? "about 80,000 euros" : "130,000 euros");
    }

    @Test
    void anOutletsUpdatedCopyIsNotCitedForItsEarlierFigure() {
        List<Article> articles = List.of(
                article("w1", "Inland Wire", 5, "A bus plunged into the Dreva river on Monday, killing at least nine passengers, "
                        + "police said.\n\nDivers searched the water through the night."),
                article("w2", "Inland Wire", 5, "A bus plunged into the Dreva river on Monday, killing 14 passengers, "
                        + "police said.\n\nDivers searched the water through the night."));
        Summary summary = Storyline.summarize(articles, Budget.words(100));
        SummarySentence toll = shown(summary, "plunged into the Dreva river");
        // whichever copy is shown, the other is beside it, never cited for a figure it revised
        assertThat(toll.citations()).hasSize(1);
        assertThat(toll.disputedBy()).hasSize(1);
        assertThat(toll.text().contains("14 passengers") ? "at least nine passengers" : "14 passengers")
                .isEqualTo(toll.disputedBy().get(0).value());
        // the copies agree on the rest, cited together
        assertThat(shown(summary, "Divers searched").citations()).hasSize(2);
    }
}
