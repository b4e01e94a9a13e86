package io.storyline;

import io.storyline.compare.OutletComparison;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Digest;
import io.storyline.model.Fact;
import io.storyline.model.StoryDigest;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.Budget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every citation the bundled example's comparison and digest give cites an outlet whose own sentence says
 * what is shown. The sentences that say one thing were read by hand in the five articles (below, by their
 * openings); two reports cited together must both be in one of these groups. A new citation of two
 * outlets that no group holds fails here until a person has read both sentences and added them.
 */
class ExampleCitationsTest {

    private static final Path EXAMPLE = Path.of("../examples/harbour-bridge");

    /** Sentences (by their opening words) that say the same thing, read by hand. */
    private static final List<List<String>> SAY_ONE_THING = List.of(
            // three crew members in hospital: AVPR, Coastline Herald (twice)
            List.of("Three crew members were taken to hospital", "Three crew members were injured and taken to",
                    "Of the three crew members taken to hospital"),
            // the mayor's words, quoted alike by the Herald and Harbor Wire
            List.of("\"No one will drive across that bridge", "At a news conference on Wednesday morning, Mayor Ruth Castellan"),
            // the bridge stays shut until it is safe: Tidewater, Harbor Wire, the Herald
            List.of("Mayor Ruth Castellan has said the bridge will not reopen", "Mayor Ruth Castellan closed the bridge",
                    "At a news conference on Wednesday morning, Mayor Ruth Castellan"),
            // the ship taken to the container terminal: the Herald, Harbor Wire
            List.of("The Kestrel Moon was towed to the container terminal", "The ship was moved to a berth at the container terminal"),
            // drivers sent through the Northgate tunnel: the Herald, Harbor Wire
            List.of("Drivers are being sent north through the Northgate tunnel", "The city advised drivers to use the Northgate tunnel"),
            // the ship struck the bridge: AVPR, the Herald, Harbor Wire (which gives another day)
            List.of("The Kestrel Moon lost steering while leaving the inner harbour and hit the bridge",
                    "A container ship lost steering and struck a support pier", "A cargo ship slammed into a pier",
                    "The container vessel Kestrel Moon reported a steering failure"));

    @Test
    void theComparisonCitesOnlyOutletsThatSayTheFact() {
        Comparison comparison = OutletComparison.compare(Storyline.read(EXAMPLE).articles());
        assertThat(comparison.facts()).anySatisfy(f -> assertThat(f.reports()).hasSizeGreaterThan(1));
        for (Fact fact : comparison.facts()) {
            assertSayOneThing(fact.text(), fact.reports());
        }
    }

    @Test
    void theDigestCitesOnlyOutletsThatSayTheSentence() {
        Digest digest = Storyline.digest(Storyline.read(EXAMPLE).articles(), Budget.words(100));
        List<SummarySentence> shown = new ArrayList<>();
        for (StoryDigest story : digest.digests()) {
            shown.addAll(story.summary().sentences());
            if (story.timeline() != null) {
                story.timeline().entries().forEach(e -> shown.addAll(e.sentences()));
            }
            if (story.comparison() != null) {
                for (Fact fact : story.comparison().facts()) {
                    assertSayOneThing(fact.text(), fact.reports());
                }
            }
        }
        assertThat(shown).isNotEmpty();
        for (SummarySentence sentence : shown) {
            assertSayOneThing(sentence.text(), sentence.citations());
        }
    }

    @Test
    void ramansTeamSentByTheBoardIsNotCitedForTheRecorderRecovered() {
        // Harbor Wire says a team led by Raman was being sent to examine the gear and the recorder, not that
        // the team had recovered the recorder: a long shared clause under another main verb
        Comparison comparison = OutletComparison.compare(Storyline.read(EXAMPLE).articles());
        for (Fact fact : comparison.facts()) {
            if (fact.reports().stream().anyMatch(r -> r.sentence().startsWith("Lead investigator Priya Raman"))) {
                assertThat(fact.reports()).as(fact.text()).hasSize(1);
            }
        }
    }

    private static void assertSayOneThing(String shown, List<Citation> citations) {
        if (citations.size() < 2) {
            return;
        }
        for (Citation a : citations) {
            for (Citation b : citations) {
                if (a != b) {
                    assertThat(SAY_ONE_THING).as("%s is cited with [%d] %s", shown, b.source(), b.sentence())
                            .anySatisfy(group -> {
                                assertThat(group).anyMatch(a.sentence().strip()::startsWith);
                                assertThat(group).anyMatch(b.sentence().strip()::startsWith);
                            });
                }
            }
        }
    }
}
