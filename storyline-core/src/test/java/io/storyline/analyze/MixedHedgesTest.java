package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two hedges of two kinds are one figure when the values each allows meet, a conflict only when they cannot. */
class MixedHedgesTest {

    private static boolean agree(String a, String b) {
        return Quantity.in(a).get(0).consistentWith(Quantity.in(b).get(0));
    }

    @Test
    void aBoundAndAnAboutThatMeetAgree() {
        assertThat(agree("the search lasted less than 4 hours", "the search lasted about 3 hours")).isTrue();
        assertThat(agree("the search lasted about 3 hours", "the search lasted less than 4 hours")).isTrue();
        assertThat(agree("more than 200 people were evacuated", "about 220 people were evacuated")).isTrue();
        assertThat(agree("more than 200 people were evacuated", "up to 250 people were evacuated")).isTrue();
    }

    @Test
    void rangesThatCannotMeetStillConflict() {
        assertThat(agree("the search lasted about 3 hours", "the search lasted more than 5 hours")).isFalse();
        assertThat(agree("fewer than 100 people were evacuated", "about 300 people were evacuated")).isFalse();
        assertThat(agree("more than 500 people were evacuated", "up to 200 people were evacuated")).isFalse();
        // two of one hedge keep their own rule: "about 100" and "about 150" are two figures
        assertThat(agree("about 100 people were evacuated", "about 150 people were evacuated")).isFalse();
    }
}
