package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The coverage summarizer with learned concept weights (ConceptWeights.learned). */
class LearnedCoverageTest {

    /** A model that cares only for {@code feature}: strongly for it, nothing otherwise. */
    private static ConceptModel caringFor(String feature) {
        return model(-6, feature, 12);
    }

    private static ConceptModel model(double bias, String feature, double coefficient) {
        double[] c = new double[ConceptFeatures.NAMES.size()];
        c[0] = bias;
        c[ConceptFeatures.NAMES.indexOf(feature)] = coefficient;
        return ConceptModel.of(c);
    }

    /** Two more outlets' short reports of the flood. */
    private static final List<Article> MORE = List.of(
            new Article("hill-gazette", "Hill Gazette", null, null, null, """
                    The River Tamsin flooded the lower town of Eastmere on Monday night.
                    Volunteers carried sandbags to the houses along the river front.
                    """, "hill-gazette.txt", List.of()),
            new Article("coast-radio", "Coast Radio", null, null, null, """
                    Rescuers moved 600 residents of Eastmere to the sports hall as the River Tamsin rose.
                    The council promised a relief fund for the flooded families.
                    """, "coast-radio.txt", List.of()));

    /** The flood story told by five outlets, each report followed by enough invented routine to be a whole article. */
    private static List<Article> wholeArticles() {
        return padded(java.util.stream.Stream.concat(FloodStory.articles().stream(), MORE.stream()).toList());
    }

    private static List<Article> padded(List<Article> reports) {
        String[] towns = {"Ashby", "Brook", "Carrow", "Dunmore", "Elwick", "Fenton", "Garth", "Holm", "Ivel", "Jarrow"};
        String[] things = {"library", "market", "bakery", "ferry", "garden", "bridge", "museum", "orchard", "chapel", "mill"};
        List<Article> out = new ArrayList<>();
        int k = 0;
        for (Article a : reports) {
            StringBuilder text = new StringBuilder(a.text()).append('\n');
            for (int i = 0; i < 30; i++, k++) {
                text.append("The old ").append(things[k % 10]).append(" of ").append(towns[(k / 10) % 10])
                        .append(" opened its doors to visitors again this spring after the long winter closure.\n");
            }
            out.add(new Article(a.id(), a.outlet(), a.url(), a.title(), a.published(), text.toString(), a.origin(), List.of()));
        }
        return out;
    }

    @Test
    void learnedWeightsAreTheProbabilityTimesTheArticles() {
        StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
        ConceptModel model = caringFor("article share");
        ConceptWeights weights = ConceptWeights.learned(story, model, null, 0.5);
        Map<Long, double[]> features = ConceptFeatures.of(story);
        features.forEach((c, f) -> assertThat(weights.weight(c)).isCloseTo(3 * model.probability(f), within(1e-12)));
        // one outlet's detail is kept, weighed down, instead of cut off by a threshold
        long guard = features.keySet().stream()
                .filter(c -> ConceptFeatures.words(story, c).equals("coast guard")).findFirst().orElseThrow();
        long river = features.keySet().stream()
                .filter(c -> ConceptFeatures.words(story, c).equals("river tamsin")).findFirst().orElseThrow();
        assertThat(weights.counts(guard)).isTrue();
        assertThat(weights.weight(guard)).isPositive().isLessThan(weights.weight(river) / 5);
        assertThat(weights.wordConcept(story.sentences().get(0).stems()[1])).isZero(); // no word model, no word concepts
    }

    @Test
    void aWordModelMakesContentWordsConceptsAtTheirShare() {
        StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
        ConceptModel words = caringFor("opening share");
        ConceptWeights weights = ConceptWeights.learned(story, caringFor("article share"), words, 0.5);
        ConceptFeatures.ofWords(story).forEach((key, f) -> assertThat(weights.wordConcept(ConceptFeatures.stemOfWordKey(key)))
                .isCloseTo(0.5 * 3 * words.probability(f), within(1e-12)));
    }

    @Test
    void storiesOfShortArticlesKeepArticleCounts() {
        SummaryInput input = SummaryInput.of(StoryAnalysis.of(FloodStory.articles()));
        assertThat(ConceptCoverageSummarizer.wholeArticles(input.story())).isFalse();
        ConceptCoverageSummarizer numbers = new ConceptCoverageSummarizer(caringFor("number"), null);
        assertThat(numbers.choose(input, Budget.words(40)))
                .isEqualTo(new ConceptCoverageSummarizer().choose(input, Budget.words(40)));
    }

    @Test
    void twoWholeReportsAreTooFewForTheModels() {
        SummaryInput two = SummaryInput.of(StoryAnalysis.of(padded(FloodStory.articles().subList(0, 2))));
        assertThat(two.story().articles()).hasSize(2);
        assertThat(ConceptCoverageSummarizer.wholeArticles(two.story())).isFalse();
        assertThat(ConceptCoverageSummarizer.wholeArticles(SummaryInput.of(StoryAnalysis.of(wholeArticles())).story()))
                .isTrue();
    }

    @Test
    void onWholeArticlesTheModelDecidesWhatIsCovered() {
        SummaryInput input = SummaryInput.of(StoryAnalysis.of(wholeArticles()));
        assertThat(ConceptCoverageSummarizer.wholeArticles(input.story())).isTrue();
        List<AnalyzedSentence> numbers = new ConceptCoverageSummarizer(caringFor("number"), null)
                .choose(input, Budget.words(40));
        assertThat(numbers).isNotEmpty().allSatisfy(s -> assertThat(s.text()).containsPattern("[0-9]"));
        // a model for what is said most often picks the invented routine every article repeats
        List<AnalyzedSentence> routine = new ConceptCoverageSummarizer(model(-20, "log mentions", 5), null)
                .choose(input, Budget.words(40));
        assertThat(routine).isNotEmpty().allSatisfy(s -> assertThat(s.text()).contains("opened its doors"));
    }

    @Test
    void storiesOfShortSourcesAreWeighedByTheShortSourceModels() {
        SummaryInput input = SummaryInput.of(StoryAnalysis.of(FloodStory.articles()));
        assertThat(ConceptCoverageSummarizer.shortArticles(input.story())).isTrue();
        List<AnalyzedSentence> counts = new ConceptCoverageSummarizer().choose(input, Budget.words(40));
        // the whole-article model is not asked about short sources; the short-source model is
        assertThat(ConceptCoverageSummarizer.learned(caringFor("number"), null, null, null).choose(input, Budget.words(40)))
                .isEqualTo(counts);
        List<AnalyzedSentence> numbers = ConceptCoverageSummarizer.learned(null, null, caringFor("number"), null)
                .choose(input, Budget.words(40));
        assertThat(numbers).isNotEqualTo(counts).isNotEmpty()
                .allSatisfy(s -> assertThat(s.text()).containsPattern("[0-9]"));
        assertThat(ConceptCoverageSummarizer.learned(null, null, caringFor("number"), null).name()).isEqualTo("learned");
    }

    @Test
    void theDefaultWeighsShortSourcesByItsModelsOnlyInAnOrdinarySummaryWithoutFocus() {
        StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
        ConceptCoverageSummarizer standard = ConceptCoverageSummarizer.standard(caringFor("number"), null);
        ConceptCoverageSummarizer counts = new ConceptCoverageSummarizer();
        SummaryInput plain = SummaryInput.of(story);
        assertThat(standard.choose(plain, Budget.words(40))).isNotEqualTo(counts.choose(plain, Budget.words(40)))
                .allSatisfy(s -> assertThat(s.text()).containsPattern("[0-9]"));
        // the focus floor and the update's discount were chosen with article counts: a focused or an update
        // summary keeps them
        SummaryInput focused = SummaryInput.of(story, Focus.of("relief fund for the families"));
        assertThat(focused.focus()).isNotNull();
        assertThat(standard.choose(focused, Budget.words(40))).isEqualTo(counts.choose(focused, Budget.words(40)));
        StoryAnalysis fresh = StoryAnalysis.of(MORE);
        SummaryInput update = SummaryInput.of(fresh, null, AlreadyRead.of(FloodStory.articles(), MORE));
        assertThat(ConceptCoverageSummarizer.shortArticles(fresh)).isTrue();
        assertThat(standard.choose(update, Budget.words(20))).isEqualTo(counts.choose(update, Budget.words(20)));
        assertThat(standard.name()).isEqualTo("coverage");
    }

    @Test
    void learnedWeighsShortSourcesByItsModelsOnlyInAnOrdinarySummaryWithoutFocus() {
        // the same scope as the default's, for the same cause: under the short-source weights most concepts are
        // carried by one sentence, so a focus weighed each by its own sentence's relevance alone
        StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
        ConceptCoverageSummarizer learned = ConceptCoverageSummarizer.learned(null, null, caringFor("number"), null);
        ConceptCoverageSummarizer counts = new ConceptCoverageSummarizer();
        SummaryInput plain = SummaryInput.of(story);
        assertThat(learned.choose(plain, Budget.words(40))).isNotEqualTo(counts.choose(plain, Budget.words(40)));
        SummaryInput focused = SummaryInput.of(story, Focus.of("relief fund for the families"));
        assertThat(learned.choose(focused, Budget.words(40))).isEqualTo(counts.choose(focused, Budget.words(40)));
        SummaryInput update = SummaryInput.of(StoryAnalysis.of(MORE), null, AlreadyRead.of(FloodStory.articles(), MORE));
        assertThat(learned.choose(update, Budget.words(20))).isEqualTo(counts.choose(update, Budget.words(20)));
    }

    @Test
    void saturatedCoverageWeighsByItsShortSourceShareOnlyInAnOrdinarySummaryOfShortSources() {
        StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
        ConceptModel concepts = ConceptModel.bundled(ConceptModel.SHORT_CONCEPTS);
        ConceptModel words = ConceptModel.bundled(ConceptModel.SHORT_WORDS);
        ConceptCoverageSummarizer none = ConceptCoverageSummarizer.standard(concepts, words, 0);
        ConceptCoverageSummarizer much = ConceptCoverageSummarizer.standard(concepts, words, 2);
        SummaryInput plain = SummaryInput.of(story);
        SummaryInput focused = SummaryInput.of(story, Focus.of("relief fund for the families"));
        boolean moved = false;
        for (int words100 = 20; words100 <= 80; words100 += 10) {
            Budget budget = Budget.words(words100);
            moved |= !none.choose(plain, budget).equals(much.choose(plain, budget));
            // a focused summary keeps the share its focus floor was chosen with, whatever the short-source share
            assertThat(none.choose(focused, budget)).isEqualTo(much.choose(focused, budget));
        }
        assertThat(moved).as("the share reaches an ordinary summary's choice at some length").isTrue();
        assertThat(ConceptCoverageSummarizer.standard(concepts, words).choose(plain, Budget.words(60)))
                .isEqualTo(ConceptCoverageSummarizer.standard(concepts, words, ConceptCoverageSummarizer.SHORT_COVERAGE_SHARE)
                        .choose(plain, Budget.words(60)));
    }

    @Test
    void wholeArticlesAreNotWeighedByTheShortSourceModels() {
        SummaryInput whole = SummaryInput.of(StoryAnalysis.of(wholeArticles()));
        assertThat(ConceptCoverageSummarizer.shortArticles(whole.story())).isFalse();
        assertThat(ConceptCoverageSummarizer.learned(null, null, caringFor("number"), null).choose(whole, Budget.words(40)))
                .isEqualTo(new ConceptCoverageSummarizer().choose(whole, Budget.words(40)));
        // two whole reports are neither kind: article counts, whichever models are given
        SummaryInput two = SummaryInput.of(StoryAnalysis.of(padded(FloodStory.articles().subList(0, 2))));
        assertThat(ConceptCoverageSummarizer.shortArticles(two.story())).isFalse();
        assertThat(ConceptCoverageSummarizer.learned(caringFor("number"), null, caringFor("number"), null)
                .choose(two, Budget.words(40)))
                .isEqualTo(new ConceptCoverageSummarizer().choose(two, Budget.words(40)));
    }

    /** A sentence quality that favours quotations strongly, nothing else. */
    private static SentenceQuality favouringQuotes() {
        double[] c = new double[SentenceQuality.NAMES.size()];
        c[0] = -2;
        c[SentenceQuality.NAMES.indexOf("quote")] = 8;
        return new SentenceQuality(c);
    }

    @Test
    void thePlainQualityWeighsOnlyAnOrdinarySummaryOfShortSources() {
        StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
        ConceptCoverageSummarizer without = ConceptCoverageSummarizer.standard(
                ConceptModel.bundled(ConceptModel.SHORT_CONCEPTS), ConceptModel.bundled(ConceptModel.SHORT_WORDS));
        ConceptCoverageSummarizer quotes = without.withPlainQuality(favouringQuotes(), 5, false, true);
        Budget budget = Budget.words(45);
        SummaryInput plain = SummaryInput.of(story);
        assertThat(without.choose(plain, budget)).noneMatch(s -> s.text().startsWith("\"We will help"));
        assertThat(quotes.choose(plain, budget)).anyMatch(s -> s.text().startsWith("\"We will help"));
        assertThat(without.withPlainQuality(favouringQuotes(), 0, false, true).choose(plain, budget))
                .isEqualTo(without.choose(plain, budget));
        // a focused or an update summary is not what the model learnt from: unchanged
        SummaryInput focused = SummaryInput.of(story, Focus.of("relief fund for the families"));
        assertThat(quotes.choose(focused, budget)).isEqualTo(without.choose(focused, budget));
        SummaryInput update = SummaryInput.of(StoryAnalysis.of(MORE), null, AlreadyRead.of(FloodStory.articles(), MORE));
        assertThat(quotes.choose(update, Budget.words(20))).isEqualTo(without.choose(update, Budget.words(20)));
        // whole articles are not short sources: only a model not kept to short sources weighs them
        SummaryInput whole = SummaryInput.of(StoryAnalysis.of(wholeArticles()));
        assertThat(quotes.choose(whole, budget)).isEqualTo(without.choose(whole, budget));
        boolean moved = false;
        for (int words = 20; words <= 80; words += 10) {
            moved |= !without.withPlainQuality(favouringQuotes(), 5, false, false).choose(whole, Budget.words(words))
                    .equals(without.choose(whole, Budget.words(words)));
        }
        assertThat(moved).as("a model for every ordinary summary reaches whole articles").isTrue();
        assertThat(quotes.name()).isEqualTo("coverage");
    }

    @Test
    void theShippedPlainQualityIsAPrecisionOfShortSourcesAndNotTheDefaults() {
        StoryAnalysis story = StoryAnalysis.of(FloodStory.articles());
        SummaryInput plain = SummaryInput.of(story);
        ConceptCoverageSummarizer without = ConceptCoverageSummarizer.standard(
                ConceptModel.bundled(ConceptModel.SHORT_CONCEPTS), ConceptModel.bundled(ConceptModel.SHORT_WORDS));
        SentenceQuality shipped = SentenceQuality.bundled(SentenceQuality.PLAIN);
        boolean moved = false;
        for (int words = 20; words <= 200; words += 20) {
            Budget budget = Budget.words(words);
            List<AnalyzedSentence> withQuality = ConceptCoverageSummarizer.standardWithPlainQuality().choose(plain, budget);
            assertThat(withQuality).isEqualTo(without.withPlainQuality(
                    shipped, ConceptCoverageSummarizer.PLAIN_QUALITY_SHARE, true, true).choose(plain, budget));
            assertThat(ConceptCoverageSummarizer.standard().choose(plain, budget)).isEqualTo(without.choose(plain, budget));
            moved |= !withQuality.equals(without.choose(plain, budget));
        }
        assertThat(moved).as("the shipped quality reaches some ordinary summary of the flood story").isTrue();
        // its features weigh concepts as the default's ordinary summary does: by the short-source models here
        Map<Integer, double[]> byModels = SentenceQuality.ofPlain(story);
        Map<Integer, double[]> byCounts = SentenceQuality.of(story);
        assertThat(byModels.keySet()).isEqualTo(byCounts.keySet());
        int density = SentenceQuality.NAMES.indexOf("concept density");
        assertThat(byModels.keySet()).anyMatch(id -> byModels.get(id)[density] != byCounts.get(id)[density]);
    }

    @Test
    void theShippedModelsSummarizeShortSourcesWithinTheBudget() {
        SummaryInput input = SummaryInput.of(StoryAnalysis.of(FloodStory.articles()));
        List<AnalyzedSentence> chosen = ConceptCoverageSummarizer.learned().choose(input, Budget.words(60));
        assertThat(chosen).isNotEmpty().doesNotHaveDuplicates();
        assertThat(chosen.stream().mapToInt(AnalyzedSentence::words).sum()).isLessThanOrEqualTo(60);
    }

    @Test
    void theShippedModelsSummarizeWholeArticlesWithinTheBudget() {
        SummaryInput input = SummaryInput.of(StoryAnalysis.of(wholeArticles()));
        List<AnalyzedSentence> chosen = ConceptCoverageSummarizer.learned().choose(input, Budget.words(60));
        assertThat(chosen).isNotEmpty();
        assertThat(chosen.stream().mapToInt(AnalyzedSentence::words).sum()).isLessThanOrEqualTo(60);
        assertThat(chosen).doesNotHaveDuplicates();
    }
}
