package io.storyline.compare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The office a title gives a name. */
class OfficeTest {

    @Test
    void aRoleThatRepeatsAWordIsRead() {
        // two secretaries in one sentence once made a role "secretary ... secretary" that stopped bpoil_foxnews's comparison
        String sentence = "Homeland Security Secretary Janet Napolitano and Interior Secretary Ken Salazar met BP.";
        int name = sentence.indexOf("Ken Salazar");
        Office office = Office.of(sentence, name, "secretary interior secretary");
        assertThat(office).isNotNull();
        assertThat(office.heldNow()).isTrue();
    }
}
