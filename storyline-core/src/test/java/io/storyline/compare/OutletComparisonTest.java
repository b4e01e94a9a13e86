package io.storyline.compare;

import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Entity;
import io.storyline.model.EntityType;
import io.storyline.model.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Entities across outlets and spellings, facts by outlet, and conflicts without false alarms. */
class OutletComparisonTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static Entity entity(Comparison comparison, String name) {
        return comparison.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + comparison.entities()));
    }

    @Test
    void oneEntityPerPersonAcrossSpellingsAndOutlets() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Harbour Post", "Libyan leader Muammar Gaddafi spoke on state television.\n\n"
                        + "Gaddafi said his forces would retake the port of al-Zawiya."),
                article("b", "Coast Wire", "Forces loyal to Moammar Qaddafi shelled Zawiya on Sunday.\n\n"
                        + "Qaddafi has ruled since 1969."),
                article("c", "Daily Ledger", "Troops of Colonel Gadhafi attacked the town again.")));
        Entity leader = entity(comparison, "Muammar Gaddafi");
        assertThat(leader.type()).isEqualTo(EntityType.PERSON);
        assertThat(leader.aliases()).contains("Moammar Qaddafi", "Gaddafi", "Qaddafi", "Gadhafi");
        assertThat(leader.sources()).containsExactly(1, 2, 3);
        assertThat(leader.centrality()).isEqualTo(1.0);
        Entity town = comparison.entities().stream().filter(e -> e.aliases().contains("Zawiya")
                || e.name().equals("Zawiya")).findFirst().orElseThrow();
        assertThat(List.of(town.name(), town.aliases().toString())).anySatisfy(s -> assertThat(s).contains("al-Zawiya"));
    }

    @Test
    void aPartialNameAndADefiniteRoleJoinTheNamedPerson() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Harbour Post", "Foreign Minister Lena Brandt resigned on Monday.\n\n"
                        + "Brandt gave no reason."),
                article("b", "Coast Wire", "The foreign minister left the capital before dawn, aides said.")));
        Entity minister = entity(comparison, "Lena Brandt");
        assertThat(minister.aliases()).contains("Brandt", "foreign minister");
        assertThat(minister.sources()).containsExactly(1, 2);
    }

    @Test
    void aFactOpeningOnAConnectiveStandsAloneAndItsReportKeepsTheSource() {
        String however = "However, the harbour authority said repairs to the north pier would cost $4 million.";
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Harbour Post", "Foreign Minister Lena Brandt resigned on Monday after a row over the budget.\n\n"
                        + however),
                article("b", "Coast Wire", "Lena Brandt resigned as foreign minister on Monday.")));
        Fact repairs = comparison.carriedByOne().stream().filter(f -> f.text().contains("north pier")).findFirst()
                .orElseThrow(() -> new AssertionError("no repairs fact in " + comparison.carriedByOne()));
        assertThat(repairs.text()).isEqualTo("The harbour authority said repairs to the north pier would cost $4 million.");
        assertThat(repairs.reports().get(0).sentence()).isEqualTo(however);
    }

    @Test
    void factsShowWhichOutletsCarryThem() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Harbour Post", "Foreign Minister Lena Brandt resigned on Monday after a row over the budget.\n\n"
                        + "The harbour authority said repairs to the north pier would cost $4 million."),
                article("b", "Coast Wire", "Lena Brandt quit as foreign minister on Monday, government sources said.\n\n"
                        + "Fishermen in Gull Bay said the catch had been the worst in twenty years.")));
        assertThat(comparison.carriedByAll()).hasSize(1);
        Fact shared = comparison.carriedByAll().get(0);
        // shown in Coast Wire's words: Harbour Post's sentence adds a row over the budget that Coast Wire lacks
        assertThat(shared.text()).startsWith("Lena Brandt quit");
        assertThat(shared.outlets()).containsExactly("Coast Wire", "Harbour Post");
        assertThat(shared.reports()).extracting(r -> r.source()).containsExactly(2, 1);
        assertThat(comparison.carriedByOne()).extracting(Fact::text)
                .anySatisfy(t -> assertThat(t).contains("$4 million"))
                .anySatisfy(t -> assertThat(t).contains("worst in twenty years"));
        assertThat(comparison.conflicts()).isEmpty();
    }

    @Test
    void twoArticlesNamingNoOutletAreTwoOutletsNotOne() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", Article.UNKNOWN_OUTLET, "The flood in Gull Bay killed 38 people on Monday, the mayor said."),
                article("b", Article.UNKNOWN_OUTLET, "The flood in Gull Bay killed 52 people on Monday, police said."),
                article("c", "Coast Wire", "The flood in Gull Bay killed 38 people on Monday, officials said.")));
        assertThat(comparison.outletCount()).isEqualTo(3);
        assertThat(comparison.sources()).extracting(s -> s.outletLabel())
                .containsExactly("unknown outlet [1]", "unknown outlet [2]", "Coast Wire");
        assertThat(comparison.conflicts()).extracting(Conflict::kind).contains("number");
        assertThat(comparison.facts()).flatExtracting(Fact::outlets).doesNotContain("a", "b", "a.txt", "b.txt");
    }

    @Test
    void differentCountsOfOneThingAreAConflictWithBothStatements() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Harbour Post", "The flood in Gull Bay killed 38 people on Monday, the mayor said."),
                article("b", "Coast Wire", "The flood in Gull Bay killed 52 people on Monday, police said.")));
        assertThat(comparison.conflicts()).hasSize(1);
        Conflict conflict = comparison.conflicts().get(0);
        assertThat(conflict.kind()).isEqualTo("number");
        assertThat(conflict.slot()).isEqualTo("people");
        assertThat(List.of(conflict.value(), conflict.otherValue())).containsExactly("38 people", "52 people");
        assertThat(conflict.statement().source()).isEqualTo(1);
        assertThat(conflict.otherStatement().source()).isEqualTo(2);
        assertThat(conflict.otherStatement().sentence()).contains("52 people");
    }

    @Test
    void aSecondEventOfTheSamePeopleOnAnotherDayIsNoConflict() {
        // Both outlets report the arrest on Thursday; the announcement on Friday is another event.
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Harbour Post", "Rebel leader Dario Kess was arrested Thursday at the Vell airport "
                        + "as he stepped off a plane."),
                article("b", "Coast Wire", "Rebel leader Dario Kess was arrested Thursday at the airport in Vell.\n\n"
                        + "Kess is in custody in Vell, where his arrest was announced Friday.")));
        assertThat(comparison.conflicts()).extracting(Conflict::kind).doesNotContain("day");
    }

    @Test
    void differentDaysForOneEventAreAConflict() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Harbour Post", "Foreign Minister Lena Brandt resigned on Thursday, officials said."),
                article("b", "Coast Wire", "Lena Brandt resigned on Wednesday, her office said.")));
        assertThat(comparison.conflicts()).extracting(Conflict::kind).containsExactly("day");
        assertThat(comparison.conflicts().get(0).value()).isEqualTo("Thursday");
        assertThat(comparison.conflicts().get(0).otherValue()).isEqualTo("Wednesday");
    }

    @Test
    void roundingHedgesAndUnitsAreNotConflicts() {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Harbour Post", "The death toll from the fighting in Misrata rose to about 1,000 people, doctors said.\n\n"
                        + "Rebels have held the port of Brega for six weeks despite the shelling.\n\n"
                        + "At least 30 civilians were killed in the shelling of Brega on Sunday."),
                article("b", "Coast Wire", "The death toll from the fighting in Misrata rose to 1,000 people, doctors said.\n\n"
                        + "Rebels have held the port of Brega for 42 days despite the shelling.\n\n"
                        + "The shelling of Brega killed 34 civilians on Sunday.")));
        // "six weeks" / "42 days" is no conflict; it is not cited as one fact either, as the summary's own
        // decision (analyze.Facts) does not find it the same fact: a citation missing, never a wrong one
        assertThat(comparison.carriedByAll()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(comparison.conflicts()).isEmpty();
    }

    @Test
    void aPagesWordToItsReaderIsNoFact() {
        String toReader = "You can follow every turn of the ferry strike on our live page.";
        String[] news = {
                "Ferry crews on the island route walked out on Tuesday. The union said pay talks had failed. About 2,000 commuters were stranded at the quay.",
                "The ferry company said it would run two relief boats from Wednesday. Its chief executive called the strike reckless. Island schools closed early.",
                "Talks between the union and the company resume on Thursday at the port authority. A mediator has been appointed. Both sides said they wanted a deal.",
                "Shops on the islands reported empty shelves by Wednesday evening. Fuel deliveries were also halted. The council opened a help line."};
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < news.length; i++) {
            articles.add(article("p" + i, "Outlet " + (char) ('A' + i), news[i] + (i < 3 ? " " + toReader : "")));
        }
        Comparison comparison = OutletComparison.compare(articles);
        assertThat(comparison.facts()).noneMatch(f -> f.text().contains("live page"));
        assertThat(comparison.facts()).anyMatch(f -> f.text().contains("stranded at the quay"));
    }

    @Test
    void aStorysOwnOutletNamedInItsTextIsAnOrganisation() {
        // "East" would make it a place, an opening capital a person: the story's outlets say what it is
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "East Herald", "A passenger train derailed near Olsby on Sunday, East Herald reported."
                        + "\n\nEast Herald said 17 people were hurt."),
                article("b", "Capital News", "A train derailed near Olsby on Sunday, injuring 17 people, according to"
                        + " East Herald.")));
        assertThat(entity(comparison, "East Herald").type()).isEqualTo(EntityType.ORGANISATION);
        assertThat(comparison.entities().stream().filter(e -> e.aliases().contains("Olsby") || e.name().equals("Olsby"))
                .findFirst().orElseThrow().type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void emptyAndOneOutletStoriesCompareToNothing() {
        Comparison none = OutletComparison.compare(List.of(article("a", "Harbour Post", " ")));
        assertThat(none.facts()).isEmpty();
        assertThat(none.entities()).isEmpty();
        Comparison one = OutletComparison.compare(List.of(article("a", "Harbour Post",
                "Mayor Helen Vasquez closed the pier on Monday after the storm damaged it badly.")));
        assertThat(one.carriedByAll()).isEmpty();
        assertThat(one.carriedByOne()).isEmpty();
        assertThat(one.facts()).hasSize(1);
    }

    @Test
    void anAirlineThatSaysThingsIsNoPersonWhenItTakesAnArticleOrWhich() {
        // two mentions say "Tarn Air said"; two write "Tarn Air, which" and "the Tarn Air was": a person's
        // name takes neither ("the Tarn Air jet", a modifier, would say nothing: "the Bisek deposition")
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Harbour Post", "Tarn Air said on Monday that all its flights would resume.\n\n"
                        + "Tarn Air, which flies twice a day to Kesslow, grounded the jet after the engine fire."),
                article("b", "Coast Wire", "Tarn Air says the engine fire was put out within minutes.\n\n"
                        + "Passengers said the Tarn Air was once the best small airline of the coast.")));
        assertThat(entity(comparison, "Tarn Air").type()).isNotEqualTo(EntityType.PERSON);
        // a person who only speaks stays a person
        Comparison person = OutletComparison.compare(List.of(
                article("a", "Harbour Post", "Marek Tolle said on Monday that all flights would resume."),
                article("b", "Coast Wire", "Marek Tolle says the engine fire was put out within minutes.")));
        assertThat(entity(person, "Marek Tolle").type()).isEqualTo(EntityType.PERSON);
    }
}
