package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    void anArticleWithCopiesMergedIntoItWeighsWhatReadingItThatOftenWeighed() {
        List<Article> articles = FloodStory.articles();
        Article last = articles.get(articles.size() - 1);
        List<Article> merged = new ArrayList<>(articles);
        merged.set(merged.size() - 1, last.withCopies(3));
        List<Article> readThrice = new ArrayList<>(articles);
        readThrice.add(new Article(last.id() + "-copy2", last.outlet(), null, last.title(), last.published(),
                last.text(), last.origin()));
        readThrice.add(new Article(last.id() + "-copy3", last.outlet(), null, last.title(), last.published(),
                last.text(), last.origin()));
        StoryAnalysis one = StoryAnalysis.of(merged);
        StoryAnalysis three = StoryAnalysis.of(readThrice);
        assertThat(one.reports()).isEqualTo(three.reports()).isEqualTo(articles.size() + 2);
        ConceptWeights mergedWeights = ConceptWeights.of(one, 2);
        ConceptWeights thriceWeights = ConceptWeights.of(three, 2);
        ConceptWeights onceWeights = ConceptWeights.of(story, 2);
        Set<Long> ofLast = new HashSet<>();
        one.sentences().stream().filter(s -> s.article() == articles.size() - 1)
                .forEach(s -> ofLast.addAll(ConceptWeights.concepts(s)));
        assertThat(ofLast).isNotEmpty().allSatisfy(c ->
                assertThat(mergedWeights.weight(c)).isCloseTo(thriceWeights.weight(c), within(1e-9)));
        assertThat(ofLast).anySatisfy(c -> assertThat(mergedWeights.weight(c)).isGreaterThan(onceWeights.weight(c)));
    }

    @Test
    void oneOutletsDetailIsNoConceptWhenMoreArticlesAreRequired() {
        ConceptWeights weights = ConceptWeights.of(story, 2);
        assertThat(weights.counts(concept("coast", "guard"))).isFalse();
        assertThat(weights.weight(concept("coast", "guard"))).isZero();
        assertThat(weights.counts(concept("sport", "hall"))).isTrue();
    }

    @Test
    void aPairOfStopWordsWeighsAFifthOfItsArticlesAndACutSentenceKeepsOnlyItsOpening() {
        AnalyzedSentence flood = story.sentences().stream()
                .filter(s -> s.text().startsWith("The River Tamsin burst")).findFirst().orElseThrow();
        assertThat(ConceptWeights.concepts(flood)).contains(concept("in", "the"), concept("the", "river"),
                concept("lower", "town"), ConceptWeights.storyWord(term("tamsin")));
        assertThat(ConceptWeights.concepts(flood, 3)).containsExactly(concept("the", "river"), concept("river", "tamsin"),
                ConceptWeights.storyWord(term("river")), ConceptWeights.storyWord(term("tamsin")));
        // "to the sports hall" (Valley Post), "to the Hill Road sports hall" (River News)
        assertThat(ConceptWeights.of(story, 1).weight(concept("to", "the")))
                .isCloseTo(ConceptWeights.FUNCTION_PAIR_SHARE * 2, within(1e-9));
    }

    @Test
    void aStoryWordIsAContentWordInAtLeastHalfTheArticles() {
        ConceptWeights weights = ConceptWeights.of(story, 1);
        assertThat(weights.weight(ConceptWeights.storyWord(term("tamsin"))))
                .isCloseTo(ConceptWeights.STORY_WORD_SHARE * 3, within(1e-9));
        assertThat(weights.weight(ConceptWeights.storyWord(term("hall"))))
                .isCloseTo(ConceptWeights.STORY_WORD_SHARE * 2, within(1e-9));
        // one outlet of three is less than half, whatever the bigram threshold
        assertThat(weights.counts(ConceptWeights.storyWord(term("helicopt")))).isFalse();
        assertThat(weights.counts(concept("coast", "guard"))).isTrue();
        assertThat(weights.counts(ConceptWeights.storyWord(term("the")))).isFalse();
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
        assertThat(ConceptWeights.minArticles(10)).isEqualTo(2);
        assertThat(ConceptWeights.minArticles(20)).isEqualTo(2);
        assertThat(ConceptWeights.minArticles(6)).isEqualTo(2);
        assertThat(ConceptWeights.minArticles(2)).isEqualTo(1);
    }
}
