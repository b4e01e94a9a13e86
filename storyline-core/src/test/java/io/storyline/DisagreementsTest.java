package io.storyline;

import io.storyline.analyze.Slots;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Corpus;
import io.storyline.model.Fact;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.render.OutputFormats;
import io.storyline.summarize.Budget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two article pairs of issue 15: outlets that tell one event with another day, toll and count.
 * No outlet is cited for a sentence it contradicts, the disagreement is shown beside the sentence,
 * and the comparison flags every differing slot.
 */
class DisagreementsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/io/storyline/disagreements");

    private static Corpus read(String pair) {
        return Storyline.read(FIXTURES.resolve(pair));
    }

    /** Every citation of every sentence agrees with the sentence shown in every checkable slot. */
    private static void citesOnlyAgreeingSources(Summary summary) {
        for (SummarySentence sentence : summary.sentences()) {
            Slots shown = Slots.of(sentence.citations().get(0).sentence());
            for (Citation citation : sentence.citations()) {
                assertThat(shown.differences(Slots.of(citation.sentence())))
                        .as("%s cited for %s", citation.sentence(), sentence.text()).isEmpty();
            }
        }
    }

    private static List<String> conflictSlots(Comparison comparison) {
        return comparison.conflicts().stream().map(Conflict::slot).toList();
    }

    @Test
    void thePlantFireIsCitedOnlyToAgreeingOutletsAndEveryDifferenceIsFlagged() {
        Corpus corpus = read("plant-fire");
        Summary summary = Storyline.summarize(corpus.articles(), Budget.words(100));
        citesOnlyAgreeingSources(summary);
        SummarySentence fire = summary.sentences().stream().filter(s -> s.text().startsWith("A fire broke out"))
                .findFirst().orElseThrow();
        assertThat(fire.citations()).hasSize(1);
        assertThat(fire.disputedBy()).extracting(d -> d.kind()).containsExactlyInAnyOrder("number", "day");
        assertThat(summary.sentences().stream().filter(s -> s.text().startsWith("A fire broke out"))).hasSize(1);
        assertThat(Storyline.render(summary, OutputFormats.MD)).containsPattern("\\[1\\] \\(2 says (three|five) workers, "
                + "(Tuesday|Wednesday)\\)");

        Comparison comparison = Storyline.compare(corpus.articles());
        assertThat(conflictSlots(comparison)).contains("day", "worker", "firefighter");
        Fact fireFact = comparison.facts().stream().filter(f -> f.text().startsWith("A fire broke out")).findFirst().orElseThrow();
        assertThat(fireFact.reports()).hasSize(1);
        assertThat(fireFact.disputedBy()).extracting(d -> d.slot()).contains("worker", "day");
        assertThat(fireFact.disputedBy()).allSatisfy(d ->
                assertThat(d.citation().source()).isNotEqualTo(fireFact.reports().get(0).source()));
        assertThat(Storyline.render(comparison, OutputFormats.JSON)).contains("\"disputedBy\"");
        for (Fact fact : comparison.facts()) {
            Slots first = Slots.of(fact.reports().get(0).sentence());
            fact.reports().forEach(r -> assertThat(first.differences(Slots.of(r.sentence()))).isEmpty());
        }
    }

    @Test
    void theFareVoteIsCitedOnlyToAgreeingOutletsAndEveryDifferenceIsFlagged() {
        Corpus corpus = read("fare-vote");
        Summary summary = Storyline.summarize(corpus.articles(), Budget.words(100));
        citesOnlyAgreeingSources(summary);
        assertThat(summary.sentences().stream().filter(s -> s.text().contains("voted on"))).hasSize(1);
        assertThat(summary.sentences().stream().filter(s -> s.text().startsWith("The measure passed"))).hasSize(1);
        assertThat(summary.sentences()).filteredOn(s -> s.text().startsWith("The measure passed"))
                .flatMap(SummarySentence::disputedBy).extracting(d -> d.slot()).containsExactly("vote");

        Comparison comparison = Storyline.compare(corpus.articles());
        assertThat(conflictSlots(comparison)).contains("day", "amount (dollar)", "vote");
    }

    @Test
    void identicalReportsAreNeverAConflict() {
        Corpus corpus = read("plant-fire");
        Comparison comparison = Storyline.compare(corpus.articles());
        assertThat(comparison.conflicts()).noneMatch(c -> c.statement().sentence().equals(c.otherStatement().sentence()));
    }
}
