package io.storyline.cluster;

import io.storyline.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The names a storyline's label may be built from. */
class StorylineLabelTest {

    @Test
    void weekdaysAndMonthsAreDatesNotNames() {
        assertThat(StorylineLabel.names("Protesters return to Tahrir Square on Friday, January 28"))
                .containsExactly("Tahrir Square");
        assertThat(StorylineLabel.names("Aid for Haiti pledged by Obama in March")).containsExactlyInAnyOrder("Obama",
                "Haiti");
    }

    @Test
    void aDateRunIntoACapitalisedWordIsNoName() {
        // a page listing readers' stories by day: "January Up" is a month run into the next line's first word
        assertThat(StorylineLabel.names("Haiti earthquake: Your stories Friday 15 January Up to 10 Port-au-Prince"))
                .containsExactlyInAnyOrder("Port-au-Prince");
        assertThat(StorylineLabel.names("Rally in Cairo: January Hosni Mubarak speech")).containsExactlyInAnyOrder(
                "Cairo", "Hosni Mubarak");
        List<Story> events = List.of(
                event("s1", "Obama makes Haiti earthquake statement", "BBC", 5),
                event("s2", "Haiti earthquake: Your stories Thursday 14 January Up to 10", "BBC", 3),
                event("s3", "Haiti earthquake: Your stories Friday 15 January Up to 10", "BBC", 2));
        // the stream writes months as names inside sentences, as it writes every capitalised month
        Set<String> writtenAsNames = Set.of("haiti", "obama", "january", "up");
        assertThat(StorylineLabel.of(events, word -> writtenAsNames.contains(word.toLowerCase(java.util.Locale.ROOT)),
                word -> 0)).isEqualTo("Obama makes Haiti earthquake statement"); // was "January Up: ..."
    }

    @Test
    void aTimeZoneAfterAClockIsNoName() {
        assertThat(StorylineLabel.names("Trial resumes, last updated at 05:27 GMT, Tuesday, with Murray"))
                .containsExactly("Murray");
        assertThat(StorylineLabel.names("Markets rally, 4:16 am BST as Damascus calm")).containsExactly("Damascus");
    }

    @Test
    void aLeadingArticleIsNoPartOfAName() {
        assertThat(StorylineLabel.names("Talks resume: The Arab League meets in Cairo"))
                .containsExactlyInAnyOrder("Arab League", "Cairo");
    }

    @Test
    void aShorterFormOfANameIsTheSameName() {
        assertThat(StorylineLabel.sameName("Dr Conrad Murray", "Dr Murray")).isTrue();
        assertThat(StorylineLabel.sameName("Conrad Murray", "Murray")).isTrue();
        assertThat(StorylineLabel.sameName("Gulf of Mexico", "Mexico City")).isFalse();
    }

    @Test
    void anAbbreviationKeepsItsLastStop() {
        assertThat(StorylineLabel.names("Flu cases rise in the U.S. and Mexico")).containsExactlyInAnyOrder("U.S.",
                "Mexico");
    }

    private static Story event(String id, String label, String outlet, int articles) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < articles; i++) {
            ids.add(id + "-" + i);
        }
        return new Story(id, label, null, null, List.of(outlet), ids);
    }

    @Test
    void pageFurnitureAndTheOutletAreNoRecurringNames() {
        // every event's label carries the wire's name and a notice in capitals; only the subject's names are
        // ones the stream writes as names inside sentences
        String biggest = "Quake aid reaches Port-au-Prince; PLEASE NOTE; Reuters";
        List<Story> events = List.of(
                event("s1", biggest, "Reuters", 5),
                event("s2", "Rescuers in Port-au-Prince pull boy out; PLEASE NOTE; Reuters", "Reuters", 3),
                event("s3", "Pledges for Haiti grow, Reuters reports", "Reuters", 2),
                event("s4", "Schools reopen in Haiti; PLEASE NOTE", "Reuters", 2));
        Set<String> names = Set.of("port", "prince", "haiti", "reuters");
        assertThat(StorylineLabel.of(events, word -> names.contains(word.toLowerCase(java.util.Locale.ROOT)),
                word -> 0)).isEqualTo("Port-au-Prince, Haiti: " + biggest);
        // taking every capitalised word for a name, the notice leads the label (the outlet is left out either way)
        assertThat(StorylineLabel.of(events)).isEqualTo("PLEASE NOTE, Port-au-Prince, Haiti: " + biggest);
    }

    @Test
    void theStorylinesNameWeightsRankItsNamesNotHowManyHeadlinesCarryThem() {
        // a city's snow ran beside the uprising on a few pages whose headlines carried both: "Chicago" is in three
        // events' labels, the uprising's names in two each, but the text weighs the uprising's cast far more
        String biggest = "Protesters fill Tahrir Square as Mubarak speaks";
        List<Story> events = List.of(
                event("s1", biggest, "Herald", 6),
                event("s2", "New deputy for Mubarak is Suleiman; snow in Chicago", "Herald", 3),
                event("s3", "Snow buries Chicago; Tahrir Square camp stays", "Herald", 2),
                event("s4", "Airports close in Chicago; Suleiman meets ElBaradei", "Herald", 2));
        java.util.Map<String, Double> weights = java.util.Map.of("mubarak", 4.0, "tahrir", 3.0, "square", 0.5,
                "suleiman", 2.0, "chicago", 0.4);
        assertThat(StorylineLabel.of(events, word -> true,
                word -> weights.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), 0.0)))
                .isEqualTo("Mubarak, Tahrir Square, Suleiman: " + biggest);
        // with no weights, the labels' counts rank them: the snow's city leads
        assertThat(StorylineLabel.of(events)).isEqualTo("Chicago, Mubarak, Tahrir Square: " + biggest);
        // a name carried by one event's label only is no recurring name, however heavy
        assertThat(StorylineLabel.of(events, word -> true, word -> word.equals("ElBaradei") ? 100.0 : 0.0))
                .isEqualTo("Chicago, Mubarak, Tahrir Square: " + biggest);
    }

    @Test
    void twoFormsOfOneNameWhoseHeaviestWordIsOneAreShownOnce() {
        java.util.Map<String, Double> weights = java.util.Map.of("obama", 5.0, "president", 0.2, "sen", 0.1,
                "barack", 1.0, "bush", 3.0, "tahrir", 2.0, "red", 2.5, "square", 0.3);
        java.util.function.ToDoubleFunction<String> weight =
                word -> weights.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), 0.0);
        assertThat(StorylineLabel.sameHeaviestWord("President Obama", "SEN. BARACK OBAMA", weight)).isTrue();
        assertThat(StorylineLabel.sameHeaviestWord("President Obama", "President Bush", weight)).isFalse();
        assertThat(StorylineLabel.sameHeaviestWord("Tahrir Square", "Red Square", weight)).isFalse();
        assertThat(StorylineLabel.sameHeaviestWord("Chicago", "Cairo", weight)).as("neither weighed").isFalse();
        String biggest = "Rescue plan passes the Senate";
        List<Story> events = List.of(
                event("s1", biggest + " as President Obama signs", "Herald", 6),
                event("s2", "Bailout vote: SEN. BARACK OBAMA backs plan with President Bush", "Herald", 3),
                event("s3", "Markets wait for President Obama and President Bush", "Herald", 2),
                event("s4", "Banks thank SEN. BARACK OBAMA", "Herald", 2));
        assertThat(StorylineLabel.of(events, word -> true, weight))
                .isEqualTo("President Obama, President Bush: " + biggest + " as President Obama signs");
    }
}
