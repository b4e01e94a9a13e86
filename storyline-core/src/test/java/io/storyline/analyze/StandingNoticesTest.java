package io.storyline.analyze;

import io.storyline.model.Article;
import io.storyline.model.Summary;
import io.storyline.summarize.Budget;
import io.storyline.summarize.StorySummarizer;
import io.storyline.summarize.Summarizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StandingNoticesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "EDs: Reaction from the harbour office will be added on later versions.",
            "Editor's note: This report contains language some readers may find offensive.",
            "All times are Pacific unless otherwise noted.",
            "If features will move after 9 p.m., an ETA will be given.",
            "Sports copy will have an E.T.A. of 10:15 P.M. tonight.",
            "These stories for release Sunday, March 3 are moving today to clients of the Lakeside News Service.",
            "Picture and graphics information can be found at the end of this budget."})
    void notesToEditorsAndClientsAreNotices(String sentence) {
        assertThat(StandingNotices.shaped(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The city council cut the harbour budget by a tenth on Tuesday.",
            "Police blamed ETA for the bomb that damaged a bank in Bilbao on Sunday.",
            "The firm told its clients that all times of delivery would slip.",
            "Editors at the newspaper resigned over the decision, the union said.",
            "Subscribers lost their service for three hours after the storm.",
            "He has moved to increase the navy's budget and its purchases of ships."})
    void newsThatSharesAWordIsNoNotice(String sentence) {
        assertThat(StandingNotices.shaped(sentence)).isFalse();
    }

    private static final String FOOTER = "Reproduction of this page without the publisher's written permission is forbidden.";
    private static final String BACKGROUND = "Brenner, who has captained ferries in the northern channel since 1998, denies any wrongdoing.";

    private static final String[] OWN = {
            "A harbour official said the ferry's papers were in order.",
            "The coast guard said the weather had been calm that night.",
            "Shares in the ferry line fell by a fifth on Friday morning."};

    /**
     * Five reports of a ferry's sinking; three carry a site's footer and a background line, each word for word
     * (all sentences of such short articles stand near an edge: only the words tell the two apart).
     */
    private static List<Article> story() {
        String[] news = {
                "The ferry Nordlys sank in the northern channel on Thursday with forty cars on board. Divers found the wreck at a depth of sixty metres.",
                "Captain Tomas Brenner of the ferry Nordlys was questioned by police in Vellby on Friday. The ferry sank in the northern channel with forty cars aboard.",
                "Insurers put the loss of the ferry Nordlys and its cargo at twelve million crowns. The ferry line will run a smaller boat until spring.",
                "Divers searching the wreck of the ferry Nordlys in the northern channel recovered the ship's log on Saturday. Investigators said captain Tomas Brenner would be asked about the ferry's last course.",
                "Families of the crew of the ferry Nordlys gathered at the Vellby quay on Sunday. Captain Brenner's lawyer said he denies any wrongdoing in the northern channel sinking."};
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < news.length; i++) {
            // each article's own news outweighs what the three share, as different pieces under one footer
            String text = news[i] + (i < 3 ? " " + OWN[i] + " " + BACKGROUND + " " + FOOTER : "");
            articles.add(new Article("a" + i, "Outlet " + i, null, null, null, text, "a" + i + ".txt"));
        }
        return articles;
    }

    @Test
    void aSentenceRepeatedAcrossArticlesInWordsTheStoryDoesNotUseIsATemplate() {
        StoryAnalysis story = StoryAnalysis.of(story());
        BitSet notices = StandingNotices.of(story);
        List<String> flagged = story.sentences().stream().filter(s -> notices.get(s.id())).map(AnalyzedSentence::text).distinct().toList();
        assertThat(flagged).containsExactly(FOOTER);
    }

    @Test
    void figuresAndDatesDoNotMakeATemplateDiffer() {
        assertThat(StandingNotices.template("Copy for release Friday, Jan. 14, 2000."))
                .isEqualTo(StandingNotices.template("Copy for release Friday, Jan. 21, 2001."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"coverage", "learned", "lexrank", "lead"})
    void noSummaryShowsTheFooterWhateverItsLength(String method) {
        Summary summary = new StorySummarizer(Summarizers.byNameOrThrow(method)).summarize(story(), Budget.words(400));
        assertThat(summary.sentences()).isNotEmpty();
        assertThat(summary.sentences()).noneMatch(s -> s.text().contains("publisher"));
    }

    @Test
    void theTemplateIsWhatTheExpressionsMadeOfIt() {
        // template() does in one pass what lower-casing and two replaceAll calls did: the same string, whatever
        // the text holds (figures in runs, a 0, marks, letters outside ASCII and outside the BMP, lone surrogates)
        for (String text : java.util.List.of("", "   ", "All times are Eastern, 10:30 p.m. EST.", "0 00 007 a0b",
                "  --Photo available-- ", "Ünïcödé İstanbul ΣΑΣ straße", "x\uD835\uDC00y 12\uD835\uDC00",
                "lone \uD800 surrogate", "tab\tand\nline", "1,234.5%", "C'est l’été — 3½ mois")) {
            String reference = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[0-9]+", "0")
                    .replaceAll("[^\\p{L}0]+", " ").trim();
            assertThat(StandingNotices.template(text)).as(text).isEqualTo(reference);
        }
    }

    @Test
    void aSentenceOnlyShapedWithCapitalsOrMarksIsStillSeen() {
        // the quick word checks before the expressions compare letters without case, as the expressions do
        assertThat(StandingNotices.shaped("...EDS: Updates will be included.")).isTrue();
        assertThat(StandingNotices.shaped("ALL TIMES ARE EASTERN.")).isTrue();
        assertThat(StandingNotices.shaped("An E.T.A. of 9:30 p.m. will follow.")).isTrue();
        assertThat(StandingNotices.shaped("On Subsequent BUDGETS we will list them.")).isTrue();
        assertThat(StandingNotices.shaped("For Release Friday to CLIENTS OF the service.")).isTrue();
        assertThat(StandingNotices.shaped("The budget vote moved to Friday.")).isFalse();
    }

    /** The site's promotion, in the story's own words (ferry, strike, islands, mainland). */
    private static final String PROMO = "The ferry strike has cut the islands off from the mainland, says our correspondent.";

    /**
     * Fourteen pieces on different days of a ferry strike, each its own news; the first {@code carrying} end on
     * the site's promotion of its correspondent's analysis, in the story's own words.
     */
    private static final String[] SECOND = {
            "Their union wants wages raised by six percent.",
            "Its chief executive called the claim unaffordable.",
            "A baker in Holm said his flour would last two days.",
            "The mediator has settled two harbour disputes before.",
            "Coast guards warned that the small boats were overloaded.",
            "Picket lines stood at both quays through the night.",
            "Parents organised lessons in the village hall instead.",
            "The opposition accused the government of looking away.",
            "That boat carries half as many cars as the usual ferry.",
            "The deal runs for three years.",
            "Passengers cheered as it docked at Holm.",
            "Fuel savings covered a small part of the loss.",
            "Prices of fresh food fell back to their usual level.",
            "Its authors will present their findings in the spring."};

    private static List<Article> strikeCoverage(int carrying) {
        return strikeCoverage(carrying, 0);
    }

    private static final String[] READERS = {"Agnes", "Bertil", "Cecilia", "Dag", "Elin", "Fredrik", "Greta"};
    private static final String[] WHAT = {"parking", "lighthouses", "seals", "tourism", "schools", "ice", "fishing"};

    /** The same, where the first {@code inMiddle} carriers print more below the line (readers' letters). */
    private static List<Article> strikeCoverage(int carrying, int inMiddle) {
        return strikeCoverage(carrying, inMiddle, false);
    }

    /** The same, with the last carrier's line fused to a gallery's buttons by its page's layout when {@code fused}. */
    private static List<Article> strikeCoverage(int carrying, int inMiddle, boolean fused) {
        String[] news = {
                "Ferry crews on the northern channel walked out on Monday over pay.",
                "The ferry line offered a rise of two percent on Tuesday, which the union refused.",
                "Island shops ran short of bread on Wednesday as the strike stopped deliveries.",
                "A mediator met both sides in Vellby on Thursday without result.",
                "Hundreds of commuters crossed by fishing boat on Friday morning.",
                "The union called a second week of stoppages on Saturday.",
                "Island schools closed on Monday because teachers could not cross.",
                "Ministers said on Tuesday they would not step into the dispute.",
                "The ferry line chartered a boat from a rival operator on Wednesday.",
                "Crews voted on Thursday to accept an offer of four percent.",
                "The first ferry in a fortnight crossed the northern channel on Friday.",
                "The ferry line said on Saturday the strike had cost it three million crowns.",
                "Island shops restocked on Sunday as deliveries resumed.",
                "A report on the strike's cost to the islands was ordered on Monday."};
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < news.length; i++) {
            String second = SECOND[i].replaceFirst("\\.$", ", in the ferry strike between the islands and the mainland.");
            String text = news[i] + " " + second + (i < carrying ? " " + PROMO : "");
            if (i == carrying - 1 && fused) {
                text = text.replace(PROMO, "BACK 3 of 9 NEXT " + PROMO);
            }
            if (i < inMiddle) {
                text = "Letters from the islands follow the report. " + text;
                for (int k = 0; k < 3; k++) {
                    text += " " + READERS[(i + k) % READERS.length] + " wrote about the " + WHAT[(i * 3 + k) % WHAT.length]
                            + " of island number " + (i * 3 + k) + ".";
                }
            }
            articles.add(new Article("s" + i, "Harbour Post", null, null, null, text, "s" + i + ".txt"));
        }
        return articles;
    }

    @Test
    void aLineInTheStorysWordsAtTheEndOfMostOfManyPagesIsTheSitesNotTheNews() {
        StoryAnalysis story = StoryAnalysis.of(strikeCoverage(10));
        BitSet notices = StandingNotices.of(story);
        assertThat(story.sentences().stream().filter(s -> notices.get(s.id())).map(AnalyzedSentence::text).distinct())
                .containsExactly(PROMO);
        Summary summary = new StorySummarizer(Summarizers.byNameOrThrow("coverage")).summarize(strikeCoverage(10), Budget.words(100));
        assertThat(summary.sentences()).isNotEmpty().noneMatch(s -> s.text().equals(PROMO));
    }

    @Test
    void theSameLineOnAFewPagesInTheStorysWordsIsLeftAlone() {
        // under half the pages, or too few of them, it may still be news several pieces repeat
        for (int carrying : new int[] {6, 9}) {
            StoryAnalysis story = StoryAnalysis.of(strikeCoverage(carrying));
            BitSet notices = StandingNotices.of(story);
            assertThat(story.sentences().stream().filter(s -> notices.get(s.id())).map(AnalyzedSentence::text))
                    .as("%d pages", carrying).doesNotContain(PROMO);
        }
    }

    @Test
    void theLineIsTheSitesWhenAFewPagesPrintMoreBelowIt() {
        // two of twelve pages carry readers' letters below the line, which puts it in their middle
        StoryAnalysis story = StoryAnalysis.of(strikeCoverage(12, 2));
        BitSet notices = StandingNotices.of(story);
        List<AnalyzedSentence> promo = story.sentences().stream().filter(s -> s.text().equals(PROMO)).toList();
        assertThat(promo).hasSize(12);
        assertThat(promo.stream().filter(s -> s.position() > 2 && s.position() < story.sentencesOf(s.article()).size() - 3))
                .hasSize(2);
        assertThat(promo).allMatch(s -> notices.get(s.id()));
    }

    @Test
    void aSentenceTheLayoutFusedTheSitesLineIntoGoesWithIt() {
        StoryAnalysis story = StoryAnalysis.of(strikeCoverage(12, 0, true));
        BitSet notices = StandingNotices.of(story);
        List<AnalyzedSentence> withPromo = story.sentences().stream().filter(s -> s.text().contains(PROMO)).toList();
        assertThat(withPromo).hasSize(12).anyMatch(s -> s.text().startsWith("BACK 3 of 9 NEXT"));
        assertThat(withPromo).allMatch(s -> notices.get(s.id()));
        assertThat(story.sentences().stream().filter(s -> notices.get(s.id()))).hasSize(12);
    }
    @Test
    void aPagesWordToItsReaderRepeatedAnywhereOnThePageIsNoNews() {
        String toReader = "You can follow every twist of the ferry inquiry on our live page.";
        String writer = "I'm Ana Lopes, the paper's transport correspondent.";
        String quoted = "\"You will be told the whole truth about the Nordlys,\" the minister told the families.";
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            List<String> sentences = new ArrayList<>();
            for (int k = 0; k < 4; k++) { // each page's own news before and after: the lines stand mid-page
                sentences.add("On " + days[i] + " witness " + (k + 1) + " of " + (i + 3) + " told inquiry panel "
                        + (char) ('A' + i) + " about the ferry's route number " + (i * 10 + k) + ".");
            }
            if (i < 3) {
                sentences.add(toReader);
                sentences.add(writer);
                sentences.add(quoted);
            }
            for (int k = 4; k < 8; k++) {
                sentences.add("Counsel " + (char) ('K' + i) + " asked witness " + (k + 1) + " on " + days[i]
                        + " about lifeboat drill " + (i * 10 + k) + ".");
            }
            articles.add(new Article("r" + i, "Outlet " + i, null, null, null, String.join(" ", sentences), "r" + i + ".txt"));
        }
        StoryAnalysis story = StoryAnalysis.of(articles);
        BitSet notices = StandingNotices.of(story);
        List<String> flagged = story.sentences().stream().filter(s -> notices.get(s.id())).map(AnalyzedSentence::text)
                .distinct().toList();
        assertThat(flagged).containsExactlyInAnyOrder(toReader, writer);
        assertThat(StandingNotices.speaksToTheReader(quoted)).isFalse();
        assertThat(StandingNotices.speaksToTheReader("Mayor Ruth Castellan said the pier would be braced.")).isFalse();
        assertThat(StandingNotices.speaksToTheReader("If you're reading via RSS, you'll need to visit the blog.")).isTrue();
    }
}
