package io.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConflictTest {

    private static final Citation ONE = new Citation(1, 0, "The ferry sank on Monday with 12 aboard.");
    private static final Citation TWO = new Citation(2, 3, "The ferry sank on Tuesday with 14 aboard.");

    @Test
    void aLabelNamesTheSlotOnlyWhenItSaysMoreThanTheKind() {
        assertThat(new Conflict("day", "day", "Monday", ONE, "Tuesday", TWO).label()).isEqualTo("day");
        assertThat(new Conflict("number", "aboard", "12", ONE, "14", TWO).label()).isEqualTo("number (aboard)");
        assertThat(new Conflict("name", " ", "Ada", ONE, "Ida", TWO).label()).isEqualTo("name");
        assertThat(new Conflict("number", "amount ($)", "$4 million", ONE, "$6 million", TWO).label())
                .isEqualTo("amount ($)");
    }
}
