package io.storyline.compare;

import io.storyline.model.Article;
import io.storyline.model.Conflict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three kinds of false alarm read in {@code compare}'s conflicts on real coverage, each beside the real
 * disagreement it must not hide: counts of two outcomes (killed / wounded), a part against its whole
 * ("three of the five", "two people ... and then a third"), and a range against a figure inside it
 * ("2-3 hours" / "about 2 hours").
 */
class CountsOfOtherThingsTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static List<Conflict> conflicts(String first, String second) {
        return OutletComparison.compare(List.of(article("a", "Northern Wire", first + "\n\nThe market reopened last week."),
                article("b", "Valley Courier", second + "\n\nOfficials gave no other details."))).conflicts();
    }

    @Test
    void theKilledAndTheWoundedAreTwoCountsNotADispute() {
        String killed = "Gunmen opened fire on a crowded market in Baghdad on Monday, killing 12 people, police said.";
        assertThat(conflicts(killed, "Gunmen opened fire on a crowded market in Baghdad on Monday, wounding 30 people, police said."))
                .isEmpty();
        assertThat(conflicts(killed, "Gunmen opened fire on a crowded market in Baghdad on Monday, killing 30 people, police said."))
                .extracting(Conflict::value, Conflict::otherValue).containsExactly(org.assertj.core.groups.Tuple.tuple("12 people", "30 people"));
    }

    @Test
    void aPartOfAGroupIsNotTheGroupsCount() {
        String three = "Three firefighters were killed in the blast near Kansas City on Sunday, police said.";
        assertThat(conflicts("Three of the five firefighters were killed in the blast near Kansas City on Sunday, police said.", three))
                .isEmpty();
        assertThat(conflicts("Four of the five firefighters were killed in the blast near Kansas City on Sunday, police said.", three))
                .extracting(Conflict::kind).containsOnly("number").isNotEmpty();
        // the groups themselves still differ
        assertThat(conflicts("Three of the five firefighters were killed in the blast near Kansas City on Sunday, police said.",
                "Three of the nine firefighters were killed in the blast near Kansas City on Sunday, police said."))
                .extracting(Conflict::kind).containsOnly("number").isNotEmpty();
    }

    @Test
    void aCountThatGoesOnToOneMoreIsNotLessThanTheTotal() {
        String total = "The gunman is accused of killing three people outside Jewish sites near Kansas City on Sunday.";
        assertThat(conflicts("The gunman is accused of killing two people outside the community center near Kansas City "
                + "on Sunday and then a third at a nearby retirement home.", total)).isEmpty();
        assertThat(conflicts("The gunman is accused of killing two people outside Jewish sites near Kansas City on Sunday.", total))
                .extracting(Conflict::kind).contains("number");
    }

    @Test
    void aRangeAgreesWithAFigureInsideIt() {
        String range = "Residents of the coastal town waited maybe 2-3 hours for buses after the storm cut power to the rail line on Friday.";
        assertThat(conflicts(range, "Residents of the coastal town waited about 2 hours for buses after the storm cut power "
                + "to the rail line on Friday.")).isEmpty();
        assertThat(conflicts(range, "Residents of the coastal town waited three hours for buses after the storm cut power "
                + "to the rail line on Friday.")).isEmpty();
        assertThat(conflicts(range, "Residents of the coastal town waited nine hours for buses after the storm cut power "
                + "to the rail line on Friday.")).extracting(Conflict::kind).contains("number");
    }
}
