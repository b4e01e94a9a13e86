package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NegationsTest {

    @Test
    void aNegationDeniesTheFirstTwoWordsAfterItsAuxiliaries() {
        assertThat(Negations.denied("The United Nations does not recognize Indonesia's claim."))
                .containsExactly("recogn", "indonesia");
        assertThat(Negations.denied("The system had never before been deployed at such depths."))
                .containsExactly("deploi", "such");
        assertThat(Negations.denied("The boy isn't expected to make it to Christmas.")).containsExactly("expect", "make");
    }

    @Test
    void notOnlyAndWhetherOrNotDenyNothing() {
        assertThat(Negations.denied("Not only are both sides still waiting, they are also talking.")).isEmpty();
        assertThat(Negations.denied("The judge will rule whether or not the players are paid.")).isEmpty();
    }

    @Test
    void aNegationDisagreesOnlyWithAStatementOfWhatItDenies() {
        assertThat(Negations.denies("Police did not arrest the driver.", Set.of("polic", "arrest", "driver"))).isTrue();
        assertThat(Negations.denies("Police arrested the driver, who had not slept for a day.",
                Set.of("polic", "arrest", "driver"))).isFalse();
        assertThat(Negations.denies("Police arrested the driver.", Set.of("polic", "arrest"))).isFalse();
    }
}
