package io.storyline.compare;

import io.storyline.analyze.Quantity;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differences that are not disagreements, each beside the real disagreement it must not hide: two
 * events with two dates, an event and the day it was announced, and a figure rounded to the
 * precision it is written in. (The kinds of false alarm read in `compare`'s output on DUC 2004.)
 */
class FalseAlarmTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static List<Conflict> conflicts(String first, String second) {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Northern Wire", first), article("b", "Valley Courier", second)));
        return comparison.conflicts();
    }

    @Test
    void anArrestAndATrialHaveTheirOwnDates() {
        String arrest = "Police arrested Rahim Osman on Sept. 20 on corruption charges, his party said.";
        assertThat(conflicts(arrest, "The government jailed Rahim Osman on corruption charges and set his trial for Nov. 2."))
                .as("the arrest's date against the trial's").isEmpty();
        assertThat(conflicts(arrest, "Police arrested Rahim Osman on Sept. 22 on corruption charges, his party said."))
                .extracting(Conflict::kind).contains("date");
        // the values a reader sees are dates as written for a reader, not the keys they are compared by ("sep 20")
        assertThat(conflicts(arrest, "Police arrested Rahim Osman on 22 September on corruption charges, his party said."))
                .filteredOn(c -> c.kind().equals("date"))
                .extracting(Conflict::value, Conflict::otherValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("September 20", "September 22"));
    }

    @Test
    void theDayAnArrestWasAnnouncedIsNotTheDayOfTheArrest() {
        String arrested = "Rebel leader Karim Dosti was arrested Thursday at the Valdena airport as he stepped off a plane.";
        assertThat(conflicts(arrested, "Karim Dosti is in custody in Valdena, where his arrest was announced Friday."))
                .as("Friday is when the arrest was announced").isEmpty();
        assertThat(conflicts(arrested, "Rebel leader Karim Dosti was arrested Friday at the Valdena airport as he stepped off a plane."))
                .extracting(Conflict::kind).contains("day");
    }

    @Test
    void aFigureInMillionsStandsForWhatRoundsToIt() {
        Quantity three = Quantity.in("harvested 3 million tons").get(0);
        Quantity twoPointEight = Quantity.in("harvested 2.8 million tons").get(0);
        Quantity threePointOne = Quantity.in("harvested 3.1 million tons").get(0);
        Quantity four = Quantity.in("harvested 4 million tons").get(0);
        assertThat(three.consistentWith(twoPointEight)).isTrue();
        assertThat(twoPointEight.consistentWith(three)).isTrue();
        assertThat(twoPointEight.consistentWith(threePointOne)).as("both written to a tenth of a million").isFalse();
        assertThat(three.consistentWith(four)).isFalse();

        String needed = "Kestria needs 4.5 million to 5 million tons of grain a year but harvested just 2.8 million tons in 2024.";
        assertThat(conflicts(needed, "Kestria harvested only 3 million tons of grain in 2024, two-thirds of what it needs."))
                .as("3 million is 2.8 million rounded").isEmpty();
    }

    @Test
    void aDateIsNotACountOfMonths() {
        assertThat(Quantity.in("At 9:36 pm on 20 May 2009, a reader wrote: the comment was removed.")).isEmpty();
        assertThat(Quantity.in("At 01:42 am on 10 Jun 2009 the post went up.")).isEmpty();
        assertThat(Quantity.in("They waited 20 days in May.")).extracting(Quantity::slot).containsExactly("duration");
    }

    @Test
    void countsFromArticlesOfDifferentDaysAreTheStoryMovingOn() {
        Article monday = new Article("a", "Northern Wire", null, null, java.time.LocalDate.of(2024, 3, 4),
                "The flood in Marlow killed 20 people, the Marlow fire service said.", "a.txt");
        Article tuesday = new Article("b", "Valley Courier", null, null, java.time.LocalDate.of(2024, 3, 5),
                "The flood in Marlow killed 25 people, the Marlow fire service said.", "b.txt");
        Article alsoMonday = new Article("c", "Valley Courier", null, null, java.time.LocalDate.of(2024, 3, 4),
                "The flood in Marlow killed 25 people, the Marlow fire service said.", "c.txt");
        assertThat(OutletComparison.compare(List.of(monday, tuesday)).disagreements())
                .as("a toll that rose overnight is an update").isEmpty();
        assertThat(OutletComparison.compare(List.of(monday, tuesday)).updates())
                .as("listed as one, not hidden").extracting(Conflict::kind).contains("number");
        assertThat(OutletComparison.compare(List.of(monday, alsoMonday)).conflicts())
                .extracting(Conflict::kind).contains("number");
    }

    @Test
    void aCommonWordOpeningASentenceIsNotTheNameOfAMeasuredThing() {
        assertThat(conflicts("Doctors said a 22-year-old man from Barnet was responding well. The man At the clinic waited.",
                "The case of the 45-year-old man in hospital in Paisley shows the flu is not always mild. He said the man was at home."))
                .as("two men, not one man of two ages").isEmpty();
    }

    @Test
    void clockTimesAndLabelsAreNotCounts() {
        assertThat(Quantity.in("The show airs at 0910 local time (1410 GMT) on FM.")).isEmpty();
        assertThat(Quantity.in("A version appeared on page 7 at 00.38 BST.")).isEmpty();
        assertThat(Quantity.in("The wreck of Flight 990 lay in 250 feet of water.")).extracting(Quantity::slot)
                .containsExactly("length");
    }

    @Test
    void twoLowerBoundsAgree() {
        Quantity atLeast = Quantity.in("killed at least 187 children").get(0);
        Quantity several = Quantity.in("killed several hundred children").get(0);
        assertThat(atLeast.consistentWith(several)).isTrue();
        assertThat(atLeast.consistentWith(Quantity.in("killed 120 children").get(0))).isFalse();
        assertThat(Quantity.in("arrested more than 100 people").get(0)
                .consistentWith(Quantity.in("arrested more than 203 people").get(0))).as("far apart").isFalse();
    }

    @Test
    void oneNameWrittenTwoWaysIsOnePerson() {
        assertThat(ConflictFinder.mayBeOnePerson("Nicola Sturgeon", "Nicolas Sturgeon")).isTrue();
        assertThat(ConflictFinder.mayBeOnePerson("Jose Angel Cordova", "Jos")).isTrue();
        assertThat(ConflictFinder.mayBeOnePerson("Ban Ki-moon", "Ban Ki-moon Some")).isTrue();
        assertThat(ConflictFinder.mayBeOnePerson("David Cameron", "Benjamin Netanyahu")).isFalse();
    }

    @Test
    void primeMinistersOfTwoCountriesAreTwoOffices() {
        assertThat(conflicts("British Prime Minister David Cameron met President Obama at the White House on Tuesday.",
                "Israeli Prime Minister Benjamin Netanyahu met President Obama at the White House on Tuesday."))
                .extracting(Conflict::kind).doesNotContain("name");
    }

    @Test
    void girlsOfDifferentAgesAreDifferentGirls() {
        assertThat(conflicts("Rescuers freed a seven-year-old girl from the ruins of a supermarket. The girl Mia was unhurt.",
                "A 14-year-old girl was also found alive in the rubble of a school."))
                .as("a girl of 7 and a girl of 14").isEmpty();
    }

    @Test
    void twoCommentsStampedWithTheirTimesAreNotOneStatement() {
        assertThat(conflicts("January 31, 2011 at 2:28 pm | Power to the people of Cairo.",
                "January 31, 2011 at 6:28 pm | The role of the US is simple in Cairo."))
                .as("the stamps agree in form, the statements are two").isEmpty();
        Comparison ferry = OutletComparison.compare(List.of(
                article("a", "Northern Wire", "The Cairo ferry left the quay at 2:28 pm on January 31 with 40 passengers."),
                article("b", "Valley Courier", "The Cairo ferry left the quay at 6:28 pm on January 31 with 40 passengers."),
                article("c", "Delta Post", "Protesters gathered in Tahrir Square for a seventh day.")));
        assertThat(ferry.conflicts()).extracting(Conflict::kind).contains("time");
    }

    @Test
    void oneArticleNamingNoOutletNeverDisagreesWithItself() {
        Article comments = new Article("comments", Article.UNKNOWN_OUTLET, null, null, null,
                "At 07:53 am on 02 Jun 2009, grammanator wrote: This comment was removed because the moderators found it "
                        + "broke the House Rules.\n\nAt 2:05 pm on 02 Jun 2009, Shanghai2010 wrote: This comment was removed "
                        + "because the moderators found it broke the House Rules.", "comments.txt");
        Article other = article("b", "Valley Courier", "Health officials confirmed two new cases of swine flu in Glasgow.");
        assertThat(comments.sameOutletAs(comments)).isTrue();
        assertThat(OutletComparison.compare(List.of(comments, other)).conflicts()).isEmpty();
    }

    @Test
    void aLineEveryPagePrintsIsFurnitureNotAStatement() {
        String[][] pages = {
                {"Friday 30 April", "p2", "22.31", "The spill reached the Louisiana marshes near Venice."},
                {"Saturday 1 May", "p1", "01.22", "Crews laid booms along the Louisiana coast near Venice."},
                {"Sunday 2 May", "p4", "09.10", "Fishermen near Venice were told to stay in port."},
                {"Monday 3 May", "p6", "18.05", "The slick doubled in size over the weekend near Venice."}};
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            articles.add(article("g" + i, Article.UNKNOWN_OUTLET, pages[i][3] + "\n\nA version appeared on " + pages[i][1]
                    + " of the Main section of the Courier on " + pages[i][2] + " BST on " + pages[i][0] + " 2010."));
        }
        String[] plain = {"BP said the cap would be fitted within days.", "The coast guard widened the closed area.",
                "Shrimp prices rose in New Orleans markets.", "Engineers tested a smaller dome on the seabed.",
                "Volunteers cleaned oiled pelicans at a shelter.", "The White House sent a team to the Gulf."};
        for (int i = 0; i < plain.length; i++) {
            articles.add(article("p" + i, Article.UNKNOWN_OUTLET, plain[i]));
        }
        io.storyline.analyze.StoryAnalysis story = io.storyline.analyze.StoryAnalysis.of(articles);
        PageTemplates templates = PageTemplates.of(story);
        assertThat(templates.isTemplate("A version appeared on p9 of the Main section of the Courier on 07.15 BST on "
                + "Tuesday 4 May 2010.")).as("a print line four pages carry").isTrue();
        assertThat(templates.isTemplate("Crews laid booms along the Louisiana coast near Venice.")).isFalse();
        assertThat(templates.isTemplate("A version appeared on p16 of the Main section of the Courier on 00.53 BST on "
                + "Saturday 17 July 2010 The latest news and comment from our team of reporters, writers and editors"))
                .as("a print line a lost line break ran into the next text").isTrue();
        assertThat(templates.isTemplate("A version appeared on stage at the Courier theatre on Saturday with a new cast."))
                .as("a line that shares only a few opening words").isFalse();
        List<Article> wire = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            wire.add(article("w" + i, Article.UNKNOWN_OUTLET, "The flood in Marlow killed " + (i == 4 ? 25 : 20)
                    + " people, the fire service said."));
        }
        assertThat(PageTemplates.of(io.storyline.analyze.StoryAnalysis.of(wire))
                .isTemplate("The flood in Marlow killed 25 people, the fire service said."))
                .as("a wire sentence copied five times, once with a changed toll, is a statement").isFalse();
        assertThat(OutletComparison.compare(articles).conflicts()).as("the pages' print lines").isEmpty();
        assertThat(PageTemplates.key("A version appeared on p2 of the Main section on 22.31 BST on Friday 30 April 2010"))
                .isEqualTo(PageTemplates.key("A version appeared on p16 of the Main section on 18.20 BST on Saturday 17 July 2010"));
    }
    @Test
    void aSpeakersQuotedFigureAgainstAnOutletsOwnIsNoConflictBetweenOutlets() {
        assertThat(conflictsInAStory("\"The militants killed 45 soldiers in the attack on the base,\" Colonel Ravi Mehta said.",
                "The militants killed 30 soldiers in the attack on the base, Colonel Ravi Mehta said.")).isEmpty();
        assertThat(conflictsInAStory("\"The militants killed 45 soldiers in the attack on the base,\" Colonel Ravi Mehta said.",
                "\"The militants killed 30 soldiers in the attack on the base,\" Colonel Ravi Mehta said."))
                .as("two outlets quoting one speaker differently disagree on what was said")
                .extracting(Conflict::kind).containsExactly("number");
    }

    @Test
    void aFigureUpdatedWithinOneSentenceOrOneArticleIsNotAConflict() {
        // "rose to 45 from 30": a sentence with two values in one slot is not compared; one article never
        // conflicts with itself, so an earlier "30 people" and a later "rose to 45" in it stand
        assertThat(conflictsInAStory("The flood in Marlow has killed 45 people, up from 30 people on Thursday, the fire service said.",
                "The flood in Marlow has killed 30 people, the fire service said.")).isEmpty();
        assertThat(conflictsInAStory("The flood in Marlow has killed 45 people, the fire service said on Friday.",
                "The flood in Marlow has killed 30 people, the fire service said on Friday."))
                .as("one value each").extracting(Conflict::kind).containsExactly("number");
        Comparison one = OutletComparison.compare(List.of(article("a", "Northern Wire",
                "The flood in Marlow killed 30 people, the fire service said on Thursday.\n\n"
                        + "By Friday the toll from the flood in Marlow had risen to 45 people, the fire service said.")));
        assertThat(one.conflicts()).isEmpty();
    }
    /** The conflicts of two reports in a story with a third article, so the words they share weigh something. */
    private static List<Conflict> conflictsInAStory(String first, String second) {
        Comparison comparison = OutletComparison.compare(List.of(
                article("a", "Northern Wire", first), article("b", "Valley Courier", second),
                article("c", "Delta Post", "Protesters gathered in the main square for a seventh day.\n\n"
                        + "The central bank left interest rates unchanged on Thursday.")));
        return comparison.conflicts();
    }

    @Test
    void aLineAboutItsOwnPageIsNeverAConflict() {
        assertThat(conflictsInAStory("This article was amended on 19 May 2010 to correct the spelling of a name.",
                "This article was amended on 21 May 2010 to correct the spelling of a name.")).isEmpty();
        assertThat(conflictsInAStory("The plant was inspected on 19 May 2010 to check the spelling of a name.",
                "The plant was inspected on 21 May 2010 to check the spelling of a name."))
                .as("the same words about anything else").extracting(Conflict::kind).containsExactly("date");
    }

    @Test
    void aTimeAPageWasUpdatedAtIsNoSlot() {
        assertThat(conflictsInAStory("By 10am the Harlow Energy shares had staged a partial recovery from early lows of 420p.",
                "By 2.30 pm the Harlow Energy shares had staged a partial recovery from early lows of 420p.")).isEmpty();
        assertThat(conflictsInAStory("At 10am the Harlow Energy shares staged a partial recovery from early lows of 420p.",
                "At 2.30 pm the Harlow Energy shares staged a partial recovery from early lows of 420p."))
                .as("a time something happened at").extracting(Conflict::kind).containsExactly("time");
        assertThat(conflictsInAStory("The polls in Dixville Notch opened at midnight and the tally was final by 12:05 a.m.",
                "The polls in Dixville Notch opened at midnight and the tally was final by 5:05 a.m."))
                .as("a time something was done by").extracting(Conflict::kind).containsExactly("time");
    }

    @Test
    void twoReportsObservedAtDifferentTimesAreNeitherOneFactNorAConflict() {
        String early = "As of 3:30 p.m., officials reported that the neighbourhoods of Abasand and Waterways saw only some damage.";
        String late = "As of 10:30 p.m., officials reported that the neighbourhoods of Abasand and Waterways saw only some damage.";
        assertThat(conflictsInAStory(early, late)).isEmpty();
        io.storyline.analyze.StoryAnalysis story = io.storyline.analyze.StoryAnalysis.of(java.util.List.of(
                new io.storyline.model.Article("a", "Courier", null, "Fire", null, early, "a.txt"),
                new io.storyline.model.Article("b", "Gazette", null, "Fire", null, late, "b.txt")));
        io.storyline.analyze.Facts facts = io.storyline.analyze.Facts.of(story,
                io.storyline.analyze.SimilarityGraph.of(story, io.storyline.analyze.SimilarityGraph.FLOOR));
        assertThat(facts.relation(story.sentences().get(0), story.sentences().get(1)))
                .isEqualTo(io.storyline.analyze.Facts.Relation.OTHER);
        assertThat(facts.relation(story.sentences().get(0), story.sentences().get(0)))
                .isEqualTo(io.storyline.analyze.Facts.Relation.SAME);
    }

    @Test
    void aSchoolYearIsALabelNotACount() {
        assertThat(conflictsInAStory("Five year seven pupils at Alleyn's school in Dulwich were confirmed with the H1N1 virus.",
                "Six pupils at Alleyn's school in Dulwich were confirmed with the H1N1 virus.")).isEmpty();
        assertThat(conflictsInAStory("Five pupils at Alleyn's school in Dulwich were confirmed with the H1N1 virus.",
                "Six pupils at Alleyn's school in Dulwich were confirmed with the H1N1 virus."))
                .as("counts of pupils").extracting(Conflict::kind).containsExactly("number");
        assertThat(io.storyline.analyze.Quantity.in("Last year 500 people died on the roads."))
                .extracting(io.storyline.analyze.Quantity::value).containsExactly(500.0);
    }
    @Test
    void aSentenceNamingSeveralCountriesIsNotComparedOnPlace() {
        assertThat(conflictsInAStory("Foreign Minister Moussa Koussa defected to Egypt on Wednesday, officials said.",
                "Foreign Minister Moussa Koussa defected to Tunisia on Wednesday, officials said."))
                .as("one country each").extracting(Conflict::kind).contains("place");
        assertThat(conflictsInAStory("Like envoys in Algeria, Foreign Minister Moussa Koussa defected to Egypt on Wednesday, officials said.",
                "Foreign Minister Moussa Koussa defected to Tunisia on Wednesday, officials said."))
                .extracting(Conflict::kind).doesNotContain("place");
    }

    @Test
    void pipeSeparatedStampsAndALivePagesUpdateTimesArePageFurniture() {
        assertThat(conflictsInAStory("January 31, 2011 at 4:16 pm | Reply Remo from Pflugerville says the ferry left Cairo with 40 passengers.",
                "January 31, 2011 at 4:23 pm | Reply Remo from Pflugerville says the ferry left Cairo with 40 passengers.")).isEmpty();
        assertThat(conflictsInAStory("(Update 8:53 p.m. Cairo, 1:53 p.m. ET) Google executive Wael Ghonim has been released in Egypt, the company announced.",
                "(Update 12:14 a.m. Cairo, 5:14 p.m. ET) Google executive Wael Ghonim has been released in Egypt, the company announced."))
                .isEmpty();
        assertThat(conflictsInAStory("At 8:53 p.m. Google executive Wael Ghonim was released in Egypt, the company announced.",
                "At 12:14 a.m. Google executive Wael Ghonim was released in Egypt, the company announced."))
                .as("a time the news happened at").extracting(Conflict::kind).containsExactly("time");
        assertThat(PageStamps.stamped("time", "8:53 p.m.",
                "(Update 8:53 p.m. Cairo) Ghonim was released at 8:53 p.m. on Monday.")).as("also in the news").isFalse();
    }

    private static List<Conflict> nameConflicts(List<Conflict> conflicts) {
        return conflicts.stream().filter(c -> c.kind().equals("name")).toList();
    }

    @Test
    void oneTitleOfTwoCountriesOrOrganisationsIsTwoOffices() {
        String russian = "Russian Foreign Minister Pavel Orlov met the rebel envoys in Vardino on Sunday, officials said.";
        assertThat(nameConflicts(conflictsInAStory(russian,
                "Turkish Foreign Minister Kemal Arslan met the rebel envoys in Vardino on Sunday, officials said.")))
                .as("Russia's and Turkey's foreign ministers").isEmpty();
        assertThat(nameConflicts(conflictsInAStory(russian,
                "Russia's Foreign Minister Ivan Sokolov met the rebel envoys in Vardino on Sunday, officials said.")))
                .as("one office, written two ways, two names").extracting(Conflict::value, Conflict::otherValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pavel Orlov", "Ivan Sokolov"));
        assertThat(nameConflicts(conflictsInAStory(
                "UN Secretary General Tomas Halvard met the rebel envoys in Vardino on Sunday, officials said.",
                "Arab League Secretary General Samir Haddad met the rebel envoys in Vardino on Sunday, officials said.")))
                .as("the UN's and the Arab League's").isEmpty();
    }

    @Test
    void aFormerDeputyOrActingHolderHoldsAnotherOffice() {
        String minister = "Russian Foreign Minister Pavel Orlov met the rebel envoys in Vardino on Sunday, officials said.";
        for (String other : List.of(
                "Former Russian Foreign Minister Ivan Sokolov met the rebel envoys in Vardino on Sunday, officials said.",
                "Russian Deputy Foreign Minister Ivan Sokolov met the rebel envoys in Vardino on Sunday, officials said.",
                "Russia's then-Foreign Minister Ivan Sokolov met the rebel envoys in Vardino on Sunday, officials said.",
                "Russian acting Foreign Minister Ivan Sokolov met the rebel envoys in Vardino on Sunday, officials said.")) {
            assertThat(nameConflicts(conflictsInAStory(minister, other))).as(other).isEmpty();
        }
        assertThat(Office.of("Former U.S. Defense Secretary William Corder", "Former U.S. Defense Secretary ".length(),
                "defense secretary").heldNow()).isFalse();
        assertThat(Office.of("Britain's Prime Minister Ann Fell", "Britain's Prime Minister ".length(), "prime minister"))
                .isEqualTo(new Office(java.util.Set.of("united kingdom"), true));
        assertThat(Office.of("British Prime Minister Ann Fell", "British Prime Minister ".length(), "prime minister"))
                .isEqualTo(new Office(java.util.Set.of("united kingdom"), true));
        assertThat(Office.of("Vice President Ann Fell", "Vice President ".length(), "vice president").heldNow())
                .as("'vice' is the title's own word").isTrue();
    }

    @Test
    void aBareTitleIsOneOfficeOnlyWhereTheStoryGivesItNoTwoCountries() {
        String orlov = "Foreign Minister Pavel Orlov resigned on Monday after the border talks with Vardino collapsed, the ministry said.";
        String sokolov = "Foreign Minister Ivan Sokolov resigned on Monday after the border talks with Vardino collapsed, the ministry said.";
        assertThat(nameConflicts(conflictsInAStory(orlov, sokolov))).as("each article names one holder")
                .extracting(Conflict::kind).containsExactly("name");
        List<Conflict> twoCountries = OutletComparison.compare(List.of(
                article("a", "Northern Wire", orlov + "\n\nRussian Foreign Minister Pavel Orlov had led the talks."),
                article("b", "Valley Courier", sokolov + "\n\nTurkish Foreign Minister Ivan Sokolov had led the talks."),
                article("c", "Delta Post", "Protesters gathered in the main square for a seventh day."))).conflicts();
        assertThat(nameConflicts(twoCountries)).as("the story gives the title two countries").isEmpty();
        assertThat(nameConflicts(conflictsInAStory(orlov,
                "Foreign Minister Ivan Sokolov spoke about the border with Vardino on Monday, the ministry said.")))
                .as("no event in common").isEmpty();
    }

    @Test
    void holdersNamedInArticlesOfDifferentDaysMayHoldTheOfficeInTurn() {
        Article march = new Article("a", "Northern Wire", null, null, java.time.LocalDate.of(2012, 3, 4),
                "Russian Foreign Minister Pavel Orlov met the rebel envoys in Vardino, officials said.", "a.txt");
        Article june = new Article("b", "Valley Courier", null, null, java.time.LocalDate.of(2012, 6, 5),
                "Russian Foreign Minister Ivan Sokolov met the rebel envoys in Vardino, officials said.", "b.txt");
        assertThat(nameConflicts(OutletComparison.compare(List.of(march, june)).disagreements())).isEmpty();
    }

    @Test
    void aNameRunIntoTheNextWordsIsNotComparedAsAName() {
        assertThat(ConflictFinder.runOn("David Cameron The UN")).isTrue();
        assertThat(ConflictFinder.runOn("Ban Ki-moon")).isFalse();
        assertThat(ConflictFinder.runOn("Abdel Fattah al-Sisi")).isFalse();
    }

    @Test
    void aQuestionOrACounterfactualStatesNoDay() {
        String stated = "Halvorsen stepped down as president of Vardino on Thursday, state television said.";
        assertThat(conflictsInAStory(stated,
                "Halvorsen stepped down as president of Vardino on Friday, state television said."))
                .extracting(Conflict::kind).contains("day");
        assertThat(conflictsInAStory(stated, "Could Halvorsen step down as president of Vardino on Friday?"))
                .isEmpty();
        assertThat(conflictsInAStory(stated,
                "Even had Halvorsen stepped down as president of Vardino on Friday, the protests would have gone on."))
                .isEmpty();
        assertThat(Hypotheticals.assertsNothing("If the dam had held, 40 families would have stayed.")).isTrue();
        assertThat(Hypotheticals.assertsNothing("\"Who fired first on Friday?\"")).isTrue();
        assertThat(Hypotheticals.assertsNothing("The 25-year-old woman had asked him to meet on Friday. \"Are you sorry?"))
                .as("a statement a split left a quoted question on").isFalse();
        assertThat(Hypotheticals.assertsNothing("He had stepped down on Friday, aides said.")).isFalse();
        assertThat(Hypotheticals.assertsNothing("If the dam holds, officials said, 40 families can stay.")).isFalse();
    }

    @Test
    void aRangeIsReadWithTheScaleAndCurrencyOfItsTop() {
        assertThat(Quantity.in("The spill may cost $15-23 billion in claims.")).extracting(Quantity::slot, Quantity::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("money:$", 23e9));
        assertThat(conflictsInAStory("Analysts said the Gulf spill may cost Harlow Energy $15-23 billion in claims.",
                "Analysts said the Gulf spill may cost Harlow Energy $23 billion in claims.")).isEmpty();
        assertThat(conflictsInAStory("Analysts said the Gulf spill may cost Harlow Energy $15-23 billion in claims.",
                "Analysts said the Gulf spill may cost Harlow Energy $60 billion in claims."))
                .extracting(Conflict::kind).containsExactly("number");
        assertThat(Quantity.in("Tickets cost $15 to $23 at the door.")).extracting(Quantity::value).containsExactly(15.0, 23.0);
    }

    @Test
    void aPagesPublicationStampIsNotItsNews() {
        assertThat(conflictsInAStory("Friday, July 23, 2010; 11:01 PM KENNER, LA. -- Crews capped the Harlow well after a storm delay.",
                "Friday, July 23, 2010; 7:07 AM KENNER, LA. -- Crews capped the Harlow well after a storm delay.")).isEmpty();
        assertThat(PageStamps.stamped("time", "11:01 PM", "July 23, 2010 11:01 PM Crews capped the well.")).isTrue();
        assertThat(PageStamps.stamped("time", "11:01 PM", "Crews capped the well at 11:01 PM on July 23, 2010.")).isFalse();
        assertThat(PageStamps.stamped("day", "Friday", "Friday, crews capped the well at 11:01 PM.")).isFalse();
        assertThat(PageStamps.stamped("day", "Thursday", "Thursday July 8, 2010 - Roy Hale holds his granddaughter."))
                .as("a caption's date line, no clock time").isFalse();
    }

    @Test
    void aShareOfEachPlaceIsNotACount() {
        assertThat(Quantity.in("Nine people were killed, four in Idlib and one each in Homs and Hama."))
                .extracting(Quantity::text).containsExactly("Nine people");
        assertThat(Quantity.in("Rebels seized two each of the tanks and trucks.")).isEmpty();
        assertThat(Quantity.in("Four people paid $15,000 each to watch.")).extracting(Quantity::text)
                .containsExactly("Four people", "$15,000 each");
        assertThat(Quantity.in("Each of the 40 acres was sold.")).extracting(Quantity::slot).containsExactly("acre");
    }

    @Test
    void tollsOfTwoGroupsAreNotOneToll() {
        String blast = "A gas explosion on Wednesday collapsed two buildings in Marlow, killing six people.";
        assertThat(conflicts(blast, "Firefighters worked at the scene of the gas explosion in Marlow, where two women were killed."))
                .as("two women among six dead: a part of the toll").isEmpty();
        assertThat(conflicts("Two gunmen were killed on Monday as troops stormed the Marlow mall.",
                "Gunmen held out at the Marlow mall after killing at least 62 people."))
                .as("the attackers' dead against their victims'").isEmpty();
        assertThat(conflicts("Two civilians were also injured in the Marlow shooting.",
                "The gunman shot dead a Marlow deputy, wounding four officers in the shooting."))
                .as("civilians and officers are two groups").isEmpty();
    }

    @Test
    void aGroupCloseToEveryoneCountedIsADisagreement() {
        String crew = "Three crew members were injured when the Kestria ferry struck the Marlow pier.";
        assertThat(conflicts(crew, "The Kestria ferry struck the Marlow pier late on Tuesday, injuring four people."))
                .as("one outlet counted a passer-by too: readers should see both counts")
                .extracting(Conflict::kind).contains("number");
        assertThat(conflicts("Three workers were killed when the Marlow scaffold fell.",
                "The Marlow scaffold fell on Monday, killing five workers."))
                .extracting(Conflict::kind).contains("number");
    }
}
