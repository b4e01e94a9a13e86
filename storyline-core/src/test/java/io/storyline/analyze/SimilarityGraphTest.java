package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SimilarityGraphTest {

    private final StoryAnalysis story = HarbourStory.analysis();

    @Test
    void keepsEveryPairAtOrAboveTheFloorAndNoOther() {
        SimilarityGraph graph = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
        List<AnalyzedSentence> sentences = story.sentences();
        int kept = 0;
        for (AnalyzedSentence a : sentences) {
            assertThat(graph.neighbours(a.id())).isSorted().doesNotContain(a.id());
            for (AnalyzedSentence b : sentences) {
                if (a.id() == b.id()) {
                    continue;
                }
                double cosine = a.tfidf().cosine(b.tfidf());
                double expected = cosine >= SimilarityGraph.FLOOR ? cosine : 0;
                assertThat(graph.similarity(a.id(), b.id())).as(a.text() + " / " + b.text())
                        .isCloseTo(expected, within(1e-12));
                kept += expected > 0 ? 1 : 0;
            }
        }
        assertThat(kept).isPositive();
        assertThat(graph.size()).isEqualTo(sentences.size());
    }

    @Test
    void aGraphAroundSomeSentencesListsOnlyTheirNeighboursButMeasuresAnyPair() {
        SimilarityGraph whole = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
        AnalyzedSentence strike = HarbourStory.sentence(story, "Ferry crews in Nordsund walked out on Monday,");
        SimilarityGraph around = SimilarityGraph.around(story, SimilarityGraph.FLOOR, Set.of(strike.id()));
        assertThat(around.neighbours(strike.id())).containsExactly(whole.neighbours(strike.id()));
        assertThat(around.weights(strike.id())).containsExactly(whole.weights(strike.id()));
        for (AnalyzedSentence a : story.sentences()) {
            if (a.id() != strike.id()) {
                assertThat(around.neighbours(a.id())).isEmpty();
            }
            for (AnalyzedSentence b : story.sentences()) {
                if (a.id() != b.id()) {
                    assertThat(around.similarity(a.id(), b.id())).isCloseTo(whole.similarity(a.id(), b.id()),
                            within(1e-12));
                }
            }
        }
    }
}
