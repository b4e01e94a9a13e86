package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a count is read when the sentence around it says more: a range's low end, a part of a group, one more. */
class CountReadingsTest {

    @Test
    void aRangeKeepsItsLowEndInTheTopsUnit() {
        Quantity hours = Quantity.in("Residents waited 2-3 hours for buses.").get(0);
        assertThat(hours.isRange()).isTrue();
        assertThat(hours.value()).isEqualTo(3 / 24.0);
        assertThat(hours.low()).isEqualTo(2 / 24.0);
        Quantity tons = Quantity.in("It needs between 4.5 million and 5 million tons of grain.").get(0);
        assertThat(tons.low()).isEqualTo(4.5e6);
        assertThat(Quantity.in("Residents waited 3 hours for buses.").get(0).isRange()).isFalse();
    }

    @Test
    void aRangeIsConsistentWithAnyFigureItReaches() {
        Quantity range = Quantity.in("They waited 2-3 hours.").get(0);
        assertThat(range.consistentWith(Quantity.in("They waited about 2 hours.").get(0))).isTrue();
        assertThat(Quantity.in("They waited about 2 hours.").get(0).consistentWith(range)).isTrue();
        assertThat(range.consistentWith(Quantity.in("They waited nine hours.").get(0))).isFalse();
    }

    @Test
    void aPartOfAGroupCountsThePart() {
        assertThat(Quantity.in("Three of the five firefighters were killed.")).hasSize(2)
                .filteredOn(q -> q.slot().equals("firefighter in all")).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualTo(5));
        assertThat(Quantity.in("Three of the five firefighters were killed."))
                .filteredOn(q -> q.slot().equals("firefighter")).singleElement().satisfies(q -> {
                    assertThat(q.value()).isEqualTo(3);
                    assertThat(q.slot()).isEqualTo("firefighter");
                    assertThat(q.text()).isEqualTo("Three of the five firefighters");
                });
        assertThat(Quantity.in("Five firefighters were killed.")).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualTo(5));
    }

    @Test
    void aCountThatGoesOnToOneMoreIsAtLeastItself() {
        assertThat(Quantity.in("He killed two people outside the centre and then a third at a nursing home."))
                .singleElement().satisfies(q -> assertThat(q.hedge()).isEqualTo("atLeast"));
        assertThat(Quantity.in("He killed two people outside the centre and then a fourth at a nursing home."))
                .singleElement().satisfies(q -> assertThat(q.hedge()).isEqualTo("exact"));
    }
}
