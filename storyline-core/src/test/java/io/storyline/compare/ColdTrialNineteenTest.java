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
 * Findings of the session-19 cold trial, on stories written for this test (not the trial's): roles of one
 * person given as other titles, and a line both agreed and disputed.
 */
class ColdTrialNineteenTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 8);

    private static Article article(String id, String outlet, LocalDate day, String text) {
        return new Article(id, outlet, null, null, day, text, id + ".txt");
    }

    private static List<SlotDifference> differences(String a, String b) {
        return Slots.of(a).differences(Slots.of(b));
    }

    @Test
    void postsInTwoNamedBodiesExcludeEachOther() {
        assertThat(differences("Harbour chief Lena Voss said the pier had been closed since noon.",
                "Police spokesman Lena Voss said the pier had been closed since noon."))
                .extracting(SlotDifference::kind).containsExactly("role");
        assertThat(differences("Provincial governor Ana Prell said the canal was safe.",
                "Canal board chair Ana Prell said the canal was safe."))
                .extracting(SlotDifference::kind).containsExactly("role");
        // one body, or no body named: a chief and a spokesman of the police, a senior spokesman, a party's chief
        assertThat(differences("Police chief Lena Voss said the pier was closed.",
                "Police spokesman Lena Voss said the pier was closed.")).isEmpty();
        assertThat(differences("Senior spokesman Lena Voss said the pier was closed.",
                "Harbour master Lena Voss said the pier was closed.")).isEmpty();
        assertThat(differences("Party chair Lena Voss said the pier was closed.",
                "Regional governor Lena Voss said the pier was closed.")).isEmpty();
    }

    @Test
    void twoDescriptionsOfOnePersonAreNeverCitedForEachOther() {
        // an owner may manage the site too, so no conflict is claimed; but neither outlet says the other's title
        assertThat(differences("Mill owner Tove Rask said the dam had been checked in May.",
                "Site manager Tove Rask said the dam had been checked in May.")).isEmpty();
        assertThat(Slots.of("Mill owner Tove Rask said the dam had been checked in May.")
                .describedApart(Slots.of("Site manager Tove Rask said the dam had been checked in May."))).isTrue();
        assertThat(Slots.of("Mill owner Tove Rask said it.").describedApart(Slots.of("Tove Rask said it."))).isFalse();
        assertThat(Slots.of("Mill owner Tove Rask said it.").describedApart(Slots.of("Former manager Tove Rask said it.")))
                .isFalse();
        List<Article> story = List.of(
                article("a", "Lake Courier", DAY, "Mill owner Tove Rask said the dam had been checked in May.\n\n"
                        + "The mill flooded on Sunday after heavy rain."),
                article("b", "Hill Post", DAY, "Site manager Tove Rask said the dam had been checked in May.\n\n"
                        + "The mill flooded on Sunday after heavy rain."));
        Summary summary = Storyline.summarize(story, SummaryOptions.defaults());
        for (SummarySentence s : summary.sentences()) {
            if (s.text().contains("Tove Rask")) {
                assertThat(s.citations()).hasSize(1);
            }
        }
        Comparison comparison = OutletComparison.compare(story);
        assertThat(comparison.facts()).filteredOn(f -> f.text().contains("Tove Rask")).allMatch(f -> f.reports().size() == 1);
    }

    @Test
    void aLineIsNeverBothAgreedAndInConflict() {
        // the age is told in two forms ("a 20-year-old X" / "X, 26,") that the slots of the pair do not match,
        // but the comparison's finder of measured things does: the line must not be cited to both
        List<Article> story = List.of(
                article("a", "Lake Courier", DAY, "The first of the stranded climbers, 20-year-old Jonas Ekberg, was lifted out at dawn.\n\n"
                        + "A storm trapped the climbers on the Brenn ridge on Saturday."),
                article("b", "Hill Post", DAY, "Jonas Ekberg, 26, was the first of the stranded climbers to be lifted out at dawn.\n\n"
                        + "A storm trapped the climbers on the Brenn ridge on Saturday."));
        Comparison comparison = OutletComparison.compare(story);
        assertThat(comparison.conflicts()).anyMatch(c -> c.slot().startsWith("age"));
        for (Fact fact : comparison.facts()) {
            if (fact.text().contains("Ekberg")) {
                assertThat(fact.reports()).hasSize(1);
                assertThat(fact.outlets()).hasSize(1);
            }
        }
    }
}
