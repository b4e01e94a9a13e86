package io.storyline.evaluate.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RougeTest {

    private static final Rouge ROUGE = new Rouge(RougeConfig.untruncated());

    @Test
    void handComputedSingleReference() {
        RougeScore score = ROUGE.score(List.of("The cat sat on the mat."), List.of(List.of("The cat was on the mat.")));
        // unigrams: the x2, cat, on, mat shared out of 6 each side
        assertThat(score.rouge1()).isEqualTo(new Prf(0.83333, 0.83333, 0.83333));
        // bigrams: "the cat", "on the", "the mat" out of 5
        assertThat(score.rouge2()).isEqualTo(new Prf(0.6, 0.6, 0.6));
        // LCS "the cat on the mat": 5 of 6
        assertThat(score.rougeL()).isEqualTo(new Prf(0.83333, 0.83333, 0.83333));
        // SU4: 5 unigrams (the last word adds none) + 15 skip-bigrams a side; 4 + 10 shared
        assertThat(score.rougeSU()).isEqualTo(new Prf(0.7, 0.7, 0.7));
        assertThat(score.rougeN(3).recall()).isEqualTo(0.25); // "on the mat" of 4 trigrams
        assertThat(score.rougeN(4).recall()).isZero();
    }

    @Test
    void referencesArePooledUnderAverageAndTheBestIsTakenUnderBest() {
        List<String> peer = List.of("police arrested the suspect");
        List<List<String>> references = List.of(
                List.of("police arrested the suspect"),
                List.of("a storm hit the coast"));
        // pooled: 4 + 1 ("the") hits over 4 + 5 reference words; the peer's 4 words count twice
        assertThat(ROUGE.score(peer, references).rouge1()).isEqualTo(new Prf(0.55556, 0.625, 0.58824));
        Rouge best = new Rouge(RougeConfig.untruncated().withModels(RougeConfig.Models.BEST));
        assertThat(best.score(peer, references).rouge1()).isEqualTo(new Prf(1, 1, 1));
    }

    @Test
    void alphaWeighsPrecisionAgainstRecall() {
        List<String> peer = List.of("storm");
        List<List<String>> reference = List.of(List.of("storm surge"));
        // recall 1/2, precision 1/1
        assertThat(ROUGE.score(peer, reference).rouge1().f()).isEqualTo(0.66667);
        Rouge recallOnly = new Rouge(RougeConfig.untruncated().withAlpha(0));
        assertThat(recallOnly.score(peer, reference).rouge1().f()).isEqualTo(0.5);
        Rouge precisionOnly = new Rouge(RougeConfig.untruncated().withAlpha(1));
        assertThat(precisionOnly.score(peer, reference).rouge1().f()).isEqualTo(1.0);
    }

    @Test
    void wordLimitAppliesToPeerAndReferences() {
        Rouge cut = new Rouge(RougeConfig.untruncated().withWordLimit(2));
        RougeScore score = cut.score(List.of("rebels took the town"), List.of(List.of("rebels took the capital")));
        assertThat(score.rouge1()).isEqualTo(new Prf(1, 1, 1));
        assertThat(ROUGE.score(List.of("rebels took the town"), List.of(List.of("rebels took the capital")))
                .rouge1().recall()).isEqualTo(0.75);
    }

    @Test
    void emptyPeerScoresZero() {
        RougeScore score = ROUGE.score(List.of(), List.of(List.of("anything at all")));
        assertThat(score.rouge1()).isEqualTo(new Prf(0, 0, 0));
        assertThat(score.rougeL()).isEqualTo(new Prf(0, 0, 0));
    }

    @Test
    void meanAveragesEachFigureAndRoundsLikeTheScript() {
        RougeScore a = new RougeScore(List.of(new Prf(0.1, 0.2, 0.3)), new Prf(0.1, 0.1, 0.1), new Prf(0, 0, 0));
        RougeScore b = new RougeScore(List.of(new Prf(0.2, 0.25, 0.35)), new Prf(0.2, 0.2, 0.2), new Prf(1, 1, 1));
        RougeScore c = new RougeScore(List.of(new Prf(0.2, 0.25, 0.35)), new Prf(0.2, 0.2, 0.2), new Prf(1, 1, 1));
        RougeScore mean = Rouge.mean(List.of(a, b, c));
        assertThat(mean.rouge1()).isEqualTo(new Prf(0.16667, 0.23333, 0.33333));
        assertThat(mean.rougeSU()).isEqualTo(new Prf(0.66667, 0.66667, 0.66667));
    }

    @Test
    void irregularFormsFromALexiconMakeInflectionsMatch(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("verb.exc"), "said say\nwere be\n");
        Files.writeString(dir.resolve("adj.exc"), "better good\n");
        Files.writeString(dir.resolve("adv.exc"), "better well\n");
        RougeLexicon lexicon = RougeLexicon.load(dir);
        // files are read in name order, so the adverb reading wins
        assertThat(lexicon.irregularForms()).containsEntry("better", "well").containsEntry("said", "say");

        List<String> peer = List.of("Officials said they were ready");
        List<List<String>> reference = List.of(List.of("officials say they be ready"));
        assertThat(ROUGE.score(peer, reference).rouge1().recall()).isEqualTo(0.6);
        assertThat(new Rouge(RougeConfig.untruncated(), lexicon).score(peer, reference).rouge1().recall())
                .isEqualTo(1.0);
    }

    @Test
    void stopwordRemovalNeedsAStopList() {
        RougeConfig withStopwords = RougeConfig.untruncated().withStopwordRemoval(true);
        assertThatThrownBy(() -> new Rouge(withStopwords)).isInstanceOf(IllegalArgumentException.class);
        Rouge rouge = new Rouge(withStopwords, new RougeLexicon(Map.of(), Set.of("the", "a")));
        RougeScore score = rouge.score(List.of("the storm"), List.of(List.of("a storm")));
        assertThat(score.rouge1()).isEqualTo(new Prf(1, 1, 1));
    }

    @Test
    void configRejectsContradictions() {
        RougeConfig bytes = RougeConfig.duc2004().withByteLimit(665);
        assertThat(bytes.byteLimit()).isEqualTo(665);
        assertThat(bytes.wordLimit()).isZero();
        assertThatThrownBy(() -> new RougeConfig(4, 100, 665, true, false, 0.5, RougeConfig.Models.AVERAGE, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RougeConfig(0, 0, 0, true, false, 0.5, RougeConfig.Models.AVERAGE, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
