package io.storyline.cluster;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the linker reads an event's time: an event counts as dated only when most of its articles are
 * ({@link StorylineLinker#MIN_DATED_SHARE}); when the names check keeps storylines apart; and which
 * settled storylines take in side angles.
 */
class StorylineLinkerTest {

    private static final int DAY = (int) LocalDate.of(2024, 3, 4).toEpochDay();

    /** A storyline's event: terms 1 to 5. */
    private static final int[] FLOOD = {1, 2, 3, 4, 5};
    /** Another subject sharing one term in five with it (cosine 0.2, above the link threshold 0.15). */
    private static final int[] FERRY = {1, 6, 7, 8, 9};

    private int sequence;

    private ArticleProfile profile(int[] terms, int day) {
        double[] weights = new double[terms.length];
        java.util.Arrays.fill(weights, 1 / Math.sqrt(terms.length));
        String id = "a" + sequence;
        Article article = new Article(id, "Herald", null, null,
                day == ArticleProfile.UNDATED ? null : LocalDate.ofEpochDay(day), "text", id);
        return new ArticleProfile(sequence++, article, day, terms, weights, terms);
    }

    private OpenStory event(int number, int[] terms, int... days) {
        OpenStory event = new OpenStory(number);
        for (int day : days) {
            event.add(profile(terms, day));
        }
        return event;
    }

    private static List<List<OpenStory>> link(OpenStory... events) {
        return new StorylineLinker(StorylineSettings.defaults(), term -> 3.0).link(List.of(events));
    }

    @Test
    void anEventOfMostlyUndatedArticlesTakesNoDateFromItsOneDatedArticle() {
        int undated = ArticleProfile.UNDATED;
        OpenStory mostlyUndated = event(0, FERRY, undated, undated, undated, DAY);
        assertThat(StorylineLinker.mostlyDated(mostlyUndated)).isFalse();
        assertThat(StorylineLinker.days(mostlyUndated)).isEqualTo(new StorylineLinker.Days(undated, undated));
        OpenStory halfDated = event(1, FERRY, undated, DAY, DAY + 2);
        assertThat(StorylineLinker.mostlyDated(halfDated)).isTrue();
        assertThat(StorylineLinker.days(halfDated)).isEqualTo(new StorylineLinker.Days(DAY, DAY + 2));
    }

    @Test
    void aWeakMatchJoinsADatedStorylineOnTheSameDaysButNotWhenMostlyUndated() {
        // dated on the storyline's own day, the weak match (0.2) joins it: time speaks for it
        assertThat(link(event(0, FLOOD, DAY), event(1, FERRY, DAY, DAY + 1))).hasSize(1);
        // the same event, but three of its four articles undated: it joins by content alone, at the undated
        // share of its similarity (0.35 x 0.2 = 0.07), which is too little: a storyline of its own
        int undated = ArticleProfile.UNDATED;
        List<List<OpenStory>> lines = link(event(2, FLOOD, DAY), event(3, FERRY, undated, undated, undated, DAY));
        assertThat(lines).hasSize(2);
    }

    /** Terms 10 and up are names (written with a capital), the rest topic words. */
    private static List<List<OpenStory>> linkWithNames(StorylineSettings settings, OpenStory... events) {
        return new StorylineLinker(settings, term -> 3.0, term -> term >= 10 ? 1 : 0).link(List.of(events));
    }

    /** How many articles of an event: ten. */
    private OpenStory tenArticles(int number, int[] terms, int day) {
        return event(number, terms, day, day, day, day, day, day, day, day, day, day);
    }

    @Test
    void theNamesCheckPartsBigStorylinesWithOtherCastsButNotASmallSideAngle() {
        // two uprisings told in the same words (1-3) about different people and places (10-12, 20-22),
        // ten articles each; and a side angle of the first, three articles naming only others (30, 31)
        int[] first = {1, 2, 3, 10, 11, 12};
        int[] second = {1, 2, 3, 20, 21, 22};
        int[] sideAngle = {1, 2, 3, 30, 31};
        // linking is off (0.9) and merging wide open (0.01): only the names check decides
        StorylineSettings mergeOnWords = StorylineSettings.defaults().withLinkThreshold(0.9).withMergeThreshold(0.01);
        List<List<OpenStory>> lines = linkWithNames(mergeOnWords, tenArticles(0, first, DAY),
                tenArticles(1, second, DAY + 1), event(2, sideAngle, DAY + 2, DAY + 2, DAY + 3));
        assertThat(lines).extracting(line -> line.stream().mapToInt(event -> event.number).boxed().toList())
                .containsExactly(List.of(0, 2), List.of(1));
        // held to storylines of any size, the side angle's names keep it apart from both
        assertThat(linkWithNames(mergeOnWords.withNameMinArticles(1), tenArticles(3, first, DAY),
                tenArticles(4, second, DAY + 1), event(5, sideAngle, DAY + 2, DAY + 2, DAY + 3))).hasSize(3);
        // with the check off, the shared words merge all three
        assertThat(linkWithNames(mergeOnWords.withNameFloor(0), tenArticles(6, first, DAY),
                tenArticles(7, second, DAY + 1), event(8, sideAngle, DAY + 2, DAY + 2, DAY + 3))).hasSize(1);
        // a storyline one article short of the minimum is not held to it
        OpenStory nineArticles = event(10, second, DAY + 1, DAY + 1, DAY + 1, DAY + 1, DAY + 1, DAY + 1, DAY + 1,
                DAY + 1, DAY + 1);
        assertThat(linkWithNames(mergeOnWords, tenArticles(9, first, DAY), nineArticles)).hasSize(1);
    }

    /** A settled storyline's days: {@link StorylineLinker#SETTLED_ARTICLES} articles on one day. */
    private static int[] settledDays() {
        int[] days = new int[StorylineLinker.SETTLED_ARTICLES];
        java.util.Arrays.fill(days, DAY);
        return days;
    }

    @Test
    void aSmallStorylineJoinsTheSettledOneItIsSomewhatLikeButTwoSettledOnesStayApart() {
        // cosine 1/sqrt(7 x 8) = 0.134: below the link and merge thresholds (0.15), above the adoption (0.08)
        int[] settled = {1, 2, 3, 4, 5, 6, 7};
        int[] angle = {1, 20, 21, 22, 23, 24, 25, 26};
        int[] otherSettled = {1, 30, 31, 32, 33, 34, 35, 36};
        OpenStory big = event(0, settled, settledDays());
        assertThat(link(big, event(1, angle, DAY))).hasSize(1);
        // a second settled storyline as alike stays apart: only small ones are taken in
        OpenStory big2 = event(2, settled, settledDays());
        OpenStory bigOther = event(3, otherSettled, settledDays());
        assertThat(link(big2, bigOther)).hasSize(2);
        // nor does a small storyline join another small one
        assertThat(link(event(4, settled, DAY, DAY), event(5, angle, DAY))).hasSize(2);
    }

    @Test
    void aSettledStorylineReportedLessThanDailyTakesInOnlyASideAngleOfMoreInCommon() {
        int[] settled = {1, 2, 3, 4, 5, 6, 7};
        // 20 articles three days apart: less than daily, but every few days
        int[] everyThirdDay = new int[StorylineLinker.SETTLED_ARTICLES];
        java.util.Arrays.setAll(everyThirdDay, i -> DAY + 3 * i);
        assertThat(StorylineLinker.daily(List.of(event(0, settled, everyThirdDay)))).isFalse();
        // cosine 1/sqrt(7 x 8) = 0.134, above the less-than-daily adoption (0.11): taken in
        int[] angle = {1, 20, 21, 22, 23, 24, 25, 26};
        assertThat(link(event(1, settled, everyThirdDay), event(2, angle, DAY + 40))).hasSize(1);
        // cosine 1/sqrt(7 x 12) = 0.109: enough beside a subject in the news daily, not beside this one
        int[] weaker = {1, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30};
        assertThat(link(event(3, settled, everyThirdDay), event(4, weaker, DAY + 40))).hasSize(2);
        assertThat(link(event(5, settled, settledDays()), event(6, weaker, DAY))).hasSize(1);
        // only a small angle: twelve reports as alike stay a storyline of their own beside sixty
        int[] sixty = new int[60];
        java.util.Arrays.setAll(sixty, i -> DAY + 3 * i);
        assertThat(link(event(7, settled, sixty), event(8, angle, sameDay(12, DAY + 70)))).hasSize(2);
        // and a subject of an article a week (years of occasional reports) takes in nothing, however alike
        int[] weekly = new int[StorylineLinker.SETTLED_ARTICLES];
        java.util.Arrays.setAll(weekly, i -> DAY + 7 * i);
        assertThat(link(event(9, settled, weekly), event(10, angle, DAY + 70))).hasSize(2);
    }

    @Test
    void anEventLinkedEarlyMovesToTheSettledStorylineThatLaterFitsItBetter() {
        int[] flood = {1, 2, 3, 4, 5, 6, 7};
        // an inquiry's first report shares two flood terms in seven (cosine 0.29): it joins the flood's storyline,
        // the only one when it comes
        int[] firstReport = {1, 2, 10, 11, 12, 13, 14};
        // the inquiry's own coverage, twenty reports the next day, shares five of its terms but is too far from the
        // flood (with that report in it) to join it: a storyline of its own, where the first report fits better
        int[] inquiry = {10, 11, 12, 13, 14, 15, 16};
        List<List<OpenStory>> lines = link(event(0, flood, settledDays()), event(1, firstReport, DAY + 1),
                event(2, inquiry, sameDay(20, DAY + 2)));
        assertThat(lines).extracting(line -> line.stream().mapToInt(event -> event.number).boxed().toList())
                .containsExactly(List.of(0), List.of(1, 2));
        // a report sharing four flood terms and three of the inquiry's fits the flood better: it stays
        int[] floodReport = {1, 2, 3, 4, 10, 11, 12};
        List<List<OpenStory>> kept = link(event(3, flood, settledDays()), event(4, floodReport, DAY + 1),
                event(5, inquiry, sameDay(20, DAY + 2)));
        assertThat(kept).extracting(line -> line.stream().mapToInt(event -> event.number).boxed().toList())
                .containsExactly(List.of(3, 4), List.of(5));
    }

    @Test
    void anEventMovesToTheStorylineItFitsBetterOnlyWhenItsNamesAreThatStorylinesToo() {
        // terms 50 and up are names: the flood's places (50, 51), the inquiry's chair and body (60, 61)
        java.util.function.Function<OpenStory[], List<List<Integer>>> linked = events -> new StorylineLinker(
                StorylineSettings.defaults(), term -> 3.0, term -> term >= 50 ? 1 : 0).link(List.of(events)).stream()
                .map(line -> line.stream().map(event -> event.number).toList()).toList();
        int[] flood = {1, 2, 3, 4, 5, 6, 7, 50, 51};
        int[] inquiry = {10, 11, 12, 13, 14, 15, 16, 60, 61};
        // a report in the inquiry's words naming the inquiry's people joins the flood first (the only storyline when
        // it comes), then moves to the inquiry
        int[] inquiryReport = {1, 2, 10, 11, 12, 13, 14, 60, 61};
        assertThat(linked.apply(new OpenStory[] {event(0, flood, settledDays()), event(1, inquiryReport, DAY + 1),
                event(2, inquiry, sameDay(20, DAY + 2))})).containsExactly(List.of(0), List.of(1, 2));
        // a report in as many of the inquiry's words but naming the flood's places (residents of the valley asked
        // about it) fits the inquiry better by words alone, yet its names are the flood's: it stays
        int[] residentsReport = {1, 2, 10, 11, 12, 13, 14, 50, 51};
        assertThat(linked.apply(new OpenStory[] {event(3, flood, settledDays()), event(4, residentsReport, DAY + 1),
                event(5, inquiry, sameDay(20, DAY + 2))})).containsExactly(List.of(3, 4), List.of(5));
    }

    @Test
    void monthsApartAStorylineGoesOnOnlyThroughANameItSharesWithinTheGraceOnWordsAlone() {
        // terms 50 and up are names; both reports tell of houses buried, people killed and missing (1-4)
        java.util.function.Function<OpenStory[], Integer> storylines = events -> new StorylineLinker(
                StorylineSettings.defaults(), term -> 3.0, term -> term >= 50 ? 1 : 0).link(List.of(events)).size();
        int[] landslide = {1, 2, 3, 4, 50, 51};
        int[] damBreak = {1, 2, 3, 4, 60, 61};
        int grace = StorylineSettings.defaults().graceDays();
        // four months apart (cosine 0.67, 0.42 after the decay), other places and officials: two storylines
        assertThat(storylines.apply(new OpenStory[] {event(0, landslide, DAY), event(1, damBreak, DAY + 115)}))
                .isEqualTo(2);
        // the same four months apart, naming the landslide's village again: one storyline
        int[] villageAgain = {1, 2, 3, 4, 50, 61};
        assertThat(storylines.apply(new OpenStory[] {event(2, landslide, DAY), event(3, villageAgain, DAY + 115)}))
                .isEqualTo(1);
        // within the grace days the words suffice: one storyline
        assertThat(storylines.apply(new OpenStory[] {event(4, landslide, DAY), event(5, damBreak, DAY + grace)}))
                .isEqualTo(1);
        // with the names check off (no names read), as before: one storyline
        assertThat(new StorylineLinker(StorylineSettings.defaults().withNameFloor(0), term -> 3.0,
                term -> term >= 50 ? 1 : 0).link(List.of(event(6, landslide, DAY), event(7, damBreak, DAY + 115))))
                .hasSize(1);
    }

    private static int[] sameDay(int articles, int day) {
        int[] days = new int[articles];
        java.util.Arrays.fill(days, day);
        return days;
    }

    @Test
    void aStorylineReportedInBurstsTakesInASideAngleOfOneOfItsBurstsOnly() {
        int[] settled = {1, 2, 3, 4, 5, 6, 7};
        int[] angle = {1, 20, 21, 22, 23, 24, 25, 26};
        // 20 articles on one day, 30 on a day two months later: 50 articles over 61 days, less than daily
        OpenStory first = event(0, settled, sameDay(20, DAY));
        OpenStory second = event(1, settled, sameDay(30, DAY + 60));
        assertThat(StorylineLinker.daily(List.of(first, second))).isFalse();
        // a side angle two days after the second burst: 30 articles within 14 days either side (29 days), daily
        assertThat(link(first, second, event(2, angle, DAY + 62))).hasSize(1);
        // a side angle in the quiet month between the bursts (cosine 0.109, enough beside daily news): nothing
        // within 14 days, so it is held to the less-than-daily adoption and stays apart
        int[] weaker = {1, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30};
        assertThat(link(event(6, settled, sameDay(20, DAY)), event(7, settled, sameDay(30, DAY + 60)),
                event(8, weaker, DAY + 62))).hasSize(1);
        OpenStory first2 = event(3, settled, sameDay(20, DAY));
        OpenStory second2 = event(5, settled, sameDay(30, DAY + 60));
        assertThat(link(first2, event(4, weaker, DAY + 30), second2)).hasSize(2);
    }

    @Test
    void aDatedSideAngleOfSeveralReportsJoinsButAnUndatedOneOfAsManyStaysApart() {
        // seven dated reports of a side angle (cosine 0.134, below linking, above adoption) the day after
        int[] settled = {1, 2, 3, 4, 5, 6, 7};
        int[] angle = {1, 20, 21, 22, 23, 24, 25, 26};
        assertThat(link(event(0, settled, settledDays()), event(1, angle, sameDay(7, DAY + 1)))).hasSize(1);
        // undated, a closer subject (cosine 2/7, at the undated share 0.1: below linking, above adoption) joins
        // while it is three reports, and stays a storyline of its own at seven
        int[] closer = {1, 2, 20, 21, 22, 23, 24};
        int undated = ArticleProfile.UNDATED;
        assertThat(link(event(2, settled, settledDays()), event(3, closer, sameDay(3, undated)))).hasSize(1);
        assertThat(link(event(4, settled, settledDays()), event(5, closer, sameDay(7, undated)))).hasSize(2);
    }

    @Test
    void aSideAngleRunningFarBeyondTheSettledStorylinesDaysStaysApart() {
        int[] settled = {1, 2, 3, 4, 5, 6, 7};
        int[] angle = {1, 20, 21, 22, 23, 24, 25, 26};
        // two reports within the settled storyline's news: taken in
        assertThat(link(event(0, settled, settledDays()), event(1, angle, DAY, DAY + 10))).hasSize(1);
        // the same two, the second 40 days after the settled storyline's last: not one of its angles
        assertThat(link(event(2, settled, settledDays()), event(3, angle, DAY, DAY + 40))).hasSize(2);
    }

    @Test
    void aDatedSideAngleOfDozensJoinsASubjectFiveTimesItsSizeButNotOneOfLikeSize() {
        // twelve reports of a side angle (too many for a small one) the day after, cosine 0.134 as above
        int[] settled = {1, 2, 3, 4, 5, 6, 7};
        int[] angle = {1, 20, 21, 22, 23, 24, 25, 26};
        int twelve = 12;
        assertThat(twelve).isGreaterThanOrEqualTo(StorylineLinker.SIDE_ANGLE_ARTICLES);
        // beside a subject of 60 reports (twelve is a fifth of them): taken in
        assertThat(link(event(0, settled, sameDay(60, DAY)), event(1, angle, sameDay(twelve, DAY + 1)))).hasSize(1);
        // beside one of 40: a subject of its own
        assertThat(link(event(2, settled, sameDay(40, DAY)), event(3, angle, sameDay(twelve, DAY + 1)))).hasSize(2);
        // undated, twelve reports stay apart from the subject of 60 too: nothing places them in its news
        int undated = ArticleProfile.UNDATED;
        int[] closer = {1, 2, 20, 21, 22, 23, 24};
        assertThat(link(event(4, settled, sameDay(60, DAY)), event(5, closer, sameDay(twelve, undated)))).hasSize(2);
        // nor does a dated one of twelve outside the subject's days, however much smaller
        assertThat(link(event(6, settled, sameDay(60, DAY)), event(7, angle, sameDay(twelve, DAY + 40)))).hasSize(2);
        // nor one of twelve mostly undated reports that a dated report on the subject's days joined (an event of
        // its own, so the storyline has days): eleven undated reports are no angle dated within the subject's news
        OpenStory strayDated = event(9, angle, DAY + 1);
        OpenStory undatedReports = event(10, angle, sameDay(11, undated));
        assertThat(link(event(8, settled, sameDay(60, DAY)), strayDated, undatedReports)).hasSize(2);
        // the same twelve, seven of them dated: taken in
        assertThat(link(event(11, settled, sameDay(60, DAY)), event(12, angle, sameDay(7, DAY + 1)),
                event(13, angle, sameDay(5, undated)))).hasSize(1);
    }

    @Test
    void aNameMinimumBelowOneIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StorylineSettings.defaults().withNameMinArticles(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nameMinArticles");
    }

    @Test
    void aStorylinesLabelNamesWeighItsNameTermsByTheTextTheyFillEvenWhenCommonInTheStream() {
        // terms 1 and 2 are written as names; 1 is in much of the stream (idf 1, below the linker's name floor),
        // 2 is rare (idf 4); 3 to 5 are no names
        int[] twice = {1, 2, 2, 3, 4};
        OpenStory first = event(0, FLOOD, DAY, DAY);
        OpenStory second = event(1, twice, DAY + 1);
        StorylineLinker linker = new StorylineLinker(StorylineSettings.defaults().withNameFloor(0),
                term -> term == 1 ? 1.0 : 4.0, term -> term <= 2 ? 1.0 : 0.0);
        TermWeights names = linker.labelNames(List.of(first, second));
        assertThat(names.get(1)).as("a name common in the stream still names the storyline").isGreaterThan(0);
        assertThat(names.get(3)).isZero();
        assertThat(names.get(5)).isZero();
        // the sum over both events of each centroid's weight over the idf
        double expected2 = (first.centroid.get(2) + second.centroid.get(2)) / 4.0;
        assertThat(names.get(2)).isCloseTo(expected2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(names.get(1)).isCloseTo(first.centroid.get(1) + second.centroid.get(1),
                org.assertj.core.api.Assertions.within(1e-9));
    }
}
