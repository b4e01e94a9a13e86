package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityTest {

    @Test
    void quantitiesCompareAcrossUnitsAndHedges() {
        Quantity weeks = Quantity.in("held for six weeks").get(0);
        Quantity days = Quantity.in("held for 42 days").get(0);
        assertThat(weeks.slot()).isEqualTo("duration");
        assertThat(weeks.consistentWith(days)).isTrue();
        Quantity about = Quantity.in("about 1,000 people").get(0);
        Quantity exact = Quantity.in("1,000 people").get(0);
        Quantity near = Quantity.in("950 people").get(0);
        Quantity far = Quantity.in("600 people").get(0);
        assertThat(about.consistentWith(exact)).isTrue();
        assertThat(about.consistentWith(near)).isTrue();
        assertThat(about.consistentWith(far)).isFalse();
        assertThat(Quantity.in("1,000 people").get(0).consistentWith(Quantity.in("1,012 people").get(0))).isTrue();
        assertThat(Quantity.in("38 people").get(0).consistentWith(Quantity.in("40 people").get(0))).isFalse();
        assertThat(Quantity.in("at least 30 people").get(0).consistentWith(Quantity.in("38 people").get(0))).isTrue();
        assertThat(Quantity.in("as many as 30 people").get(0).consistentWith(Quantity.in("38 people").get(0))).isFalse();
        assertThat(Quantity.in("$2.5 million").get(0).value()).isEqualTo(2_500_000);
        assertThat(Quantity.in("ruled since 1969.")).isEmpty();
        assertThat(Quantity.in("outnumber rebels by about 10-to-1 in armor")).isEmpty();
    }

    @Test
    void measuresPercentagesAndAgesAreQuantitiesOfTheirOwnSlot() {
        Quantity ship = Quantity.in("The 140-metre vessel is operated by Greyhaven").get(0);
        assertThat(ship.slot()).isEqualTo("length");
        assertThat(ship.text()).isEqualTo("140-metre");
        assertThat(ship.consistentWith(Quantity.in("a 459-foot ship").get(0))).isTrue(); // units are no difference
        assertThat(ship.consistentWith(Quantity.in("The 150-metre Kestrel Moon").get(0))).isFalse();
        assertThat(Quantity.in("a train at 270 mph").get(0).slot()).isEqualTo("speed");
        assertThat(Quantity.in("The 82-year-old Pinochet was arrested").get(0)).satisfies(q -> {
            assertThat(q.slot()).isEqualTo("age");
            assertThat(q.value()).isEqualTo(82);
            assertThat(q.text()).isEqualTo("82-year-old");
        });
        assertThat(Quantity.in("turnout was 45% in the north").get(0).slot()).isEqualTo("percent");
        assertThat(Quantity.in("turnout was 45 percent").get(0).slot()).isEqualTo("percent");
        assertThat(Quantity.in("a two-party bloc and a 42-year reign")).isEmpty();
    }

    @Test
    void agesAsApWritesThemAfterANameAndAfterAged() {
        assertThat(Quantity.in("Qin, 44, and Wang, 31, are accused")).extracting(Quantity::slot, Quantity::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("age of Qin", 44.0),
                        org.assertj.core.groups.Tuple.tuple("age of Wang", 31.0));
        assertThat(Quantity.in("Chamberlain has died aged 72.")).extracting(Quantity::value).containsExactly(72.0);
        assertThat(Quantity.in("400 people, most aged 13 to 18, were at the dance")).extracting(Quantity::slot)
                .containsExactly("people"); // an age range is no one age
    }

    @Test
    void aNumberAmongTheWordsAfterAnotherIsReadToo() {
        assertThat(Quantity.in("Two of three missing children are in custody")).extracting(Quantity::text)
                .containsExactly("three missing");
        assertThat(Quantity.in("more than one in five adult residents smoke")).extracting(Quantity::slot)
                .containsExactly("adult");
    }

    @Test
    void sumsRatesAndPossessiveAgesAsCompoundModifiers() {
        assertThat(Quantity.in("or pay a $600-a-year penalty")).extracting(Quantity::slot, Quantity::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("money:$", 600.0));
        assertThat(Quantity.in("the 17-year-old's shooting death")).extracting(Quantity::slot).containsExactly("age");
    }

    @Test
    void aYearBeforeAConjunctionIsNoCount() {
        assertThat(Quantity.in("the protests of 1988 amid a crackdown")).isEmpty();
    }

    @Test
    void clockTimesAndPrepositionsAreNotCounts() {
        assertThat(Quantity.in("hit the bridge at 11:40 p.m. on Tuesday")).isEmpty();
        assertThat(Quantity.in("The council voted 7 to 2 on Friday")).isEmpty();
        assertThat(Quantity.in("a family making $50,000 a year")).extracting(Quantity::slot).containsExactly("money:$");
        assertThat(Quantity.in("a family making $ 50,000 a year")).extracting(Quantity::value).containsExactly(50_000.0);
    }

    @Test
    void aBroadcastsClockIsNotACount() {
        assertThat(Quantity.in("Welcome back, 12 minutes past the hour.")).isEmpty();
        assertThat(Quantity.in("It's 15 minute past the hour in Cairo.")).isEmpty();
        assertThat(Quantity.in("The talks lasted 45 minutes in all.")).extracting(Quantity::slot).containsExactly("minute");
    }

    @Test
    void timesAgoCountBackFromTheirOwnWriting() {
        Quantity two = Quantity.in("Aid gathers momentum - 2 hrs ago").get(0);
        Quantity nine = Quantity.in("Aid gathers momentum - 9 hrs ago").get(0);
        assertThat(two.slot()).isEqualTo("time ago");
        assertThat(two.consistentWith(nine)).as("two pages written at different hours").isTrue();
        assertThat(Quantity.in("he became premier six years ago").get(0)
                .consistentWith(Quantity.in("he became premier nine years ago").get(0))).isFalse();
        assertThat(Quantity.in("The strike lasted 9 hrs.").get(0).slot()).isEqualTo("duration");
        assertThat(Quantity.in("The strike lasted 2 hours.").get(0).consistentWith(Quantity.in("The strike lasted 9 hrs.").get(0)))
                .isFalse();
    }

    @Test
    void aNumberAfterAMonthIsItsDayNotACount() {
        assertThat(Quantity.in("The singer had called off two june 9 concerts in Halvik.")).as("not nine concerts")
                .isEmpty();
        assertThat(Quantity.in("The singer had called off 9 concerts in Halvik.")).extracting(Quantity::text)
                .containsExactly("9 concerts");
        assertThat(Quantity.in("The band played on Sept. 12 shows across the north.")).isEmpty();
        assertThat(Quantity.in("The marchers may march 20 miles today.")).extracting(Quantity::text)
                .containsExactly("20 miles");
        assertThat(Quantity.in("By June 40 people had left.")).extracting(Quantity::text).containsExactly("40 people")
                .as("no month has a 40th day");
    }

    @Test
    void aMillionIsAFigureWithItsHedge() {
        assertThat(Quantity.in("About a million people fled the floods.")).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(1e6);
            assertThat(q.hedge()).isEqualTo("about");
        });
        assertThat(Quantity.in("A million people fled the floods.")).extracting(Quantity::value).containsExactly(1e6);
        // "a million" is written to the million: 1.2 million may be it rounded, 2 million is not
        Quantity million = Quantity.in("A million people fled the floods.").get(0);
        assertThat(million.consistentWith(Quantity.in("Some 1.2 million people fled the floods.").get(0))).isTrue();
        assertThat(million.consistentWith(Quantity.in("Two million people fled the floods.").get(0))).isFalse();
        // half a million, a quarter of a million, one in a million are not a million
        assertThat(Quantity.in("Half a million people fled the floods.")).extracting(Quantity::value).doesNotContain(1e6);
        assertThat(Quantity.in("A quarter of a million people fled.")).extracting(Quantity::value).doesNotContain(1e6);
        assertThat(Quantity.in("The odds were one in a million.")).extracting(Quantity::value).doesNotContain(1e6);
    }
}
