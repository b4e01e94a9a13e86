package io.storyline.evaluate;

import io.storyline.analyze.PorterStemmer;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.ingest.Articles;
import io.storyline.model.Article;
import io.storyline.summarize.ConceptFeatures;
import io.storyline.summarize.ConceptModel;
import io.storyline.summarize.SentenceQuality;
import io.storyline.evaluate.rouge.Rouge;
import io.storyline.evaluate.rouge.RougeConfig;
import io.storyline.evaluate.rouge.RougeLexicon;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ConceptTrainerTest {

    private static final List<Article> STORY = List.of(
            Articles.fromText("""
                    Storm Halden closed the port of Marrow on Sunday.
                    Ferry crews waited in the harbour for the wind to drop.
                    """, "wire-1"),
            Articles.fromText("""
                    The port of Marrow stayed shut as Storm Halden passed.
                    A lighthouse keeper filmed waves over the pier.
                    """, "wire-2"));

    @Test
    void shortSourceModelsAreWrittenUnderTheirOwnNamesAndReadBack(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        StoryAnalysis story = StoryAnalysis.of(STORY);
        List<List<String>> references = List.of(List.of("Storm Halden shut the port of Marrow."));
        ConceptTrainer.Models models = ConceptTrainer.fit(List.of(new ConceptTrainer.StoryExamples(
                ConceptTrainer.examples(story, references, false), ConceptTrainer.examples(story, references, true))), 1);
        ConceptTrainer.write(models, "learnt from a test story:\nthe probability that ", dir, true);
        assertThat(dir.resolve("concept-model.tsv")).doesNotExist();
        ConceptModel concepts = ConceptModel.parse(java.nio.file.Files.readString(dir.resolve("short-concept-model.tsv")),
                "short-concept-model.tsv");
        ConceptModel words = ConceptModel.parse(java.nio.file.Files.readString(dir.resolve("short-word-model.tsv")),
                "short-word-model.tsv");
        assertThat(concepts.coefficients()).containsExactly(models.concepts().coefficients(), within(1e-6));
        assertThat(words.coefficients()).containsExactly(models.words().coefficients(), within(1e-6));
        assertThat(java.nio.file.Files.readString(dir.resolve("short-word-model.tsv")))
                .startsWith("# learnt from a test story:");
        ConceptTrainer.write(models, "learnt from a test story:\nthe probability that ", dir, false);
        assertThat(dir.resolve("concept-model.tsv")).exists();
    }

    @Test
    void referenceUnitsAreStemmedAsTheSummarizerStemsThem() {
        PorterStemmer stemmer = new PorterStemmer();
        assertThat(ConceptTrainer.bigrams("Ports closed; ferries waited.", stemmer))
                .containsExactlyInAnyOrder("port close", "close ferri", "ferri wait");
        assertThat(ConceptTrainer.unigrams("Ports closed, ports reopened.", stemmer))
                .containsExactlyInAnyOrder("port", "close", "reopen");
    }

    @Test
    void aConceptsTargetIsTheShareOfReferencesThatContainIt() {
        StoryAnalysis story = StoryAnalysis.of(STORY);
        List<List<String>> references = List.of(
                List.of("Storm Halden shut the port of Marrow."),
                List.of("The port of Marrow closed.", "Waves hit the pier."));
        ConceptTrainer.Examples examples = ConceptTrainer.examples(story, references, false);
        Map<Long, double[]> features = ConceptFeatures.of(story);
        assertThat(examples.targets()).hasSize(features.size());
        assertThat(target(examples, features, story, "port of")).isEqualTo(1.0);
        assertThat(target(examples, features, story, "storm halden")).isEqualTo(0.5);
        assertThat(target(examples, features, story, "lighthous keeper")).isEqualTo(0.0);
        ConceptTrainer.Examples words = ConceptTrainer.examples(story, references, true);
        assertThat(words.targets()).hasSize(ConceptFeatures.ofWords(story).size()).contains(1.0, 0.5, 0.0);
    }

    private static double target(ConceptTrainer.Examples examples, Map<Long, double[]> features, StoryAnalysis story,
                                 String bigram) {
        // the examples follow the features' order, which the same story gives twice
        List<Long> order = new ArrayList<>(features.keySet());
        int row = order.indexOf(order.stream().filter(c -> ConceptFeatures.words(story, c).equals(bigram))
                .findFirst().orElseThrow());
        assertThat(examples.features().get(row)).containsExactly(features.get(order.get(row)));
        return examples.targets().get(row);
    }

    @Test
    void aSentencesTargetIsItsOwnRougeAgainstTheReferences() {
        StoryAnalysis story = StoryAnalysis.of(STORY);
        Rouge rouge = new Rouge(RougeConfig.duc2004(), RougeLexicon.none());
        // the storm sentence holds all 4 bigrams of the first reference and none of the second's 3:
        // pooled over both references as the scorer's -f A pools them, 4 of 7
        List<List<String>> references = List.of(List.of("Storm Halden closed the port."),
                List.of("Keepers filmed waves overnight."));
        ConceptTrainer.Examples recall = ConceptTrainer.sentenceExamples(story, references, 2, rouge);
        assertThat(recall.features()).hasSize(SentenceQuality.of(story).size());
        List<Integer> ids = List.copyOf(SentenceQuality.of(story).keySet());
        int storm = ids.indexOf(story.sentences().stream().filter(s -> s.text().startsWith("Storm Halden"))
                .findFirst().orElseThrow().id());
        int ferry = ids.indexOf(story.sentences().stream().filter(s -> s.text().startsWith("Ferry crews"))
                .findFirst().orElseThrow().id());
        assertThat(recall.targets().get(storm)).isEqualTo(4 / 7.0);
        assertThat(recall.targets().get(ferry)).isZero();
        ConceptTrainer.Examples precision = ConceptTrainer.sentenceExamples(story, references, 2, rouge, true);
        // "Storm Halden closed the port of Marrow on Sunday": 4 of its 8 bigrams, against one reference of two
        assertThat(precision.targets().get(storm)).isEqualTo(4 / 16.0);
        SentenceQuality fitted = ConceptTrainer.fitQuality(List.of(recall), 1);
        assertThat(fitted.score(recall.features().get(storm))).isGreaterThan(fitted.score(recall.features().get(ferry)));
    }

    @Test
    void featuresLeftOutGetNoWeightAndAnUnknownNameIsRefused() {
        StoryAnalysis story = StoryAnalysis.of(STORY);
        Rouge rouge = new Rouge(RougeConfig.duc2004(), RougeLexicon.none());
        ConceptTrainer.Examples examples = ConceptTrainer.sentenceExamples(story,
                List.of(List.of("Storm Halden closed the port.")), 2, rouge);
        int value = SentenceQuality.NAMES.indexOf("concept value");
        assertThat(examples.features()).anySatisfy(x -> assertThat(x[value]).isPositive());
        ConceptTrainer.leaveOut(List.of(examples), "concept value, length");
        assertThat(examples.features()).allSatisfy(x -> assertThat(x[value]).isZero());
        assertThat(ConceptTrainer.fitQuality(List.of(examples), 1).coefficients()[value]).isZero();
        assertThatThrownBy(() -> ConceptTrainer.leaveOut(List.of(examples), "concept valu"))
                .hasMessageContaining("concept valu");
    }

    @Test
    void correlationIsPearsons() {
        assertThat(ConceptTrainer.correlation(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isCloseTo(1.0, within(1e-12));
        assertThat(ConceptTrainer.correlation(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isCloseTo(-1.0, within(1e-12));
        assertThat(ConceptTrainer.correlation(new double[] {1, 1, 1}, new double[] {3, 2, 1})).isZero();
    }

    @Test
    void foldsSplitTheStoriesEvenlyEitherWay() {
        List<Integer> byIndex = new ArrayList<>();
        List<Integer> byBlock = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            byIndex.add(ConceptTrainer.fold(i, 5, 25, false));
            byBlock.add(ConceptTrainer.fold(i, 5, 25, true));
        }
        for (int f = 0; f < 5; f++) {
            int fold = f;
            assertThat(byIndex.stream().filter(x -> x == fold)).hasSize(5);
            assertThat(byBlock.stream().filter(x -> x == fold)).hasSize(5);
        }
        assertThat(byBlock.subList(0, 5)).containsOnly(0);
        assertThat(byIndex.subList(0, 5)).containsExactly(0, 1, 2, 3, 4);
    }

    /**
     * On a DUC 2004 cluster, the shipped concept model puts the bigrams of the human summaries above
     * the rest far more often than chance (area under the ROC curve). The model learnt from these
     * clusters, so this checks the model file and the features agree, not how well it generalises
     * (docs/BENCHMARKS.md reports that, by cross-validation).
     */
    @Test
    void theShippedModelRanksReferenceBigramsAboveTheRest() {
        Path cluster = SharedData.require("data", "duc2004", "d30001");
        ConceptTrainer.Story story = ConceptTrainer.duc(cluster.getParent()).stream()
                .filter(s -> s.id().equals("d30001")).findFirst().orElseThrow();
        StoryAnalysis analysis = StoryAnalysis.of(story.articles());
        ConceptTrainer.Examples examples = ConceptTrainer.examples(analysis, story.references(), false);
        ConceptModel model = ConceptModel.bundled(ConceptModel.CONCEPTS);
        List<Double> in = new ArrayList<>();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < examples.targets().size(); i++) {
            (examples.targets().get(i) > 0 ? in : out).add(model.probability(examples.features().get(i)));
        }
        assertThat(in).isNotEmpty();
        long above = 0;
        for (double p : in) {
            for (double q : out) {
                above += p > q ? 1 : 0;
            }
        }
        assertThat(above / ((double) in.size() * out.size())).isGreaterThan(0.75);
    }

    @Test
    void aSentencesPlainTargetIsTheShareOfItsOwnBigramsTheReferenceHolds() {
        StoryAnalysis story = StoryAnalysis.of(STORY);
        List<List<String>> reference = List.of(List.of(
                "Storm Halden closed the port of Marrow on Sunday. Officials gave no date for reopening it."));
        Rouge unit = new Rouge(RougeConfig.untruncated(), RougeLexicon.none());
        ConceptTrainer.Examples precision = PlainQualityTrainer.examples(story, reference, unit, true);
        ConceptTrainer.Examples recall = PlainQualityTrainer.examples(story, reference, unit, false);
        assertThat(precision.targets()).hasSize(4).hasSameSizeAs(recall.targets());
        // the first sentence is in the reference word for word: all its bigrams are held, not all the reference's
        assertThat(precision.targets().get(0)).isCloseTo(1.0, within(1e-9));
        assertThat(recall.targets().get(0)).isBetween(0.3, 0.9);
        assertThat(precision.targets().get(3)).isLessThan(0.2);
        assertThat(precision.features().get(0)).hasSize(SentenceQuality.NAMES.size());
    }

    @Test
    void thePlainQualityIsFittedAndCrossValidatedOnTheGivenTrainingClustersOnly(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        String[] towns = {"Marrow", "Ashby", "Brook", "Carrow"};
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < towns.length; i++) {
            String t = towns[i];
            jsonl.append("{\"id\": ").append(i).append(", \"documents\": [\"Storm Halden closed the port of ").append(t)
                    .append(" on Sunday. Ferry crews waited in the harbour of ").append(t).append(" for the wind to drop.\", ")
                    .append("\"The port of ").append(t).append(" stayed shut as Storm Halden passed. A lighthouse keeper in ")
                    .append(t).append(" filmed waves over the pier.\"], \"summary\": \"Storm Halden closed the port of ")
                    .append(t).append(".\"}\n");
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("train.jsonl"), jsonl);
        PlainQualityTrainer.run("train-plain-quality", Map.of("--multinews", file.toString(), "--train", "0:3",
                "--target", "precision", "--out", dir.toString()));
        String text = java.nio.file.Files.readString(dir.resolve("sentence-quality.tsv"));
        assertThat(text).contains("clusters 0:3").contains("ROUGE-2 precision");
        assertThat(SentenceQuality.parse(text, "sentence-quality.tsv").coefficients()).hasSize(SentenceQuality.NAMES.size());
        Path table = dir.resolve("cv.tsv");
        PlainQualityTrainer.run("plain-quality", Map.of("--multinews", file.toString(), "--train", "0:4", "--folds", "2",
                "--score", "4", "--shares", "0.5", "--targets", "precision", "--gates", "short", "--out", table.toString()));
        List<String> lines = java.nio.file.Files.readAllLines(table);
        assertThat(lines.get(0)).isEqualTo("#cluster\tdefault\tprecision/short/0.5");
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(1, 5)).allSatisfy(l -> assertThat(l.split("\t")).hasSize(1 + 2 * 3));
    }
}
