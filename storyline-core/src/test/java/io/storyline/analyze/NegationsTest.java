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
    void aRefusalOrFailureDeniesWhatANegationDenies() {
        assertThat(Negations.refused("The council refuses to recognize the harbour board; it recognizes the port authority."))
                .containsExactly("recogn");
        assertThat(Negations.refused("The firm declined to comment and failed to pay the fine.")).containsExactly("comment", "pai");
        assertThat(Negations.refused("The council refused the offer.")).isEmpty();
        Set<String> refusing = Set.of("council", "recogn", "board");
        assertThat(Negations.denies("The council does not recognize the board.", refusing)).isTrue();
        assertThat(Negations.denies("The council does not recognize the board.", refusing, Set.of("recogn"))).isFalse();
        // a refusal of something else leaves the denial standing
        assertThat(Negations.denies("The council does not recognize the board.", refusing, Set.of("pai"))).isTrue();
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
