package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.ingest.Articles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryOrderTest {

    /** One article, in its own order: the pronoun sentence follows the one naming its subject. */
    private final StoryAnalysis story = StoryAnalysis.of(List.of(Articles.fromText(
            "Abdullah Ocalan leads the outlawed Kurdistan Workers Party. "
                    + "He has fought for Kurdish autonomy since 1984. "
                    + "About 1,500 Kurds continued their hunger strike outside the hospital on Monday.",
            "wire")));

    private List<Integer> arrange(List<AnalyzedSentence> chosen) {
        List<List<AnalyzedSentence>> reports = new ArrayList<>();
        for (AnalyzedSentence s : chosen) {
            reports.add(List.of(s));
        }
        return StoryOrder.arrange(story, chosen, reports).stream().map(i -> chosen.get(i).position()).toList();
    }

    @Test
    void keepsTheArticlesOrderWhenItOpensOnANamedSubject() {
        assertThat(arrange(story.sentences())).containsExactly(0, 1, 2);
    }

    @Test
    void aPronounSentenceDoesNotOpenTheSummary() {
        // without the naming sentence the pronoun would come first by article order
        List<AnalyzedSentence> chosen = List.of(story.sentences().get(1), story.sentences().get(2));
        assertThat(arrange(chosen)).containsExactly(2, 1);
    }

    @Test
    void aPronounSentenceFollowsTheSentenceOfItsOwnArticleThatItLeansOn() {
        StoryAnalysis two = StoryAnalysis.of(List.of(
                Articles.fromText("Abdullah Ocalan faces the death penalty in Turkey. "
                        + "Italy has refused to extradite him so far. "
                        + "He turned the group toward armed struggle in 1984.", "wire"),
                Articles.fromText("About 1,500 Kurds protested peacefully in Rome on Sunday. "
                        + "The march ended at the Colosseum.", "daily")));
        AnalyzedSentence named = two.sentencesOf(0).get(0);
        AnalyzedSentence leaning = two.sentencesOf(0).get(2);
        AnalyzedSentence protest = two.sentencesOf(1).get(0);
        List<AnalyzedSentence> chosen = List.of(named, protest, leaning);
        List<List<AnalyzedSentence>> reports = chosen.stream().map(List::of).toList();
        List<String> order = StoryOrder.arrange(two, chosen, reports).stream()
                .map(i -> chosen.get(i).text()).toList();
        assertThat(order).containsExactly(named.text(), leaning.text(), protest.text());
    }

    @Test
    void whenEverySentenceLeansOnAnotherTheOrderStands() {
        StoryAnalysis leaning = StoryAnalysis.of(List.of(Articles.fromText(
                "He has fought for autonomy since 1984. But the talks failed on Monday.", "wire")));
        List<List<AnalyzedSentence>> reports = leaning.sentences().stream().map(List::of).toList();
        assertThat(StoryOrder.arrange(leaning, leaning.sentences(), reports)).containsExactly(0, 1);
    }

    /** Article A's second and third sentences and article B's lead, as {@link StoryOrder#arrange} orders them. */
    private static List<String> arrangeLead(String lead, java.time.LocalDate aDate, java.time.LocalDate bDate,
                                            boolean othersPutTheDetailFirst) {
        StoryAnalysis two = StoryAnalysis.of(List.of(
                new io.storyline.model.Article("a", "wire", null, null, aDate, "Turkey asked Italy to extradite "
                        + "Abdullah Ocalan. The protest of the Kurds in Rome was peaceful on Sunday. "
                        + "Ocalan's lawyers asked for asylum in Rome.", "a.txt"),
                new io.storyline.model.Article("b", "daily", null, null, bDate, lead
                        + " The Kurds in Rome said the protest was peaceful.", "b.txt"),
                new io.storyline.model.Article("c", "radio", null, null, null, "The protest of the Kurds in Rome "
                        + "stayed peaceful on Sunday. About 1,500 Kurds kept up their protest on Monday.", "c.txt")));
        AnalyzedSentence detail = two.sentencesOf(0).get(1);
        AnalyzedSentence lawyers = two.sentencesOf(0).get(2);
        AnalyzedSentence first = two.sentencesOf(1).get(0);
        List<AnalyzedSentence> chosen = List.of(detail, lawyers, first);
        List<List<AnalyzedSentence>> reports = new ArrayList<>(chosen.stream().map(List::of).toList());
        if (othersPutTheDetailFirst) {
            // the third article reports both, the detail first
            reports.set(0, List.of(detail, two.sentencesOf(2).get(0)));
            reports.set(2, List.of(first, two.sentencesOf(2).get(1)));
        }
        return StoryOrder.arrange(two, chosen, reports).stream().map(i -> chosen.get(i).text()).toList();
    }

    private static final String LEAD = "About 1,500 Kurds continued their protest for Abdullah Ocalan outside the "
            + "hospital in Rome on Monday.";

    @Test
    void anArticlesLeadOpensTheSummaryWhenNothingSaysOtherwise() {
        assertThat(arrangeLead(LEAD, null, null, false).get(0)).isEqualTo(LEAD);
    }

    @Test
    void aLeadStaysBehindWhatWasReportedEarlierOrWhatTheArticlesPutFirst() {
        java.time.LocalDate monday = java.time.LocalDate.of(1998, 11, 16);
        assertThat(arrangeLead(LEAD, monday.minusDays(2), monday, false).get(0)).isNotEqualTo(LEAD);
        assertThat(arrangeLead(LEAD, monday, monday, false).get(0)).isEqualTo(LEAD);
        assertThat(arrangeLead(LEAD, null, null, true).get(0)).isNotEqualTo(LEAD);
    }

    @Test
    void anUndatedLeadDoesNotPassADatedReport() {
        assertThat(arrangeLead(LEAD, java.time.LocalDate.of(1998, 11, 16), null, false).get(0)).isNotEqualTo(LEAD);
    }

    @Test
    void aLeadThatTellsNothingOfTheStoryOrLeansStaysWhereItIs() {
        String furniture = "Dow Jones reprints: this copy is for your personal, non-commercial use only.";
        assertThat(arrangeLead(furniture, null, null, false).get(0)).isNotEqualTo(furniture);
        // the same furniture on two pages tells no more of the story
        StoryAnalysis pages = StoryAnalysis.of(List.of(
                Articles.fromText("Turkey asked Italy to extradite Abdullah Ocalan. The protest of the Kurds in Rome "
                        + "was peaceful on Sunday. Ocalan's lawyers asked for asylum in Rome.", "wire"),
                Articles.fromText(furniture + " The Kurds in Rome said the protest was peaceful.", "wsj"),
                Articles.fromText(furniture + " Ocalan's lawyers met the judge.", "wsj")));
        List<AnalyzedSentence> chosen = List.of(pages.sentencesOf(0).get(1), pages.sentencesOf(0).get(2),
                pages.sentencesOf(1).get(0));
        assertThat(StoryOrder.sharedShare(pages, pages.sentencesOf(1).get(0))).isZero();
        List<String> order = StoryOrder.arrange(pages, chosen, chosen.stream().map(List::of).toList()).stream()
                .map(i -> chosen.get(i).text()).toList();
        assertThat(order.get(0)).isNotEqualTo(furniture);
        String leaning = "He thanked about 1,500 Kurds for their protest outside the hospital in Rome on Monday.";
        assertThat(arrangeLead(leaning, null, null, false).get(0)).isNotEqualTo(leaning);
    }

    /** The order {@link StoryOrder#followContext} gives sentences listed in this order, as texts. */
    private static List<String> follow(StoryAnalysis story, AnalyzedSentence... inOrder) {
        List<AnalyzedSentence> chosen = List.of(inOrder);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            order.add(i);
        }
        return StoryOrder.followContext(story, chosen, order).stream().map(i -> chosen.get(i).text()).toList();
    }

    @Test
    void aHeWithNoSentenceOfItsOwnArticleFollowsTheSentenceNamingWhomItsArticleNamedJustBefore() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                Articles.fromText("Thousands of Kurds marched through Rome on Sunday. "
                        + "The march ended peacefully at the Colosseum.", "daily"),
                Articles.fromText("Italian police arrested Abdullah Ocalan at the airport on Friday. "
                        + "He leads the outlawed Kurdistan Workers Party.", "wire"),
                Articles.fromText("Ocalan faces the death penalty.", "agency")));
        AnalyzedSentence march = story.sentencesOf(0).get(0);
        AnalyzedSentence he = story.sentencesOf(1).get(1);
        AnalyzedSentence ocalan = story.sentencesOf(2).get(0);
        assertThat(follow(story, march, he, ocalan)).containsExactly(march.text(), ocalan.text(), he.text());
        // the whole ordering too: "He" never leads, and follows the sentence naming Ocalan
        List<AnalyzedSentence> chosen = List.of(march, he, ocalan);
        List<String> arranged = StoryOrder.arrange(story, chosen, chosen.stream().map(List::of).toList())
                .stream().map(i -> chosen.get(i).text()).toList();
        assertThat(arranged.indexOf(he.text())).isEqualTo(arranged.indexOf(ocalan.text()) + 1);
    }

    @Test
    void aPeopleIsNoReferentForHe() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                Articles.fromText("Kurds in Rome welcomed Ocalan on Sunday. He thanked the Kurdish crowd.", "wire"),
                Articles.fromText("Thousands of Kurds marched through Rome.", "daily"),
                Articles.fromText("Ocalan faces the death penalty.", "agency")));
        AnalyzedSentence he = story.sentencesOf(0).get(1);
        AnalyzedSentence kurds = story.sentencesOf(1).get(0);
        AnalyzedSentence ocalan = story.sentencesOf(2).get(0);
        assertThat(follow(story, ocalan, kurds, he)).containsExactly(ocalan.text(), he.text(), kurds.text());
    }

    @Test
    void sheStandsForWhoeverTheSentenceJustBeforeHerNamed() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                Articles.fromText("Police brought Ocalan to the court in Rome. Judge Maria Rossi heard his lawyers. "
                        + "She adjourned the hearing until noon.", "wire"),
                Articles.fromText("Ocalan faces the death penalty in Turkey.", "daily"),
                Articles.fromText("Rossi heard the case on Friday.", "agency")));
        AnalyzedSentence she = story.sentencesOf(0).get(2);
        AnalyzedSentence ocalan = story.sentencesOf(1).get(0);
        AnalyzedSentence rossi = story.sentencesOf(2).get(0);
        assertThat(follow(story, ocalan, she, rossi)).containsExactly(ocalan.text(), rossi.text(), she.text());
    }

    @Test
    void theEarliestNameBeforeAHeIsWhomItStandsForAndAHeAlreadyAfterItStays() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                Articles.fromText("Ocalan met Schroeder in Berlin on Monday. He asked for asylum.", "wire"),
                Articles.fromText("Schroeder refused to meet the press.", "daily"),
                Articles.fromText("Ocalan faces the death penalty.", "agency"),
                Articles.fromText("The airport was closed for an hour. He was flown to an island prison.", "radio")));
        AnalyzedSentence he = story.sentencesOf(0).get(1);
        AnalyzedSentence schroeder = story.sentencesOf(1).get(0);
        AnalyzedSentence ocalan = story.sentencesOf(2).get(0);
        AnalyzedSentence flown = story.sentencesOf(3).get(1);
        // the subject, Ocalan, not Schroeder
        assertThat(follow(story, schroeder, he, ocalan)).containsExactly(schroeder.text(), ocalan.text(), he.text());
        assertThat(follow(story, ocalan, he, schroeder)).containsExactly(ocalan.text(), he.text(), schroeder.text());
        // nothing named before "He was flown": it stays
        assertThat(follow(story, schroeder, flown, ocalan)).containsExactly(schroeder.text(), flown.text(), ocalan.text());
    }

    @Test
    void aHeFollowsNeitherAnotherLeaningSentenceNorALaterSentenceOfItsOwnArticle() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                Articles.fromText("Turkey wants Ocalan. He leads the PKK. Ocalan's lawyer in Rome appealed.", "wire"),
                Articles.fromText("Thousands of Kurds marched on Sunday.", "daily"),
                Articles.fromText("The court met at noon. He told Ocalan to sit down.", "agency")));
        AnalyzedSentence leads = story.sentencesOf(0).get(1);
        AnalyzedSentence lawyer = story.sentencesOf(0).get(2);
        AnalyzedSentence march = story.sentencesOf(1).get(0);
        AnalyzedSentence told = story.sentencesOf(2).get(1);
        assertThat(follow(story, march, leads, lawyer)).containsExactly(march.text(), leads.text(), lawyer.text());
        assertThat(follow(story, march, leads, told)).containsExactly(march.text(), leads.text(), told.text());
    }

    @Test
    void aSentenceMovedUpIntoThePlaceOfOneMovedDownIsLookedAtToo() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                Articles.fromText("Thousands rallied in the square.", "daily"),
                Articles.fromText("Schroeder spoke in Berlin on Monday. He said Germany would not act.", "wire"),
                Articles.fromText("Turkey wants Ocalan. He met officials in Bonn.", "agency"),
                Articles.fromText("Ocalan faces the death penalty.", "radio"),
                Articles.fromText("Schroeder leads the government.", "tv")));
        AnalyzedSentence rally = story.sentencesOf(0).get(0);
        AnalyzedSentence said = story.sentencesOf(1).get(1);
        AnalyzedSentence met = story.sentencesOf(2).get(1);
        AnalyzedSentence ocalan = story.sentencesOf(3).get(0);
        AnalyzedSentence schroeder = story.sentencesOf(4).get(0);
        assertThat(follow(story, rally, said, met, ocalan, schroeder))
                .containsExactly(rally.text(), ocalan.text(), met.text(), schroeder.text(), said.text());
    }

    /**
     * A "she" sentence has its antecedent when a chosen sentence of its own article comes before it, or one of
     * another article names whom it stands for; the story's names are read only when the first is missing.
     */
    @Test
    void aSheWithoutAntecedentIsOneWhomNoChosenSentenceNames() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                Articles.fromText("Police brought Ocalan to the court in Rome. Judge Maria Rossi heard his lawyers. "
                        + "She adjourned the hearing until noon.", "wire"),
                Articles.fromText("Ocalan faces the death penalty in Turkey.", "daily"),
                Articles.fromText("Rossi heard the case on Friday.", "agency")));
        AnalyzedSentence judge = story.sentencesOf(0).get(1);
        AnalyzedSentence she = story.sentencesOf(0).get(2);
        AnalyzedSentence ocalan = story.sentencesOf(1).get(0);
        AnalyzedSentence rossi = story.sentencesOf(2).get(0);
        int[] namesRead = {0};
        java.util.function.Supplier<Names> names = () -> {
            namesRead[0]++;
            return Names.of(story);
        };

        assertThat(StoryOrder.withoutAntecedent(story, names, List.of(judge, she, ocalan))).isEmpty();
        assertThat(namesRead[0]).as("its own article's sentence is enough").isZero();
        assertThat(StoryOrder.withoutAntecedent(story, names, List.of(ocalan, she, rossi))).isEmpty();
        assertThat(StoryOrder.withoutAntecedent(story, names, List.of(ocalan, she))).containsExactly(she);
        assertThat(namesRead[0]).isEqualTo(2);
    }
}
