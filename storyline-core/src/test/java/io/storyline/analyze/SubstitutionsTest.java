package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Substitutions}: one copied sentence that puts two things in one place tells two facts. */
class SubstitutionsTest {

    @Test
    void twoThingsAfterAPlaceWordOrAsTheOpeningSubjectDiffer() {
        assertThat(Substitutions.differ("About 200 guests were moved to a church hall in the village of Omsby.",
                "About 200 guests were moved to a gymnasium in the village of Omsby.")).isTrue();
        assertThat(Substitutions.differ("The Lomb theatre reopened on Monday after a fire, the council said.",
                "The Verr gallery reopened on Monday after a fire, the council said.")).isTrue();
    }

    @Test
    void whoSaidItAWordInCommonOrAnotherWordingAreNoSubstitution() {
        // who said it does not change the fact
        assertThat(Substitutions.differ("Forty homes were flooded on Monday, the county council said.",
                "Forty homes were flooded on Monday, the regional government said.")).isFalse();
        // a word in common: one thing told more or less fully
        assertThat(Substitutions.differ("About 200 guests were moved to a church hall in the village of Omsby.",
                "About 200 guests were moved to a hall in the village of Omsby.")).isFalse();
        // a verb told two ways is a paraphrase, not another thing
        assertThat(Substitutions.differ("Three people died in the flood at Omsby on Monday.",
                "Three people were killed in the flood at Omsby on Monday.")).isFalse();
        // a figure is a slot's, not this rule's
        assertThat(Substitutions.differ("About 200 guests were moved to a hall in the village of Omsby.",
                "About 300 guests were moved to a hall in the village of Omsby.")).isFalse();
    }
}
