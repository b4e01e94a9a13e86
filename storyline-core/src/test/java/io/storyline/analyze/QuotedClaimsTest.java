package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure inside a quotation is the speaker's claim, not the outlet's statement: against an outlet's
 * own figure it neither backs nor disputes it; against another outlet's quotation of the same words
 * it is a disagreement over what was said.
 */
class QuotedClaimsTest {

    private static Article article(String id, String text) {
        return new Article(id, id + " outlet", null, null, LocalDate.of(2026, 3, 11), text, id + ".txt");
    }

    private static Facts.Relation relation(String a, String b) {
        StoryAnalysis story = StoryAnalysis.of(List.of(article("a", a), article("b", b)));
        Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
        return facts.relation(story.sentencesOf(0).get(0), story.sentencesOf(1).get(0));
    }

    @Test
    void wordsInsideAQuotationAreFoundAsQuoted() {
        assertThat(Quotations.inside("\"We lost 45 men in the attack,\" the colonel said.", "45 men")).isTrue();
        assertThat(Quotations.inside("The colonel said \u201Cwe lost 45 men\u201D in the attack.", "45 men")).isTrue();
        assertThat(Quotations.inside("``We lost 45 men in the attack,'' the colonel said.", "45 men")).isTrue();
        assertThat(Quotations.inside("The attack killed 30 soldiers, the army said.", "30 soldiers")).isFalse();
        assertThat(Quotations.inside("\"It was terrible,\" he said of the attack that killed 30 soldiers.", "30 soldiers")).isFalse();
        // a quotation cut by the splitter runs to the sentence's edge
        assertThat(Quotations.inside("He said: \"We lost 45 men in the attack.", "45 men")).isTrue();
        assertThat(Quotations.inside("A 12\" gun fired 40 shells.", "40 shells")).as("an inch mark").isFalse();
        assertThat(Quotations.inside("No such words.", "45 men")).isFalse();
    }

    @Test
    void aQuotedFigureAgainstAnOutletsOwnFigureIsNeitherOneFactNorADispute() {
        assertThat(relation("\"The militants killed 45 soldiers in the attack on the base,\" the colonel said on Monday.",
                "The militants killed 30 soldiers in the attack on the base, the colonel said on Monday."))
                .isEqualTo(Facts.Relation.OTHER);
    }

    @Test
    void twoQuotationsOfOneSpeakerThatDifferInAFigureAreADispute() {
        assertThat(relation("\"The militants killed 45 soldiers in the attack on the base,\" the colonel said on Monday.",
                "\"The militants killed 30 soldiers in the attack on the base,\" the colonel said on Monday."))
                .isEqualTo(Facts.Relation.DISPUTED);
    }

    @Test
    void aFigureOutsideTheQuotationOfASentenceThatQuotesIsTheOutletsStatement() {
        assertThat(relation("The militants killed 45 soldiers in the attack on the base, \"a dark day,\" the colonel said.",
                "The militants killed 30 soldiers in the attack on the base, \"a dark day,\" the colonel said."))
                .isEqualTo(Facts.Relation.DISPUTED);
    }
}
