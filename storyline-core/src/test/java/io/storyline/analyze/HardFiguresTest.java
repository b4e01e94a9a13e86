package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures news copy writes in ways a digit-by-digit comparison gets wrong, each handled or
 * deliberately left alone: numbers in words, ranges, "a dozen", fractions, a figure inside a
 * quotation, and a figure updated within one article.
 */
class HardFiguresTest {

    private static Quantity one(String text) {
        List<Quantity> found = Quantity.in(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private static List<SlotDifference> differences(String a, String b) {
        return Slots.of(a).differences(Slots.of(b));
    }

    @Test
    void numbersInWordsAreReadWhole() {
        assertThat(one("twenty-five firefighters fought the blaze").value()).isEqualTo(25);
        assertThat(one("twenty five firefighters fought the blaze").value()).isEqualTo(25);
        assertThat(one("The blast killed one hundred and twenty workers.").value()).isEqualTo(120);
        assertThat(one("Two dozen people were hurt.").value()).isEqualTo(24);
        assertThat(differences("Twenty-five firefighters fought the blaze.", "25 firefighters fought the blaze."))
                .as("the same figure written two ways").isEmpty();
        assertThat(differences("One hundred and twenty workers were hurt.", "Twenty workers were hurt."))
                .extracting(SlotDifference::kind).containsExactly("number");
    }

    @Test
    void aRangeAgreesWithAnyFigureUpToItsTop() {
        Quantity range = one("Between 10 and 12 people were hurt.");
        assertThat(range.consistentWith(one("11 people were hurt."))).isTrue();
        assertThat(range.consistentWith(one("12 people were hurt."))).isTrue();
        assertThat(range.consistentWith(one("30 people were hurt."))).isFalse();
        assertThat(one("10 to 12 people were hurt.").hedge()).isEqualTo("atMost");
    }

    @Test
    void aDozenIsARoundFigure() {
        Quantity dozen = one("A dozen people were hurt.");
        assertThat(dozen.consistentWith(one("13 people were hurt."))).isTrue();
        assertThat(dozen.consistentWith(one("40 people were hurt."))).isFalse();
    }

    @Test
    void fractionsAreLeftAloneNotReadAsCounts() {
        // "two-thirds of the voters" against "60 percent of the voters" would need the whole to compare; not compared
        assertThat(Quantity.in("Two-thirds of the voters backed the plan.")).isEmpty();
        assertThat(Quantity.in("Half of the workers went home.")).isEmpty();
    }

    @Test
    void aFigureInsideAQuotationIsComparedAsWhatWasSaid() {
        // deliberately read: two outlets quoting the mayor with 500 and 800 homes disagree on what was said,
        // and the comparison shows both sentences, quotation marks and speaker included
        assertThat(differences("\"We have lost 500 homes,\" the mayor said.", "\"We have lost 800 homes,\" the mayor said."))
                .extracting(SlotDifference::kind).containsExactly("number");
    }

    @Test
    void aFigureUpdatedWithinOneArticleAgreesWithEitherValue() {
        String updated = "The toll rose to 45 people on Friday from 30 people on Thursday.";
        assertThat(differences(updated, "The flood has killed 45 people.")).isEmpty();
        assertThat(differences(updated, "The flood had killed 30 people by Thursday.")).isEmpty();
        assertThat(differences(updated, "The flood has killed 90 people.")).extracting(SlotDifference::kind).contains("number");
    }

    @Test
    void aTotalAgreesWithItsBreakdown() {
        String breakdown = "In the US, seven people in California, two people in Texas and two people in Kansas have been infected.";
        assertThat(differences(breakdown, "In the US, 11 people are now known to have been infected, seven people in California."))
                .isEmpty();
        assertThat(differences("In the US, 11 people are now known to have been infected, seven people in California.", breakdown))
                .isEmpty();
        assertThat(differences(breakdown, "In the US, 30 people are now known to have been infected, seven people in California."))
                .extracting(SlotDifference::kind).containsExactly("number");
    }

    @Test
    void aDecimalCommaIsADecimalPoint() {
        assertThat(one("The cost had reached $3,5 bn by July.").value()).isEqualTo(3.5e9);
        assertThat(differences("The cost had reached $3,5 bn by July.", "The cost has reached $3.5 bn by July.")).isEmpty();
        assertThat(one("Out of a total of 1,004 reported cases.").value()).isEqualTo(1004);
        assertThat(one("Some 12,500 people fled.").value()).isEqualTo(12500);
    }
}
