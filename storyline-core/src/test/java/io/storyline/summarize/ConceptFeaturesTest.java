package io.storyline.summarize;

import io.storyline.analyze.StoryAnalysis;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConceptFeaturesTest {

    private final StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
    private final Map<Long, double[]> features = ConceptFeatures.of(story);

    private int term(String stem) {
        for (int t = 0; t < story.vocabularySize(); t++) {
            if (story.stem(t).equals(stem)) {
                return t;
            }
        }
        throw new AssertionError("no stem " + stem);
    }

    private double feature(long concept, String name) {
        return features.get(concept)[ConceptFeatures.NAMES.indexOf(name)];
    }

    private long concept(String first, String second) {
        return ((long) term(first) << 32) | term(second);
    }

    @Test
    void whatEveryOutletOpensWithIsSharedEarlyAndAName() {
        long river = concept("river", "tamsin");
        assertThat(feature(river, "bias")).isEqualTo(1);
        assertThat(feature(river, "article share")).isEqualTo(1);
        assertThat(feature(river, "log articles")).isCloseTo(Math.log(4), within(1e-12));
        assertThat(feature(river, "earliest")).isEqualTo(1);
        assertThat(feature(river, "opening share")).isEqualTo(1);
        assertThat(feature(river, "lead share")).isEqualTo(1);
        assertThat(feature(river, "capitalised")).isEqualTo(1);
        assertThat(feature(river, "stop word")).isZero();
        assertThat(feature(river, "eligible share")).isEqualTo(1);
    }

    @Test
    void oneOutletsLaterDetailIsNeitherSharedNorEarly() {
        long guard = concept("coast", "guard");
        assertThat(feature(guard, "article share")).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(feature(guard, "earliest")).isCloseTo(1 - 2 / 5.0, within(1e-12)); // third of five sentences
        assertThat(feature(guard, "mean position")).isCloseTo(1 - 2 / 5.0, within(1e-12));
        assertThat(feature(guard, "opening share")).isZero();
        assertThat(feature(guard, "lead share")).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(feature(guard, "capitalised")).isZero();
        assertThat(feature(guard, "log mentions")).isCloseTo(Math.log(2), within(1e-12));
    }

    @Test
    void stopWordsNumbersAndCentralityAreMarked() {
        assertThat(feature(concept("the", "river"), "stop word")).isEqualTo(1);
        assertThat(feature(concept("200", "home"), "number")).isEqualTo(1);
        assertThat(feature(concept("river", "tamsin"), "number")).isZero();
        assertThat(features).doesNotContainKey(concept("in", "the"));
        assertThat(feature(concept("river", "tamsin"), "centrality"))
                .isGreaterThan(feature(concept("coast", "guard"), "centrality"));
    }

    @Test
    void contentWordsHaveTheirOwnKeysAndNoStopWords() {
        Map<Long, double[]> words = ConceptFeatures.ofWords(story);
        long tamsin = ConceptFeatures.wordKey(term("tamsin"));
        assertThat(tamsin).isNegative();
        assertThat(ConceptFeatures.stemOfWordKey(tamsin)).isEqualTo(term("tamsin"));
        assertThat(words).containsKey(tamsin).doesNotContainKey(ConceptFeatures.wordKey(term("the")));
        assertThat(words.get(tamsin)[ConceptFeatures.NAMES.indexOf("article share")]).isEqualTo(1);
        assertThat(words.get(tamsin)[ConceptFeatures.NAMES.indexOf("capitalised")]).isEqualTo(1);
        assertThat(words.get(ConceptFeatures.wordKey(term("helicopt")))[ConceptFeatures.NAMES.indexOf("article share")])
                .isCloseTo(1 / 3.0, within(1e-12));
        assertThat(ConceptFeatures.words(story, concept("river", "tamsin"))).isEqualTo("river tamsin");
    }
}
