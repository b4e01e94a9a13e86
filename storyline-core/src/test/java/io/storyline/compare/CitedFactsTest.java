package io.storyline.compare;

import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Fact;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fact of the comparison cites only reports of that fact: sentences that merely share a name and a
 * few words are not one fact, and a source that disputes the fact is shown beside it, never cited for it.
 */
class CitedFactsTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2026, 3, 12), text, id + ".txt");
    }

    @Test
    void sentencesThatShareANameButTellOtherThingsAreNotOneFact() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Tidewater Journal", "Six cargo ships were waiting at anchor outside Port Alder on Thursday "
                        + "as the inner channel stayed closed.\n\nThe port authority shut the channel to large ships."),
                article("b", "Harbor Wire", "Greyhaven Shipping, which operates the Kestrel Moon, said it was cooperating "
                        + "fully with investigators at Port Alder.\n\nThe ship was carrying timber.")));
        for (Fact fact : comparison.facts()) {
            assertThat(fact.reports()).as(fact.text()).hasSize(1);
        }
    }

    @Test
    void aSourceThatDisputesAFactIsNotCitedForIt() {
        // the bundled example: outlets disagree on the day, the number hurt and the ship's length
        Comparison comparison = OutletComparison.compare(
                io.storyline.Storyline.read(java.nio.file.Path.of("../examples/harbour-bridge")).articles());
        assertThat(comparison.facts()).anySatisfy(f -> assertThat(f.disputedBy()).isNotEmpty());
        for (Fact fact : comparison.facts()) {
            for (var dispute : fact.disputedBy()) {
                assertThat(fact.reports()).as("%s is disputed by %s", fact.text(), dispute.citation().source())
                        .noneMatch(r -> r.source() == dispute.citation().source());
            }
        }
    }

    @Test
    void aSharedBridgeAndACrashGivenAsBackgroundAreNotOneFact() {
        // the bundled example: commuters stuck "after a container ship struck one of its piers" is not the strike
        Comparison comparison = OutletComparison.compare(
                io.storyline.Storyline.read(java.nio.file.Path.of("../examples/harbour-bridge")).articles());
        for (Fact fact : comparison.facts()) {
            if (fact.reports().stream().anyMatch(r -> r.sentence().startsWith("Drivers who normally cross"))) {
                assertThat(fact.reports()).as(fact.text()).hasSize(1);
            }
        }
        assertThat(comparison.facts()).anySatisfy(f -> assertThat(f.reports()).hasSizeGreaterThan(1));
    }

    @Test
    void oneFactToldWithoutASharedNameIsCarriedByBoth() {
        // the bundled example: the Coastline Herald names no ship where AVPR names the Kestrel Moon, and says
        // "struck a support pier" for "hit the bridge": the same strike, whose day a third outlet disputes
        Comparison comparison = OutletComparison.compare(
                io.storyline.Storyline.read(java.nio.file.Path.of("../examples/harbour-bridge")).articles());
        assertThat(comparison.facts()).anySatisfy(f -> assertThat(f.reports())
                .anyMatch(r -> r.sentence().startsWith("The Kestrel Moon lost steering"))
                .anyMatch(r -> r.sentence().startsWith("A container ship lost steering")));
    }

    @Test
    void sentencesOfOtherHappeningsWithoutASharedNameStayApart() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Tidewater Journal", "The ferry lost power while leaving the inner harbour late on Tuesday.\n\n"
                        + "Crews towed it back to the quay."),
                article("b", "Harbor Wire", "A tug lost a crew member while leaving the outer harbour on Tuesday.\n\n"
                        + "Divers searched the channel.")));
        for (Fact fact : comparison.facts()) {
            assertThat(fact.reports()).as(fact.text()).hasSize(1);
        }
    }
}
