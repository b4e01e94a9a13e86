package io.storyline.compare;

import io.storyline.Storyline;
import io.storyline.analyze.SlotDifference;
import io.storyline.analyze.Slots;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Dispute;
import io.storyline.model.Fact;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.SummaryOptions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A later figure is an update only with evidence of change (session-19 cold trial, on stories written for this test):
 * not a past day told two ways, not a measure of a past happening without words of change, not a value given
 * again after the other.
 */
class UpdatesNeedEvidenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 8);

    private static Article article(String id, String outlet, LocalDate day, String text) {
        return new Article(id, outlet, null, null, day, text, id + ".txt");
    }

    @Test
    void aPastDayToldTwoWaysOnTwoDaysIsAConflict() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Lake Courier", DAY, "The weir was last repaired on 2 February, the council said.\n\n"
                        + "The river burst its banks on Sunday."),
                article("b", "Hill Post", DAY.plusDays(2), "The weir was last repaired on 20 February, the council said.\n\n"
                        + "Boats carried food to the farms.")));
        assertThat(comparison.conflicts()).filteredOn(c -> c.kind().equals("date")).isNotEmpty().noneMatch(Conflict::update);
        // a day still to come may be moved: a hearing set for one day, then another, is the story moving on
        Comparison moved = OutletComparison.compare(List.of(
                article("a", "Lake Courier", DAY, "The inquiry into the flood will open on 2 September, the council said.\n\n"
                        + "The river burst its banks on Sunday."),
                article("b", "Hill Post", DAY.plusDays(2), "The inquiry into the flood will open on 20 September, the council said.\n\n"
                        + "Boats carried food to the farms.")));
        assertThat(moved.conflicts()).filteredOn(c -> c.kind().equals("date")).isNotEmpty().allMatch(Conflict::update);
    }

    @Test
    void aMeasureOfAPastHappeningChangesOnlyWhereTheLaterReportSaysSo() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Lake Courier", DAY, "The river rose 3 metres in two hours on Saturday night.\n\n"
                        + "The river burst its banks on Sunday."),
                article("b", "Hill Post", DAY.plusDays(1), "The river rose 80 centimetres in two hours on Saturday night.\n\n"
                        + "Boats carried food to the farms.")));
        assertThat(comparison.conflicts()).filteredOn(c -> c.slot().equals("length")).isNotEmpty().noneMatch(Conflict::update);
        Summary summary = Storyline.summarize(List.of(
                article("a", "Lake Courier", DAY, "The river rose 3 metres in two hours on Saturday night.\n\n"
                        + "The river burst its banks on Sunday."),
                article("b", "Hill Post", DAY.plusDays(1), "The river rose 80 centimetres in two hours on Saturday night.\n\n"
                        + "Boats carried food to the farms.")), SummaryOptions.defaults());
        assertThat(summary.sentences().stream().flatMap(s -> s.disputedBy().stream()))
                .filteredOn(d -> d.slot().equals("length")).noneMatch(Dispute::update);
        // the later report says the water has gone on rising: an update
        Comparison risen = OutletComparison.compare(List.of(
                article("a", "Lake Courier", DAY, "The flood water stood 3 metres deep in the square on Sunday.\n\n"
                        + "The river burst its banks on Sunday."),
                article("b", "Hill Post", DAY.plusDays(1), "The flood water had risen to 4 metres deep in the square on Sunday.\n\n"
                        + "Boats carried food to the farms.")));
        assertThat(risen.conflicts()).filteredOn(c -> c.slot().equals("length")).allMatch(Conflict::update);
    }

    private static List<Article> trappedMiners() {
        return List.of(
                article("a", "Lake Courier", DAY, "A tunnel caved in at the Varg mine on Sunday, trapping five miners, the rescue service said.\n\n"
                        + "Rain had soaked the hillside for a week."),
                article("b", "Hill Post", DAY.plusDays(1), "A tunnel caved in at the Varg mine on Sunday, trapping eight miners, the rescue service said.\n\n"
                        + "Pumps were brought from the town."),
                article("c", "Lake Courier", DAY.plusDays(2), "A tunnel caved in at the Varg mine on Sunday, trapping five miners.\n\n"
                        + "All of them were brought out alive."));
    }

    @Test
    void aFigureGivenAgainAfterTheOtherIsADisagreementNotAnUpdate() {
        Comparison comparison = OutletComparison.compare(trappedMiners());
        List<Conflict> counts = comparison.conflicts().stream().filter(c -> c.slot().contains("miner")).toList();
        assertThat(counts).isNotEmpty().noneMatch(Conflict::update);
        Summary summary = Storyline.summarize(trappedMiners(), SummaryOptions.defaults());
        assertThat(summary.sentences().stream().flatMap(s -> s.disputedBy().stream()))
                .filteredOn(d -> d.slot().contains("miner")).noneMatch(Dispute::update);
        // without the third report the later count is the story moving on
        Comparison moved = OutletComparison.compare(trappedMiners().subList(0, 2));
        assertThat(moved.conflicts()).filteredOn(c -> c.slot().contains("miner")).isNotEmpty().allMatch(Conflict::update);
    }
}
