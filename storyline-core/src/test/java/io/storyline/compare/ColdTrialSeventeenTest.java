package io.storyline.compare;

import io.storyline.Storyline;
import io.storyline.analyze.Quantity;
import io.storyline.analyze.SlotDifference;
import io.storyline.analyze.Slots;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Fact;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.SummaryOptions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings of the session-17 cold trial, on stories written for this test (not the trial's): a denial of
 * everyone set by an "after" phrase, an age in apposition after a noun, and a figure an outlet revised in a
 * later copy of the same day.
 */
class ColdTrialSeventeenTest {

    private static final LocalDate DAY = LocalDate.of(2026, 8, 3);

    private static Article article(String id, String outlet, LocalDate day, String text) {
        return new Article(id, outlet, null, null, day, text, id + ".txt");
    }

    private static boolean deny(String stated, String denied) {
        for (Denials.Claim a : Denials.of(stated)) {
            for (Denials.Claim b : Denials.of(denied)) {
                if (a.denies(b) || b.denies(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aDenialOfEveryoneSetByAnAfterPhraseDeniesTheArrestAfterIt() {
        assertThat(deny("Guards arrested three youths after the fire at the grain store, the council said.",
                "No one was arrested after the fire at the grain store, the council said.")).isTrue();
        // a possessive names the same setting as the bare word: "Monday's fire" and "on Monday"
        assertThat(deny("Guards arrested the night watchman on Monday evening.",
                "Officers said no one had been arrested over Monday's fire.")).isTrue();
        // another setting, and a clause opened by "after", are still left alone
        assertThat(deny("Guards arrested three youths after the fire at the grain store.",
                "No one was arrested after the flood at the ferry port.")).isFalse();
        assertThat(deny("Guards arrested three youths at the market.",
                "No one was arrested after guards arrived.")).isFalse();
    }

    private static List<Article> grainStore() {
        return List.of(
                article("a", "Plains Gazette", DAY, "No one was arrested after the fire at the Lomond grain store, the council said.\n\n"
                        + "The mayor toured the burnt sheds on Monday afternoon."),
                article("b", "Delta Wire", DAY, "Guards arrested three youths after the fire at the Lomond grain store, the council said.\n\n"
                        + "Fire crews from two towns fought the blaze."));
    }

    @Test
    void theSummaryNeverCitesOneOutletForTheOthersDenial() {
        Summary summary = Storyline.summarize(grainStore(), SummaryOptions.defaults());
        for (SummarySentence s : summary.sentences()) {
            if (s.text().contains("arrested")) {
                assertThat(s.citations()).hasSize(1); // each side cited to its own outlet only
            }
        }
        List<SummarySentence> arrests = summary.sentences().stream().filter(s -> s.text().contains("arrested")).toList();
        assertThat(arrests).hasSize(1); // shown once, the other side beside it
        assertThat(arrests.get(0).disputedBy()).isNotEmpty();
    }

    @Test
    void compareListsBothSidesOfADenialAmongItsFacts() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Plains Gazette", DAY, "Officers said no one had been arrested over Monday's fire at the grain store.\n\n"
                        + "The mayor toured the burnt sheds."),
                article("b", "Delta Wire", DAY, "Guards arrested the night watchman on Monday evening.\n\n"
                        + "Fire crews from two towns fought the blaze.")));
        assertThat(comparison.conflicts()).anyMatch(c -> c.kind().equals("negation"));
        List<String> listed = comparison.facts().stream().map(Fact::text).toList();
        assertThat(listed).anyMatch(t -> t.contains("arrested the night watchman"));
    }

    @Test
    void anAgeInAppositionAfterANounIsAnAge() {
        List<Quantity> q = Quantity.in("The skipper of the trawler, 61, was flown to hospital, coastguards said.");
        assertThat(q).extracting(Quantity::slot).containsExactly("age");
        assertThat(q.get(0).value()).isEqualTo(61);
        List<SlotDifference> d = Slots.of("The skipper of the trawler, 61, was flown to hospital, coastguards said.")
                .differences(Slots.of("The skipper of the trawler, 16, was flown to hospital, coastguards said."));
        assertThat(d).extracting(SlotDifference::kind).containsExactly("number");
        // a list of figures is no age
        assertThat(Quantity.in("The scores were 12, 14, 15 and 18.")).noneMatch(x -> x.slot().equals("age"));
    }

    @Test
    void anAgeAfterANameIsNotAlsoACountOfTheWordAfterIt() {
        // "61, said" was once read as 61 of "said", so the note read "61, said, Vogt, 61"
        assertThat(Quantity.in("Harbour master Lena Vogt, 61, said the quay was closed."))
                .extracting(Quantity::slot).containsExactly("age of Vogt");
        assertThat(Quantity.in("The toll rose to 1,240, officials said.")).noneMatch(x -> x.slot().equals("official"));
    }

    @Test
    void anOutletsUpdatedCopyIsNotCitedForTheFigureItRevised() {
        List<Article> story = List.of(
                new Article("w1", "Harbour Wire", null, null, DAY, "A crane toppled at the Osten container port on Monday, "
                        + "injuring at least four dockers, the port authority said.\n\nThe crane was 60 metres tall.", "w1.txt"),
                new Article("w2", "Harbour Wire", null, null, DAY, "A crane toppled at the Osten container port on Monday, "
                        + "injuring nine dockers, the port authority said.\n\nThe crane was 60 metres tall.", "w2.txt"));
        Summary summary = Storyline.summarize(story, SummaryOptions.defaults());
        for (SummarySentence s : summary.sentences()) {
            if (s.text().contains("dockers")) {
                assertThat(s.citations()).hasSize(1);
            }
        }
    }

    @Test
    void aReportOfAnotherPlaceOrARunInCaptionDoesNotBackASentence() {
        io.storyline.analyze.Backing.Claim claim = io.storyline.analyze.Backing.claimOf(
                "Pupils at a school in North Fenwick were given vaccines after a teacher fell ill with measles.");
        // the same words, another place: a report of something else
        assertThat(claim.backedBy("Pupils at a school in Carrow were given vaccines after a teacher fell ill with measles."))
                .isFalse();
        // the same place, or no place named at all, still backs it
        assertThat(claim.backedBy("In North Fenwick, pupils at a school were given vaccines after a teacher fell ill with measles."))
                .isTrue();
        assertThat(claim.backedBy("Pupils at the school were given vaccines after a teacher fell ill with measles."))
                .isTrue();
        // a caption run into another sentence: neither part says it alone
        io.storyline.analyze.Backing.Claim declared = io.storyline.analyze.Backing.claimOf(
                "Last month the council declared a drought emergency.");
        assertThat(declared.backedBy("The council last declared an emergency ten years ago A dry month may mean "
                + "the region has a drought, the council says.")).isFalse();
        assertThat(declared.backedBy("Last month, the council declared a drought emergency for the valley.")).isTrue();
        // a letter grade is no run-in caption
        assertThat(io.storyline.analyze.Backing.claimOf("Doctors found type A flu in the ward.")
                .backedBy("Doctors found type A flu in the children's ward.")).isTrue();
    }

    @Test
    void aBritishAndAnAmericanSpellingOfOneNameAreNoDisagreement() {
        assertThat(Slots.of("The Harbour Organisation for Safety closed the quay on Friday.")
                .differences(Slots.of("The Harbour Organization for Safety closed the quay on Friday."))).isEmpty();
        // another name in its place still is
        assertThat(Slots.of("The Harbour Organisation for Safety closed the quay on Friday.")
                .differences(Slots.of("The Port Authority for Safety closed the quay on Friday."))).isNotEmpty();
    }

    @Test
    void anAreaConvertedAndRoundedIsOneArea() {
        List<Quantity> q = Quantity.in("The lake covers 1,544 square miles (3,999 square km) of the plain.");
        assertThat(q).extracting(Quantity::slot).containsOnly("surface (square metres)");
        assertThat(q).extracting(Quantity::text).contains("3,999 square km");
        // "area" as a count's own noun is no square measure
        assertThat(Quantity.in("Shares bounced off support in the 1598 area.")).extracting(Quantity::slot).containsOnly("area");
        assertThat(Slots.of("The spill covered 3,999 square km of sea, officials said.")
                .differences(Slots.of("The spill covered 4,000 square km of sea, officials said."))).isEmpty();
        assertThat(Slots.of("The spill covered 3,999 square km of sea, officials said.")
                .differences(Slots.of("The spill covered 1,544 square miles of sea, officials said."))).isEmpty();
        assertThat(Slots.of("The spill covered 3,999 square km of sea, officials said.")
                .differences(Slots.of("The spill covered 6,500 square km of sea, officials said."))).isNotEmpty();
    }

    @Test
    void aRuleOrAStateNowDeniesNoEventOfADay() {
        // a condition: what happens if, not what happened
        assertThat(deny("On Monday the whole ferry line was closed down as a precaution.",
                "Ferry lines are not closed if a storm has not been forecast.")).isFalse();
        assertThat(deny("On Monday the whole ferry line was closed down as a precaution.",
                "If no storm is forecast, the ferry line is not closed.")).isFalse();
        // a state now against the event of a day
        assertThat(deny("On Monday the whole ferry line was closed down as a precaution.",
                "The ferry line is not closed, the operator says.")).isFalse();
        // the event denied in the past still is a denial
        assertThat(deny("On Monday the whole ferry line was closed down as a precaution.",
                "The ferry line was not closed on Monday.")).isTrue();
    }

    @Test
    void aCopyItsOwnOutletRevisedBacksNoOtherOutletsFigure() {
        Comparison comparison = OutletComparison.compare(List.of(
                new Article("w1", "Harbour Wire", null, null, DAY, "A crane toppled at the Osten container port on Monday, "
                        + "injuring at least four dockers, the port authority said.", "w1.txt"),
                new Article("w2", "Harbour Wire", null, null, DAY, "A crane toppled at the Osten container port on Monday, "
                        + "injuring nine dockers, the port authority said.", "w2.txt"),
                new Article("c", "Coast Daily", null, null, DAY.plusDays(1), "Nine dockers were injured when a crane "
                        + "toppled at the Osten container port on Monday.", "c.txt")));
        int firstCopy = comparison.sources().stream().filter(s -> s.articleId().equals("w1"))
                .mapToInt(io.storyline.model.Source::number).findFirst().orElseThrow();
        int daily = comparison.sources().stream().filter(s -> s.articleId().equals("c"))
                .mapToInt(io.storyline.model.Source::number).findFirst().orElseThrow();
        assertThat(comparison.facts()).anyMatch(f -> f.reports().stream().anyMatch(c -> c.source() == daily));
        for (Fact fact : comparison.facts()) {
            if (fact.reports().stream().anyMatch(c -> c.source() == daily)) {
                // the first wire copy's "at least four" is the figure its outlet revised: it backs no "Nine"
                assertThat(fact.reports()).extracting(io.storyline.model.Citation::source).doesNotContain(firstCopy);
            }
        }
    }
}
