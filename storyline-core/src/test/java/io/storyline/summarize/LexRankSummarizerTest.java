package io.storyline.summarize;

import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.StoryAnalysis;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LexRankSummarizerTest {

    @Test
    void salienceIsAProbabilityDistributionFavouringWhatManySentencesShare() {
        StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
        SimilarityGraph graph = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
        double[] salience = LexRankSummarizer.salience(graph);
        assertThat(Arrays.stream(salience).sum()).isCloseTo(1.0, within(1e-6));
        int flood = idOf(story, "The River Tamsin burst its banks");
        int boathouse = idOf(story, "Two fishermen were rescued");
        assertThat(salience[flood]).isGreaterThan(salience[boathouse]);
    }

    @Test
    void similarityGraphIsSymmetric() {
        StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
        SimilarityGraph graph = SimilarityGraph.of(story, 0.0);
        for (int a = 0; a < graph.size(); a++) {
            for (int b : graph.neighbours(a)) {
                assertThat(graph.similarity(b, a)).isCloseTo(graph.similarity(a, b), within(1e-12));
            }
        }
    }

    private static int idOf(StoryAnalysis story, String prefix) {
        return story.sentences().stream().filter(s -> s.text().startsWith(prefix)).findFirst().orElseThrow().id();
    }
}
