package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.ingest.Articles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SecondMentionsTest {

    private final StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());

    private AnalyzedSentence sentence(StoryAnalysis in, String opening) {
        return in.sentences().stream().filter(s -> s.text().startsWith(opening)).findFirst().orElseThrow();
    }

    /** Only "tamsin" is a story word here, worth 2. */
    private IntToDoubleFunction tamsinWorthTwo(StoryAnalysis in) {
        return stem -> in.stem(stem).equals("tamsin") ? 2 : 0;
    }

    @Test
    void onlyTheSecondMentionOfAStoryWordEarns() {
        List<AnalyzedSentence> candidates = List.of(sentence(story, "The River Tamsin burst"),
                sentence(story, "More than 200 homes"), sentence(story, "Eastmere began to count"),
                sentence(story, "Insurers estimated"));
        SecondMentions mentions = new SecondMentions(candidates, tamsinWorthTwo(story), 0.5);
        assertThat(mentions.gain(1)).isZero(); // a first mention is the word's concept, not this reward
        mentions.take(0);
        assertThat(mentions.gain(1)).isCloseTo(1.0, within(1e-9));
        assertThat(mentions.gain(3)).isZero(); // no Tamsin in the insurers' sentence
        mentions.take(1);
        assertThat(mentions.gain(2)).isZero(); // a third mention earns nothing
        mentions.drop(1);
        assertThat(mentions.gain(2)).isCloseTo(1.0, within(1e-9));
        mentions.reset();
        assertThat(mentions.gain(2)).isZero();
    }

    @Test
    void aSentenceNamingTheWordTwiceEarnsItsSecondMentionAlone() {
        StoryAnalysis ferry = StoryAnalysis.of(List.of(Articles.fromText(
                "The Tamsin ferry ran aground near the Tamsin bridge on Sunday. Nobody was hurt.", "ferry.txt")));
        SecondMentions mentions = new SecondMentions(List.of(sentence(ferry, "The Tamsin ferry")),
                tamsinWorthTwo(ferry), 0.5);
        assertThat(mentions.gain(0)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aSumOfRewardsAddsGainsAndUndoesBoth() {
        List<AnalyzedSentence> candidates = List.of(sentence(story, "The River Tamsin burst"),
                sentence(story, "More than 200 homes"));
        SecondMentions mentions = new SecondMentions(candidates, tamsinWorthTwo(story), 0.5);
        SaturatedCoverage coverage = new SaturatedCoverage(SimilarityGraph.of(story, 0.1), candidates, 0.3, 10);
        SentenceReward both = SentenceReward.sum(coverage, mentions);
        both.take(0);
        double expected = coverage.gain(1) + mentions.gain(1);
        assertThat(both.gain(1)).isCloseTo(expected, within(1e-9)).isGreaterThan(coverage.gain(1));
        both.drop(0);
        assertThat(mentions.gain(1)).isZero();
    }
}
