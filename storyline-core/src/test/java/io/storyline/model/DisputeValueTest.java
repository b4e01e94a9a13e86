package io.storyline.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A value shown in a note reads as it would inside a sentence: no capital kept from opening its own. */
class DisputeValueTest {

    private static Dispute dispute(String shown, String value) {
        return new Dispute(new Citation(2, 0, "Some 20,000 people fled the valley."), "number", "person", shown, value);
    }

    @Test
    void anOpeningHedgeOrNumberWordLosesItsCapital() {
        assertThat(dispute("30,000 people", "Some 20,000 people").value()).isEqualTo("some 20,000 people");
        assertThat(dispute("About 80 firefighters", "120 firefighters").shownValue()).isEqualTo("about 80 firefighters");
        assertThat(dispute("five workers", "Three workers").value()).isEqualTo("three workers");
    }

    @Test
    void namesAndAcronymsKeepTheirs() {
        assertThat(dispute("Wednesday", "Tuesday").value()).isEqualTo("Tuesday");
        assertThat(dispute("Lyon", "Marseille").value()).isEqualTo("Marseille");
        assertThat(dispute("UN", "NATO").value()).isEqualTo("NATO");
        assertThat(dispute("Some", "SOME").value()).isEqualTo("SOME");
    }
}
