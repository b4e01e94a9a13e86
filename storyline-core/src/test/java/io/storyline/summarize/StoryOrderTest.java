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

    @Test
    void aHeWithNoSentenceOfItsOwnArticleFollowsTheSentenceNamingWhomItsArticleNamed() {
        StoryAnalysis two = StoryAnalysis.of(List.of(
                Articles.fromText("Thousands of Kurds marched through Rome on Sunday. "
                        + "The march ended peacefully at the Colosseum.", "daily"),
                Articles.fromText("Italian police arrested Abdullah Ocalan at Rome's airport on Friday. "
                        + "Turkey wants him extradited. "
                        + "He leads the outlawed Kurdistan Workers Party.", "wire"),
                Articles.fromText("Ocalan faces the death penalty in Turkey, which has asked for his extradition.",
                        "agency")));
        AnalyzedSentence march = two.sentencesOf(0).get(0);
        AnalyzedSentence he = two.sentencesOf(1).get(2);
        AnalyzedSentence ocalan = two.sentencesOf(2).get(0);
        List<AnalyzedSentence> chosen = List.of(march, he, ocalan);
        List<List<AnalyzedSentence>> reports = chosen.stream().map(List::of).toList();
        List<String> order = StoryOrder.arrange(two, chosen, reports).stream().map(i -> chosen.get(i).text()).toList();
        // "He" stands for the Ocalan its own article named two sentences before: it follows the sentence naming him
        assertThat(order.indexOf(he.text())).isEqualTo(order.indexOf(ocalan.text()) + 1);
        assertThat(order.get(0)).isNotEqualTo(he.text());
    }

    @Test
    void aHeWhoseArticleNamesNobodyTheSummaryNamesStaysWhereItIs() {
        StoryAnalysis two = StoryAnalysis.of(List.of(
                Articles.fromText("Thousands of Kurds marched through Rome on Sunday.", "daily"),
                Articles.fromText("The airport was closed for an hour. He was flown to an island prison.", "wire"),
                Articles.fromText("Turkey has asked Italy for an extradition.", "agency")));
        List<AnalyzedSentence> chosen = List.of(two.sentencesOf(0).get(0), two.sentencesOf(1).get(1),
                two.sentencesOf(2).get(0));
        List<List<AnalyzedSentence>> reports = chosen.stream().map(List::of).toList();
        List<Integer> plain = new ArrayList<>(List.of(0, 1, 2));
        assertThat(StoryOrder.followContext(two, chosen, plain)).containsExactly(0, 1, 2);
    }
}
