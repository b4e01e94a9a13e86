package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Subjects that look like datelines stay: invented sentences. */
class EntryTextAppositionTest {

    @Test
    void anAcronymSubjectWithAnAppositionIsNoDateline() {
        String sentence = "NATO -- the military alliance of thirty countries -- said on Tuesday it would send ships.";
        assertThat(EntryText.of(sentence)).isEqualTo(sentence);
    }

    @Test
    void anOrganisationsInitialsInParenthesesAreNoAgency() {
        String sentence = "The World Health Organization (WHO) -- which declared the pandemic -- met in Geneva.";
        assertThat(EntryText.of(sentence)).isEqualTo(sentence);
    }

    @Test
    void realDatelinesStillGo() {
        assertThat(EntryText.of("PARIS, Oct. 12 -- The strike closed every museum in the city."))
                .isEqualTo("The strike closed every museum in the city.");
        assertThat(EntryText.of("HOUSTON, April 29 (Reuters) -- The well was capped on Thursday evening."))
                .isEqualTo("The well was capped on Thursday evening.");
    }
}
