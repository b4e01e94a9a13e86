package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sentences that share a long clause but whose main clauses tell of other happenings (other main
 * verbs) are not one fact, so neither outlet is cited for the other's sentence; a short report whose verb
 * the longer sentence carries, and one fact told under the same main verb, still are.
 */
class FactsMainVerbsTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static final List<Article> ARTICLES = List.of(
            article("ledger", "Valley Ledger", """
                    Inspector Marta Quist said the team of inspectors had recovered the train's event data recorder and would examine its braking system.
                    Prosecutors in Emberton have appealed the rulings on the dredging permits for the Salt River delta that underpin the mayor's contract.
                    The storm damaged three fishing boats in the marina.
                    Firefighters pulled two hikers from the gorge below Crane Falls on Sunday.
                    The rescued hikers were flown to the regional hospital in Emberton.
                    """),
            article("wire", "Delta Wire", """
                    The Rail Safety Office said it was sending a team of four inspectors, led by Marta Quist, to examine the train's braking system, its event data recorder and radio traffic from the control tower.
                    The council is expected to meet next month to review the rulings on the dredging permits for the Salt River delta that underpin the mayor's contract.
                    Volunteers cleared the beach of debris after the storm.
                    Two hikers were rescued by firefighters on Sunday, hours after they fell into the gorge below Crane Falls.
                    """),
            article("courier", "Emberton Courier", """
                    Firefighters pulled two hikers from the gorge below Crane Falls on Sunday, police said.
                    Trains on the valley line were cancelled for the rest of the week.
                    """));

    private final StoryAnalysis story = StoryAnalysis.of(ARTICLES);
    private final Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));

    private AnalyzedSentence sentence(String opening) {
        return story.sentences().stream().filter(s -> s.text().startsWith(opening)).findFirst().orElseThrow();
    }

    @Test
    void aTeamSentToExamineIsNotTheTeamThatRecoveredTheRecorder() {
        AnalyzedSentence recovered = sentence("Inspector Marta Quist said");
        AnalyzedSentence sending = sentence("The Rail Safety Office said");
        assertThat(Facts.sharedStems(recovered, sending)).isGreaterThanOrEqualTo(Facts.MIN_SHARED_STEMS);
        assertThat(facts.relation(recovered, sending)).isEqualTo(Facts.Relation.OTHER);
        assertThat(facts.reportsElsewhere(recovered)).isEmpty();
    }

    @Test
    void aSharedRelativeClauseUnderAnotherMainVerbIsAnotherFact() {
        // appealed the rulings ... that underpin / is expected to meet to review the rulings ... that underpin
        AnalyzedSentence appealed = sentence("Prosecutors in Emberton have appealed");
        AnalyzedSentence meeting = sentence("The council is expected to meet");
        assertThat(facts.same(appealed, meeting)).isFalse();
    }

    @Test
    void oneFactUnderTheSameMainVerbIsStillOneFact() {
        AnalyzedSentence pulled = sentence("Firefighters pulled two hikers from the gorge below Crane Falls on Sunday.");
        AnalyzedSentence saidPulled = sentence("Firefighters pulled two hikers from the gorge below Crane Falls on Sunday, police said.");
        assertThat(facts.relation(pulled, saidPulled)).isEqualTo(Facts.Relation.SAME);
    }

    @Test
    void aShortReportWhoseVerbTheLongerCarriesInAClauseIsStillItsFact() {
        // the short report's only main verb, "rescued", stands in the longer sentence's background clause
        MainVerbs.Verbs flown = MainVerbs.of("Two hikers were flown to the hospital after they were rescued from the gorge.");
        MainVerbs.Verbs rescued = MainVerbs.of("The hikers were rescued from the gorge.");
        assertThat(flown.main()).doesNotContain("rescu");
        assertThat(MainVerbs.differ(flown, rescued)).isFalse();
    }
}
