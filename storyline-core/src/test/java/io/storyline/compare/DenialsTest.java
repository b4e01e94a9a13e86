package io.storyline.compare;

import io.storyline.Storyline;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.summarize.SummaryOptions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One outlet denies what another states, in either voice; denials of something else are left alone. */
class DenialsTest {

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
    void aPassiveStatementAndAnActiveDenialOfOneEvent() {
        assertThat(deny("The coach driver, Tomas Weller, was arrested at the depot.",
                "Officers did not arrest the coach driver, who was treated for shock.")).isTrue();
        assertThat(deny("Officers arrested the coach driver on the spot.",
                "The coach driver was not arrested.")).isTrue();
        assertThat(deny("The treasurer was charged with embezzlement on Friday.",
                "The treasurer has not been charged, his lawyer's office confirmed.")).isTrue();
        assertThat(deny("Harbour police never detained the skipper.", "The skipper was detained overnight.")).isTrue();
    }

    @Test
    void anEventGoingOnStatedAndDenied() {
        assertThat(deny("Police are investigating the harbour master, a spokesman said.",
                "Police are not investigating the harbour master, a spokesman said.")).isTrue();
        assertThat(deny("The union is not seeking a new ballot.", "The union is seeking a new ballot on the offer."))
                .isTrue();
        // what went on then and what goes on now can both be true
        assertThat(deny("Police did not investigate the harbour master in 2019.",
                "Police are investigating the harbour master.")).isFalse();
        // something else going on, or nobody in particular
        assertThat(deny("Police are investigating the harbour master.", "Police are not investigating the ferry crew."))
                .isFalse();
        assertThat(deny("Police are investigating the harbour master.", "Police are not investigating anyone else."))
                .isFalse();
        // verbs of saying and having are no event
        assertThat(deny("The mayor is saying the bridge is safe.", "The mayor is not saying the bridge is safe."))
                .isFalse();
        assertThat(Denials.ingBase("saying")).isEqualTo("say");
        assertThat(Denials.ingBase("having")).isEqualTo("have");
        assertThat(Denials.ingBase("getting")).isEqualTo("get");
    }

    @Test
    void theSameDoerConfirmingAndDenyingOneThing() {
        assertThat(deny("The ministry confirmed that the deputy minister had resigned.",
                "The ministry denied that the deputy minister had resigned.")).isTrue();
        // another doer's denial is a claim against the report, not one outlet against another
        assertThat(deny("The ministry confirmed that the deputy minister had resigned.",
                "The deputy minister's spokesman denied that the deputy minister had resigned.")).isFalse();
    }

    @Test
    void denialsOfSomethingElseAreNoConflict() {
        String arrested = "The coach driver was arrested at the depot.";
        // nobody the other names
        assertThat(deny(arrested, "Officers did not arrest anyone else.")).isFalse();
        // another event of the same person
        assertThat(deny(arrested, "Officers did not release the coach driver's name.")).isFalse();
        assertThat(deny(arrested, "The coach driver was not injured.")).isFalse();
        // a denial in time: it happened later
        assertThat(deny(arrested, "The coach driver was not arrested until Tuesday.")).isFalse();
        assertThat(deny(arrested, "Officers did not immediately arrest the coach driver.")).isFalse();
        // a speaker's words, not the outlet's statement
        assertThat(deny(arrested, "\"We did not arrest the coach driver,\" the police chief said.")).isFalse();
        // a pronoun names nobody to compare
        assertThat(deny(arrested, "He was not arrested.")).isFalse();
        // two doers may both be right
        assertThat(deny("French police arrested the coach driver.", "Swiss police did not arrest the coach driver."))
                .isFalse();
        // what may be or should be, not what was
        assertThat(deny("The arbiter will rule whether or not the 200 players should be paid during the lockout.",
                "He understood that the players would not be paid if the owners imposed a lockout.")).isFalse();
        // a "not" outside the verb's own auxiliaries
        assertThat(deny(arrested, "Not all passengers saw the coach driver, who was arrested later.")).isFalse();
    }

    private static Article article(String id, String outlet, LocalDate day, String text) {
        return new Article(id, outlet, null, null, day, text, id + ".txt");
    }

    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    private static List<Article> coachCrash(LocalDate thirdDay) {
        return List.of(
                article("a", "Valley Courier", DAY, "A coach left the road outside Dunmore on Sunday, injuring 20 people.\n\n"
                        + "The coach driver, Tomas Weller, was arrested at the depot.\n\n"
                        + "The coach had been hired by a choir from Kilbride."),
                article("b", "Hill Radio", DAY, "A coach left the road outside Dunmore on Sunday, injuring 20 people.\n\n"
                        + "Officers did not arrest the coach driver, Tomas Weller, who was treated for shock.\n\n"
                        + "The coach had been hired by a choir from Kilbride."),
                article("c", "Dunmore Post", thirdDay, "A coach left the road outside Dunmore on Sunday, injuring 20 people.\n\n"
                        + "The coach driver, Tomas Weller, was arrested at the depot, prosecutors said."));
    }

    @Test
    void compareListsTheDenialOfTheSameDay() {
        Comparison comparison = OutletComparison.compare(coachCrash(DAY));
        List<String> denials = comparison.conflicts().stream().filter(c -> c.kind().equals("negation"))
                .map(c -> c.value() + " [" + c.statement().source() + "] / " + c.otherValue() + " ["
                        + c.otherStatement().source() + "]").toList();
        assertThat(denials).containsExactlyInAnyOrder("arrested [1] / not arrested [2]", "arrested [3] / not arrested [2]");
    }

    @Test
    void anEventDeniedOneDayAndReportedAnotherIsTheStoryMovingOn() {
        Comparison comparison = OutletComparison.compare(coachCrash(DAY.plusDays(1)));
        assertThat(comparison.disagreements().stream().filter(c -> c.kind().equals("negation"))
                .map(c -> c.statement().source() + "/" + c.otherStatement().source())).containsExactly("1/2");
    }

    @Test
    void theSummaryShowsTheDenialBesideTheStatementAndDoesNotCiteIt() {
        Summary summary = Storyline.summarize(coachCrash(DAY), SummaryOptions.defaults());
        SummarySentence arrested = summary.sentences().stream().filter(s -> s.text().contains("was arrested"))
                .findFirst().orElseThrow();
        int denier = summary.sources().stream().filter(s -> s.outletLabel().equals("Hill Radio")).findFirst()
                .orElseThrow().number();
        assertThat(arrested.citations()).noneMatch(c -> c.source() == denier);
        assertThat(arrested.disputedBy()).anyMatch(d -> d.citation().source() == denier
                && d.value().equals("not arrested"));
    }
    @Test
    void verbsOfOneEventDenyEachOther() {
        assertThat(deny("The coach driver was detained at the depot.", "Officers did not arrest the coach driver."))
                .isTrue();
        assertThat(deny("The ferry's skipper died in hospital on Monday.", "The ferry's skipper was not killed."))
                .isTrue();
        assertThat(deny("The gunman fled the scene in a grey van.", "The gunman did not escape, officers said."))
                .isTrue();
        assertThat(deny("Two firefighters were hurt when the roof fell.", "The firefighters were not injured.")).isTrue();
        // a narrower verb denies nothing of the wider one: he may have been arrested and freed on bail
        assertThat(deny("The coach driver was arrested at the depot.", "The coach driver was not jailed.")).isFalse();
        // the guards hold for the other verbs too: nobody in particular, later, a speaker's words, a modal
        assertThat(deny("The coach driver was detained at the depot.", "Officers did not arrest anyone else.")).isFalse();
        assertThat(deny("The coach driver was detained at the depot.", "The coach driver was not arrested until Tuesday."))
                .isFalse();
        assertThat(deny("The ferry's skipper died in hospital.", "\"The skipper did not die,\" his brother said.")).isFalse();
        assertThat(deny("The gunman fled the scene.", "The gunman could not escape the building.")).isFalse();
        assertThat(deny("French police detained the coach driver.", "Swiss police did not arrest the coach driver."))
                .isFalse();
    }

    @Test
    void noOneDeniesAnEventOfTheSameSetting() {
        assertThat(deny("The coach driver was arrested at the depot.", "No one was arrested at the depot.")).isTrue();
        assertThat(deny("Two firefighters were hurt in the warehouse fire.", "Nobody was hurt in the warehouse fire."))
                .isTrue();
        assertThat(deny("Two guards were detained over the prison break.", "No one has been arrested over the prison break."))
                .isTrue();
        assertThat(deny("Three passengers died in the ferry fire.", "In the ferry fire, no one died.")).isTrue();
        // somebody else, later, a modal, a speaker's words, a denial with no setting, another setting, another doer
        assertThat(deny("The coach driver was arrested at the depot.", "No one else was arrested at the depot.")).isFalse();
        assertThat(deny("The coach driver was arrested at the depot.", "No one has been arrested at the depot so far."))
                .isFalse();
        assertThat(deny("The coach driver was arrested at the depot.", "No one would be arrested at the depot.")).isFalse();
        assertThat(deny("The coach driver was arrested at the depot.",
                "\"No one was arrested at the depot,\" the union said.")).isFalse();
        assertThat(deny("The coach driver was arrested at the depot.", "No one was arrested.")).isFalse();
        assertThat(deny("Two people were killed in the market bombing.", "No one was killed in the second blast."))
                .isFalse();
        assertThat(deny("French police arrested the coach driver at the depot.",
                "No one was arrested by Swiss police at the depot.")).isFalse();
        // "no one" that is not the subject's head names nobody denied
        assertThat(deny("The coach driver was arrested at the depot.", "A man no one knew was arrested at the depot."))
                .isFalse();
    }

    @Test
    void theSummaryShowsAStatementOrItsDenialNeverBoth() throws Exception {
        Summary summary = Storyline.summarize(coachCrash(DAY), SummaryOptions.defaults());
        List<SummarySentence> told = summary.sentences().stream()
                .filter(s -> s.text().contains("was arrested") || s.text().contains("did not arrest")).toList();
        assertThat(told).hasSize(1);
        assertThat(told.get(0).disputedBy()).anyMatch(d -> d.kind().equals("negation"));
        // every format renders the one sentence with the other outlet beside it
        for (io.storyline.render.OutputFormat format : List.of(io.storyline.render.OutputFormats.MD,
                io.storyline.render.OutputFormats.HTML, io.storyline.render.OutputFormats.JSON)) {
            io.storyline.model.SummaryReport report = Storyline.report(coachCrash(DAY), SummaryOptions.defaults(), format);
            String out = format.render(io.storyline.render.RecordType.SUMMARY, report, null);
            List<String> shown = shownSentences(format, out);
            boolean stated = shown.stream().anyMatch(t -> t.contains("was arrested at the depot"));
            boolean denied = shown.stream().anyMatch(t -> t.contains("did not arrest the coach driver"));
            assertThat(stated ^ denied).as(format.toString()).isTrue();
            assertThat(out).as(format.toString()).containsAnyOf("says not arrested", "says arrested", "\"not arrested\"",
                    "\"arrested\"");
        }
    }

    /** The sentences a rendered summary shows (not the sources' sentences its notes and links carry). */
    private static List<String> shownSentences(io.storyline.render.OutputFormat format, String out) throws Exception {
        if (format == io.storyline.render.OutputFormats.HTML) {
            return org.jsoup.Jsoup.parse(out).select("section.summary span.sentence").stream()
                    .map(e -> e.ownText()).toList();
        }
        if (format == io.storyline.render.OutputFormats.JSON) {
            List<String> texts = new java.util.ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(out).findValues("sentences")
                    .forEach(list -> list.forEach(n -> texts.add(n.path("text").asText())));
            return texts;
        }
        return out.lines().toList();
    }

    @Test
    void aDenialOfANamedGroupDeniesACountOfThatGroup() {
        assertThat(deny("Three passengers were hurt when the bus braked, the company said.",
                "No passenger was hurt, the fire brigade said.")).isTrue();
        assertThat(deny("Three passengers were hurt when the bus braked.", "No British passengers were injured.")).isTrue();
        // another group, or a denial set elsewhere, denies nothing the statement says
        assertThat(deny("The driver was hurt when the bus braked.", "No passenger was hurt, the fire brigade said.")).isFalse();
        assertThat(deny("Three passengers were hurt when the bus braked.",
                "No passenger was hurt in the second collision.")).isFalse();
        assertThat(deny("Three passengers were hurt.", "No other passengers were hurt.")).isFalse();
    }

    @Test
    void aDenialBeforeAnEventDeniesAStatementOfTheSameTimeOnly() {
        assertThat(deny("The captain reported a leak in the hull before sailing, inspectors said.",
                "Inspectors said the captain had not reported a leak before sailing.")).isTrue();
        // before some other moment, or a plain "not yet", is a denial in time
        assertThat(deny("The captain reported a leak in the hull after sailing.",
                "Inspectors said the captain had not reported a leak before sailing.")).isFalse();
        assertThat(deny("The captain reported a leak in the hull.", "The captain had not yet reported a leak.")).isFalse();
    }
}
