package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement retold around one long phrase of plain words is one fact, though the story's own idf discounts those
 * words; a shared phrase of names, a shared background clause under other main verbs, or a slot that differs keeps
 * two sentences apart. Made-up stories, written for these tests.
 */
class RetoldPhraseTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static final List<Article> ARTICLES = List.of(
            article("echo", "Dunmore Echo", """
                    Demand for the folk singer's records has surged, with her songs topping sales at music shops and download sites across the country.
                    Music shops reported queues, and download sites struggled with the traffic.
                    Sales of the tribute tour at music shops and download sites across the country reached 40,000 tickets in one day.
                    The ferry company cancelled every sailing after the storm damaged the harbour wall and the northern pier.
                    Story Filed By Harbour Newspapers For Use By Clients of the Valley Times News Service.
                    """),
            article("courier", "Pellan Courier", """
                    Her old albums have topped sales at music shops and download sites across the country this week.
                    Several music shops ran out of vinyl copies by noon.
                    Sales of the tribute tour at music shops and download sites across the country reached 65,000 tickets in one day.
                    Divers inspected the hull of the pilot boat after the storm damaged the harbour wall and the northern pier.
                    Photographs Supplied By Harbour Newspapers For Use By Clients of the Valley Times News Service.
                    """),
            article("post", "North Post", """
                    Download sites said sales of the singer's songs had doubled.
                    The country's music charts will be published on Friday.
                    """));

    private final StoryAnalysis story = StoryAnalysis.of(ARTICLES);
    private final SimilarityGraph graph = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
    private final Facts facts = Facts.of(story, graph);

    private AnalyzedSentence sentence(String id, String opening) {
        int article = List.of("echo", "courier", "post").indexOf(id);
        return story.sentences().stream().filter(s -> s.article() == article && s.text().startsWith(opening))
                .findFirst().orElseThrow();
    }

    @Test
    void aStatementRetoldAroundOneLongPhraseIsOneFact() {
        AnalyzedSentence echo = sentence("echo", "Demand for");
        AnalyzedSentence courier = sentence("courier", "Her old albums");
        // below every cosine the rules had: the story's idf discounts the words the two share
        assertThat(graph.similarity(echo.id(), courier.id())).isLessThan(Facts.SAME_FACT_COSINE_MANY_SHARED);
        assertThat(facts.same(echo, courier)).isTrue();
    }

    @Test
    void aSharedPhraseWithAFigureThatDiffersIsNoOneFact() {
        assertThat(facts.same(sentence("echo", "Sales of the tribute"), sentence("courier", "Sales of the tribute"))).isFalse();
    }

    @Test
    void aSharedBackgroundClauseUnderOtherMainVerbsIsNoOneFact() {
        assertThat(facts.same(sentence("echo", "The ferry company"), sentence("courier", "Divers inspected"))).isFalse();
    }

    @Test
    void aSharedCreditLineOfNamesIsNoOneFact() {
        assertThat(facts.same(sentence("echo", "Story Filed"), sentence("courier", "Photographs Supplied"))).isFalse();
    }

    @Test
    void onlyPlainContentWordsOfOneUnbrokenRunCount() {
        // "topping/topped sales at music shops and download sites across the country": top, sale, music, shop,
        // download, site, across, country
        assertThat(SharedPhrase.plainWords(
                "Her songs were topping sales at music shops and download sites across the country.",
                "Her albums topped sales at music shops and download sites across the country this week.")).isEqualTo(8);
        // names, figures and calendar words are not counted; a word that differs breaks the run
        assertThat(SharedPhrase.plainWords("For Use By Clients of the Valley Times News Service on Monday.",
                "Photographs For Use By Clients of the Valley Times News Service on Monday.")).isZero();
        assertThat(SharedPhrase.plainWords("The storm damaged the old harbour wall badly.",
                "The storm damaged the new harbour wall badly.")).isEqualTo(2); // storm, damaged: "harbour wall badly" says nothing happened
        // lower-cased text has no names to tell: its content words count
        assertThat(SharedPhrase.plainWords("officials said the valley council approved the harbour wall plan on monday.",
                "the valley council approved the harbour wall plan, the mayor said.")).isEqualTo(6);
        // but a shared name and title with no verb in the run is no statement told twice (two photo captions)
        assertThat(SharedPhrase.plainWords("file photo, harbour board director anna vell testifies before a committee.",
                "Harbour board director anna vell speaks during the summer fair in the park.")).isZero();
    }
}
