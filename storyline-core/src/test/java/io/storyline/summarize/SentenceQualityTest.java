package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.ingest.Articles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SentenceQualityTest {

    private final StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());

    private static int feature(String name) {
        return SentenceQuality.NAMES.indexOf(name);
    }

    private AnalyzedSentence sentence(String opening) {
        return story.sentences().stream().filter(s -> s.text().startsWith(opening)).findFirst().orElseThrow();
    }

    /** A model that only looks at one feature, strongly. */
    private static SentenceQuality onlyFeature(String name, double coefficient) {
        double[] c = new double[SentenceQuality.NAMES.size()];
        c[0] = -2;
        c[feature(name)] = coefficient;
        return new SentenceQuality(c);
    }

    @Test
    void featuresDescribeWhereTheSentenceStandsAndHowItOpens() {
        Map<Integer, double[]> features = SentenceQuality.of(story);
        assertThat(features).allSatisfy((id, f) -> assertThat(f).hasSize(SentenceQuality.NAMES.size()));
        double[] opening = features.get(sentence("The River Tamsin burst").id());
        assertThat(opening[0]).isEqualTo(1);
        assertThat(opening[feature("first")]).isEqualTo(1);
        assertThat(opening[feature("relative position")]).isZero();
        assertThat(opening[feature("quote")]).isZero();
        double[] quote = features.get(sentence("\"We will help").id());
        assertThat(quote[feature("first")]).isZero();
        assertThat(quote[feature("quote")]).isEqualTo(1);
        assertThat(features.values()).allSatisfy(f -> assertThat(f[feature("concept value")]).isBetween(0.0, 1.0));
        assertThat(features.values()).anySatisfy(f -> assertThat(f[feature("concept value")]).isEqualTo(1.0));
        double[] numbers = features.get(sentence("Insurers estimated").id());
        assertThat(numbers[feature("numbers")]).isGreaterThan(0);
    }

    @Test
    void pronounAndConnectiveOpeningsAreFlagged() {
        StoryAnalysis leaning = StoryAnalysis.of(List.of(Articles.fromText("""
                The harbour master closed the port of Marrow on Sunday morning.
                He said the ferries would wait until the wind dropped below gale force.
                But the fishing fleet had already left the harbour before dawn.
                """, "harbour.txt")));
        Map<Integer, double[]> features = SentenceQuality.of(leaning);
        List<double[]> rows = List.copyOf(features.values());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)[feature("pronoun opening")]).isZero();
        assertThat(rows.get(1)[feature("pronoun opening")]).isEqualTo(1);
        assertThat(rows.get(2)[feature("connective opening")]).isEqualTo(1);
        assertThat(rows.get(1)[feature("connective opening")]).isZero();
    }

    @Test
    void theRewardIsModularAndTheBestCandidateEarnsTheScale() {
        List<AnalyzedSentence> candidates = List.of(sentence("The River Tamsin burst"), sentence("Insurers estimated"),
                sentence("Emergency crews evacuated"));
        ConceptWeights weights = ConceptWeights.of(story, 1);
        SentenceReward reward = onlyFeature("first", 3).reward(story, candidates, weights, 10, false);
        assertThat(reward.gain(0)).isCloseTo(10, within(1e-9)); // the only opening sentence is the best
        assertThat(reward.gain(1)).isLessThan(reward.gain(0)).isPositive();
        double before = reward.gain(2);
        reward.take(0);
        reward.take(1);
        assertThat(reward.gain(2)).isEqualTo(before); // what else is chosen changes nothing
        assertThat(reward.gain(0)).isCloseTo(10, within(1e-9));
        SentenceReward perWord = onlyFeature("first", 0).reward(story, candidates, weights, 10, true);
        // a constant precision weighed by words: the longest candidate earns the scale
        assertThat(perWord.gain(0)).isCloseTo(10, within(1e-9));
        assertThat(perWord.gain(1) / perWord.gain(0))
                .isCloseTo(candidates.get(1).words() / (double) candidates.get(0).words(), within(1e-9));
    }

    @Test
    void aModelRoundTripsThroughItsTextAndBadTextIsRefusedWithItsPlace() {
        SentenceQuality model = onlyFeature("centrality", 1.25);
        String text = model.format("learnt for a test\non two lines");
        assertThat(text).startsWith("# learnt for a test\n# on two lines\n");
        assertThat(SentenceQuality.parse(text, "q.tsv")).isEqualTo(model);
        assertThatThrownBy(() -> SentenceQuality.parse(text.replace("centrality", "centre"), "q.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q.tsv").hasMessageContaining("centre");
        assertThatThrownBy(() -> SentenceQuality.parse("bias\tlots\n", "q.tsv"))
                .hasMessageContaining("q.tsv:1").hasMessageContaining("lots");
        assertThatThrownBy(() -> SentenceQuality.parse("bias 1\n", "q.tsv")).hasMessageContaining("q.tsv:1");
        assertThatThrownBy(() -> new SentenceQuality(new double[] {1, 2}))
                .hasMessageContaining("2 coefficients");
        double[] nan = new double[SentenceQuality.NAMES.size()];
        nan[3] = Double.NaN;
        assertThatThrownBy(() -> new SentenceQuality(nan)).hasMessageContaining("finite");
    }

    @Test
    void aStrongQualityTermChangesTheSummaryTowardsWhatItFavoursAndShareZeroChangesNothing() {
        SummaryInput input = SummaryInput.of(story);
        Budget budget = Budget.words(45);
        List<AnalyzedSentence> plain = new ConceptCoverageSummarizer().choose(input, budget);
        SentenceQuality quotes = onlyFeature("quote", 8);
        assertThat(ConceptCoverageSummarizer.withQuality(quotes, 0, false).choose(input, budget)).isEqualTo(plain);
        assertThat(plain).noneMatch(s -> s.text().startsWith("\"We will help"));
        List<AnalyzedSentence> favoured = ConceptCoverageSummarizer.withQuality(quotes, 5, false).choose(input, budget);
        assertThat(favoured).anyMatch(s -> s.text().startsWith("\"We will help"));
        // gated to stories of whole articles: three short reports are not, so nothing changes
        assertThat(ConceptCoverageSummarizer.withQuality(quotes, 5, true).choose(input, budget)).isEqualTo(plain);
    }
}
