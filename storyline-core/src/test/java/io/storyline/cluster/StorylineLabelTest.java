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
        assertThat(StorylineLabel.of(events, word -> names.contains(word.toLowerCase(java.util.Locale.ROOT))))
                .isEqualTo("Port-au-Prince, Haiti: " + biggest);
        // taking every capitalised word for a name, the notice leads the label (the outlet is left out either way)
        assertThat(StorylineLabel.of(events)).isEqualTo("PLEASE NOTE, Port-au-Prince, Haiti: " + biggest);
    }
}
