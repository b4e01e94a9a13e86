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

    @Test
    void aTermCommonOnlyInOneStorylineIsRareWithThatStorylineLeftOut() {
        Vocabulary vocabulary = new Vocabulary();
        int spill = vocabulary.idOf("spill", "spill");
        int said = vocabulary.idOf("said", "said");
        // a stream of 100 articles, 60 of them of one subject that writes "spill"; "said" is everywhere
        for (int i = 0; i < 100; i++) {
            vocabulary.addDocument(i < 60 ? new int[] {spill, said} : new int[] {said});
        }
        assertThat(vocabulary.idf(spill)).isLessThan(1.0);
        assertThat(vocabulary.idfWithout(spill, 0, 0)).isEqualTo(vocabulary.idf(spill));
        // the subject's 60 articles left out, "spill" is in none of the rest: as rare as a word can be
        assertThat(vocabulary.idfWithout(spill, 60, 60)).isGreaterThan(4.0);
        // "said" is as common without them as with them
        assertThat(vocabulary.idfWithout(said, 60, 60)).isLessThan(0.5);
    }
}
