package io.storyline.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {

    @Test
    void rareTermsWeighMoreThanCommonOnes() {
        Vocabulary vocabulary = new Vocabulary();
        int common = vocabulary.idOf("said", "said");
        int rare = vocabulary.idOf("ocalan", "ocalan");
        assertThat(vocabulary.idOf("said", "said")).isEqualTo(common);
        for (int i = 0; i < 2000; i++) {
            vocabulary.addDocument(i == 0 ? new int[] {common, rare} : new int[] {common});
        }
        assertThat(vocabulary.idf(rare)).isGreaterThan(5 * vocabulary.idf(common));
        assertThat(vocabulary.idf(common)).isGreaterThanOrEqualTo(0);
        assertThat(vocabulary.word(rare)).isEqualTo("ocalan");
        assertThat(vocabulary.documents()).isEqualTo(2000);
        assertThat(vocabulary.size()).isEqualTo(2);
    }

    @Test
    void aNamesShareIsOfTheDocumentsHoldingIt() {
        Vocabulary vocabulary = new Vocabulary();
        int homs = vocabulary.idOf("hom", "homs");
        int protest = vocabulary.idOf("protest", "protest");
        assertThat(vocabulary.nameShare(homs)).isZero(); // in no document yet
        for (int i = 0; i < 4; i++) {
            vocabulary.addDocument(new int[] {homs, protest});
            vocabulary.addNameSighting(homs);
        }
        vocabulary.addNameSighting(protest);
        assertThat(vocabulary.nameShare(homs)).isEqualTo(1.0);
        assertThat(vocabulary.nameShare(protest)).isEqualTo(0.25);
    }
}
