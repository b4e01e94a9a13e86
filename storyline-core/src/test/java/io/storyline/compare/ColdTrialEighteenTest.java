package io.storyline.compare;

import io.storyline.Storyline;
import io.storyline.analyze.SlotDifference;
import io.storyline.analyze.Slots;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Dispute;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.SummaryOptions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings of the session-18 cold trial, on stories written for this test (not the trial's): a compass point
 * told against a place, a role naming another body, two things put in one place of a copied sentence, a
 * contradiction across days labelled as an update.
 */
class ColdTrialEighteenTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 14);

    private static Article article(String id, String outlet, LocalDate day, String text) {
        return new Article(id, outlet, null, null, day, text, id + ".txt");
    }

    private static List<SlotDifference> differences(String a, String b) {
        return Slots.of(a).differences(Slots.of(b));
    }

    @Test
    void aCompassPointToldAgainstOnePlaceIsAPlaceSlot() {
        assertThat(differences("The bus left the road two miles east of the village of Harn.",
                "The bus left the road two miles west of the village of Harn."))
                .extracting(SlotDifference::kind).containsExactly("place");
        // one point within the other, the same point, or points told against two places: no difference
        assertThat(differences("The bus left the road north-east of Harn.", "The bus left the road north of Harn.")).isEmpty();
        assertThat(differences("The bus left the road east of the village.", "The bus left the road east of the village.")).isEmpty();
        assertThat(differences("The bus left the road east of the river.", "The bus left the road west of the village.")).isEmpty();
    }

    @Test
    void aRoleNamingAnotherBodyDiffersEvenWithAFieldInCommon() {
        assertThat(differences("Port operator chief Ana Sild said the quay would reopen.",
                "Port minister Ana Sild said the quay would reopen.")).extracting(SlotDifference::kind).containsExactly("role");
        // a field in common and no other body: two names of one post may be meant
        assertThat(differences("Foreign minister Ana Sild said the talks would go on.",
                "Foreign secretary Ana Sild said the talks would go on.")).isEmpty();
        // a party's chief is held beside any job
        assertThat(differences("Party chief Ana Sild said the talks would go on.",
                "Port minister Ana Sild said the talks would go on.")).isEmpty();
    }

    @Test
    void twoPlacesInOneCopiedSentenceAreNeverCitedForEachOther() {
        Summary summary = Storyline.summarize(List.of(
                article("a", "Lake Courier", DAY, "About 200 guests were moved to a church hall in the village of Omsby.\n\n"
                        + "The flood water rose through the night."),
                article("b", "Hill Post", DAY, "About 200 guests were moved to a gymnasium in the village of Omsby.\n\n"
                        + "Boats carried food to the farms.")), SummaryOptions.defaults());
        for (SummarySentence s : summary.sentences()) {
            if (s.text().contains("moved to")) {
                assertThat(s.citations()).hasSize(1);
            }
        }
    }

    @Test
    void aSubjectWithAnotherNameIsAnotherFact() {
        Summary summary = Storyline.summarize(List.of(
                article("a", "Oak Wire", DAY, "The Lomb theatre reopened on Monday after a fire, the council said."),
                article("b", "Elm Wire", DAY, "The Verr gallery reopened on Monday after a fire, the council said.")),
                SummaryOptions.defaults());
        assertThat(summary.sentences()).allMatch(s -> s.citations().size() == 1);
    }

    private static List<Article> ferryFire() {
        return List.of(
                article("a", "Bay Herald", DAY, "Deckhand Ola Brun, 58, said the fire began in the galley.\n\n"
                        + "The ferry caught fire on Sunday off the island of Skarv."),
                article("b", "Coast Echo", DAY.plusDays(1), "Deckhand Ola Brun, 64, said the fire began in the galley.\n\n"
                        + "Pumps were brought from the mainland."));
    }

    @Test
    void anAgeThatCannotHaveMovedIsAConflictNotAnUpdate() {
        Comparison comparison = OutletComparison.compare(ferryFire());
        assertThat(comparison.conflicts()).anyMatch(c -> c.slot().startsWith("age") && !c.update());
        assertThat(comparison.conflicts()).noneMatch(c -> c.slot().startsWith("age") && c.update());
        Summary summary = Storyline.summarize(ferryFire(), SummaryOptions.defaults());
        List<Dispute> notes = summary.sentences().stream().flatMap(s -> s.disputedBy().stream()).toList();
        assertThat(notes).isNotEmpty().noneMatch(Dispute::update);
    }

    @Test
    void aDisagreementRepeatedOnALaterDayIsStillADisagreement() {
        // day 1: two outlets give Monday and Tuesday; day 3: the first outlet repeats its Monday
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Bay Herald", DAY, "Thirty sailors fell ill after a dinner on Monday at the Skarv naval base."),
                article("b", "Coast Echo", DAY, "Thirty sailors fell ill after a dinner on Tuesday at the Skarv naval base."),
                article("c", "Bay Herald", DAY.plusDays(2), "Thirty sailors fell ill after a dinner on Monday at the Skarv naval base, the navy said.")));
        List<Conflict> days = comparison.conflicts().stream().filter(c -> c.kind().equals("day")).toList();
        assertThat(days).isNotEmpty().noneMatch(Conflict::update);
    }

    @Test
    void aDenialAfterAnotherOutletsReportIsTheSameDisagreementInSummaryAndComparison() {
        List<Article> story = List.of(
                article("a", "Bay Herald", DAY, "Police arrested the ferry's captain on Sunday evening.\n\n"
                        + "The ferry caught fire on Sunday off the island of Skarv."),
                article("b", "Coast Echo", DAY.plusDays(1), "Police said no one had been arrested over Sunday's ferry fire off Skarv.\n\n"
                        + "Pumps were brought from the mainland."));
        Comparison comparison = OutletComparison.compare(story);
        assertThat(comparison.conflicts()).anyMatch(c -> c.kind().equals("negation") && !c.update());
        Summary summary = Storyline.summarize(story, SummaryOptions.defaults());
        assertThat(summary.sentences().stream().flatMap(s -> s.disputedBy().stream()))
                .filteredOn(d -> d.kind().equals("negation")).isNotEmpty().noneMatch(Dispute::update);
    }

    @Test
    void aCopyWithANotAfterItsAuxiliaryDeniesTheOtherOutletsSentence() {
        List<Article> story = List.of(
                article("a", "Bay Herald", DAY, "Officials said the ferry had been over its limit.\n\n"
                        + "The ferry caught fire on Sunday off the island of Skarv."),
                article("b", "Coast Echo", DAY, "Officials said the ferry had not been over its limit.\n\n"
                        + "Pumps were brought from the mainland."));
        Comparison comparison = OutletComparison.compare(story);
        assertThat(comparison.conflicts()).filteredOn(c -> c.kind().equals("negation"))
                .extracting(Conflict::value, Conflict::otherValue).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("been over its limit", "not been over its limit"));
        // one outlet's two copies do not contradict each other
        assertThat(OutletComparison.compare(List.of(story.get(0), article("c", "Bay Herald", DAY,
                "Officials said the ferry had not been over its limit.")))
                .conflicts()).noneMatch(c -> c.kind().equals("negation") && !c.update());
    }
}
