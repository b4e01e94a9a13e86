package io.storyline.compare;

import io.storyline.analyze.Backing;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Fact;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fact of the comparison is shown in the words its outlets carry in common, cited only to outlets whose
 * sentence holds those words; a sentence of the same happening that does not is shown beside it as related.
 */
class CommonStatementsTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2026, 3, 12), text, id + ".txt");
    }

    private static Fact factCiting(Comparison comparison, String words) {
        return comparison.facts().stream().filter(f -> f.reports().stream().anyMatch(r -> r.sentence().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no fact cites a sentence with " + words));
    }

    @Test
    void theStatementShownIsTheOneEveryOutletHoldsNotTheOneWithFraming() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Tidewater Journal", "The harbour master of Port Alder, Edda Brannock, resigned on Thursday "
                        + "over the closure of the inner channel, in another sign the port authority may be losing its "
                        + "grip on the crisis.\n\nShips waited at anchor."),
                article("b", "Harbor Wire", "The harbour master of Port Alder, Edda Brannock, resigned on Thursday over "
                        + "the closure of the inner channel.\n\nCranes stood idle."),
                article("c", "Coast Courier", "Edda Brannock, the harbour master of Port Alder, resigned on Thursday over "
                        + "the closure of the inner channel.\n\nTugs were idle.")));
        Fact resignation = factCiting(comparison, "resigned on Thursday");
        assertThat(resignation.text()).as("the common statement, without the first outlet's framing")
                .doesNotContain("in another sign");
        assertThat(resignation.reports()).extracting(Citation::source).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(resignation.outlets()).hasSize(3);
        assertThat(resignation.related()).isEmpty();
    }

    @Test
    void anOutletWhoseSentenceTellsOnlyPartOfTheFactIsNotCitedForTheWhole() {
        String whole = "The storm flooded the orchards of the Merrow valley, forcing the closure of three schools and the "
                + "coast road.";
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Tidewater Journal", whole + "\n\nRain fell for two days."),
                article("b", "Harbor Wire", "The storm flooded the orchards of the Merrow valley.\n\nFarmers counted losses.")));
        for (Fact fact : comparison.facts()) {
            Backing.Claim claim = Backing.claimOf(fact.text());
            for (Citation report : fact.reports()) {
                assertThat(claim.backedBy(report.sentence())).as("[%d] cited for %s", report.source(), fact.text()).isTrue();
            }
        }
        Fact flood = factCiting(comparison, "flooded the orchards");
        assertThat(flood.text()).as("the part both tell is the common statement").doesNotContain("schools");
        assertThat(flood.reports()).extracting(Citation::source).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void theSeedsListNoOutletForAnInterpretationItsSentenceDoesNotHold() {
        Path seeds = Path.of(System.getProperty("storyline.shared", "../shared"), "seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(seeds), "skipped: " + seeds + " is not present");
        Comparison comparison = OutletComparison.compare(io.storyline.Storyline.read(seeds).articles());
        Fact weakness = comparison.facts().stream().filter(f -> f.text().startsWith("Koussa's resignation is being interpreted"))
                .findFirst().orElseThrow();
        // [2] is Hague saying the regime is "fragmented": of the same departure, yet not this statement
        assertThat(weakness.reports()).extracting(Citation::source).containsExactly(1);
        assertThat(weakness.related()).extracting(Citation::sentence).anySatisfy(s -> assertThat(s).contains("fragmented"));
        assertThat(comparison.facts()).as("Hague's sentence is still shown, as a fact of its own")
                .anySatisfy(f -> assertThat(f.text()).contains("fragmented"));
        for (Fact fact : comparison.facts()) {
            Backing.Claim claim = Backing.claimOf(fact.text());
            for (Citation report : fact.reports()) {
                assertThat(claim.backedBy(report.sentence())).as("[%d] cited for %s", report.source(), fact.text()).isTrue();
            }
            assertThat(fact.related()).as(fact.text()).noneMatch(r -> fact.reports().stream().anyMatch(c -> c.source() == r.source()));
        }
    }
}
