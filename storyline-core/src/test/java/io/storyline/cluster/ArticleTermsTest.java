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
}
