package io.storyline.cluster;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTermsTest {

    @Test
    void titlesAndNamesWeighMoreStopWordsAndNumbersNothing() {
        Vocabulary vocabulary = new Vocabulary();
        Article article = Newsroom.article("a", "Wire", null, "Harbour closed",
                "The minister visited Brannock on 12 May. The harbour was quiet and the minister left.");
        Map<Integer, Double> weights = new ArticleTerms().weigh(article, vocabulary);
        int brannock = vocabulary.idOf("brannock", "brannock");
        int minister = vocabulary.idOf("minist", "minister");
        int harbour = vocabulary.idOf("harbour", "harbour");
        int quiet = vocabulary.idOf("quiet", "quiet");
        assertThat(weights.get(brannock)).isEqualTo(ArticleTerms.NAME_BOOST); // once, as a name
        assertThat(weights.get(quiet)).isEqualTo(1.0);
        assertThat(weights.get(harbour)).isGreaterThan(weights.get(quiet)); // title and body
        assertThat(weights.get(minister)).isEqualTo(1 + Math.log(2)); // sentence-initial "The" before it
        assertThat(weights).hasSize(vocabulary.size() - 0);
        assertThat(vocabulary.idOf("the", "the")).isEqualTo(vocabulary.size() - 1); // never seen before
    }

    @Test
    void aNameIsCountedWhereTheBodyCapitalisesItInsideASentenceNotInATitle() {
        Vocabulary vocabulary = new Vocabulary();
        Article article = Newsroom.article("a", "Wire", null, "Harbour Closed By Strike",
                "Ferry crews walked out at Brannock. Strike talks failed.");
        Map<Integer, Double> weights = new ArticleTerms().weigh(article, vocabulary);
        vocabulary.addDocument(weights.keySet().stream().mapToInt(Integer::intValue).toArray());
        int brannock = vocabulary.idOf("brannock", "brannock");
        int harbour = vocabulary.idOf("harbour", "harbour");
        int strike = vocabulary.idOf("strike", "strike");
        assertThat(vocabulary.nameShare(brannock)).isEqualTo(1.0);
        assertThat(vocabulary.nameShare(harbour)).isZero(); // capitalised only in the title
        assertThat(vocabulary.nameShare(strike)).isZero(); // only at the start of a sentence
    }

    @Test
    void leadSentencesCountAsTheTitleDoes() {
        Vocabulary vocabulary = new Vocabulary();
        Article article = Newsroom.article("a", "Wire", null, null,
                "Flooding closed the harbour. Dredgers arrived on Tuesday. Fishermen waited for the dredgers.");
        Map<Integer, Double> weights = new ArticleTerms(2, 0).weigh(article, vocabulary);
        int harbour = vocabulary.idOf("harbour", "harbour");
        int dredger = vocabulary.idOf("dredger", "dredgers");
        int fishermen = vocabulary.idOf(new io.storyline.analyze.PorterStemmer().stem("fishermen"), "fishermen");
        assertThat(weights.get(harbour)).isEqualTo(1 + Math.log(ArticleTerms.TITLE_COUNT));
        assertThat(weights.get(fishermen)).isEqualTo(1.0); // third sentence: body
        assertThat(weights.get(dredger)).isEqualTo(1 + Math.log(ArticleTerms.TITLE_COUNT + 1));
    }

    @Test
    void aSentenceRecentDocumentsAlreadyCarriedIsATemplate() {
        String notice = "Sorry, this zipcode is not in our deliverable area for this subscription service.";
        ArticleTerms terms = new ArticleTerms(0, 2);
        Vocabulary vocabulary = new Vocabulary();
        int zipcode = vocabulary.idOf(new io.storyline.analyze.PorterStemmer().stem("zipcode"), "zipcode");
        for (String id : new String[] {"a", "b"}) {
            assertThat(terms.weigh(Newsroom.article(id, "Wire", null, null, notice), vocabulary)).containsKey(zipcode);
        }
        Map<Integer, Double> third = terms.weigh(Newsroom.article("c", "Wire", null, null,
                "The harbour reopened on Friday.\n" + notice), vocabulary);
        assertThat(third).doesNotContainKey(zipcode).containsKey(vocabulary.idOf("harbour", "harbour"));
        assertThat(terms.weigh(Newsroom.article("d", "Wire", null, null, notice), vocabulary)).isEmpty();
        // short lines are never templates
        ArticleTerms fresh = new ArticleTerms(0, 1);
        fresh.weigh(Newsroom.article("e", "Wire", null, null, "Get digital access."), vocabulary);
        assertThat(fresh.weigh(Newsroom.article("f", "Wire", null, null, "Get digital access."), vocabulary))
                .isNotEmpty();
    }
}
