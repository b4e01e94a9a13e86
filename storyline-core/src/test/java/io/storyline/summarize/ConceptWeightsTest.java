package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptWeightsTest {

    private final StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());

    private long concept(String first, String second) {
        return ((long) term(first) << 32) | term(second);
    }

    private int term(String stem) {
        for (int t = 0; t < story.vocabularySize(); t++) {
            if (story.stem(t).equals(stem)) {
                return t;
            }
        }
        throw new AssertionError("no stem " + stem);
    }

    @Test
    void aConceptWeighsTheNumberOfArticlesThatCarryIt() {
        ConceptWeights weights = ConceptWeights.of(story, 1);
        assertThat(weights.weight(concept("river", "tamsin"))).isEqualTo(3);
        assertThat(weights.weight(concept("sport", "hall"))).isEqualTo(2);
        assertThat(weights.weight(concept("coast", "guard"))).isEqualTo(1);
    }

    @Test
    void oneOutletsDetailIsNoConceptWhenMoreArticlesAreRequired() {
        ConceptWeights weights = ConceptWeights.of(story, 2);
        assertThat(weights.counts(concept("coast", "guard"))).isFalse();
        assertThat(weights.weight(concept("coast", "guard"))).isZero();
        assertThat(weights.counts(concept("sport", "hall"))).isTrue();
    }

    @Test
    void twoStopWordsMakeNoConceptAndACutSentenceKeepsOnlyItsOpening() {
        AnalyzedSentence flood = story.sentences().stream()
                .filter(s -> s.text().startsWith("The River Tamsin burst")).findFirst().orElseThrow();
        assertThat(ConceptWeights.concepts(flood)).doesNotContain(concept("in", "the"))
                .contains(concept("the", "river"), concept("lower", "town"));
        assertThat(ConceptWeights.concepts(flood, 3)).containsExactly(concept("the", "river"), concept("river", "tamsin"));
    }

    @Test
    void aContentWordWeighsItsArticlesAndStopWordsWeighNothing() {
        ConceptWeights weights = ConceptWeights.of(story, 2);
        assertThat(weights.wordWeight(term("tamsin"))).isEqualTo(3);
        assertThat(weights.wordWeight(term("hall"))).isEqualTo(2);
        assertThat(weights.wordWeight(term("helicopt"))).isZero(); // one outlet's word
        assertThat(weights.wordWeight(term("the"))).isZero();
    }

    @Test
    void smallStoriesNeedFewerArticlesPerConcept() {
        assertThat(ConceptWeights.minArticles(10)).isEqualTo(3);
        assertThat(ConceptWeights.minArticles(6)).isEqualTo(2);
        assertThat(ConceptWeights.minArticles(2)).isEqualTo(1);
    }
}
