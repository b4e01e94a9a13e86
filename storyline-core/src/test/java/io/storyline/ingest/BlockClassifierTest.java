package io.storyline.ingest;

import static io.storyline.ingest.PierPage.STORY;
import static io.storyline.ingest.PierPage.page;
import static io.storyline.ingest.PierPage.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learnt block classifier: its model file, its fit, and what it drops of the blocks the rules keep. */
class BlockClassifierTest {

    @TempDir
    Path dir;

    /** A prompt inside the article, which the rules keep: short, and no sentence. */
    private static final String PROMPT = "<p>Read more about the harbour</p>";
    /** A long line with no sentence's end, which no model drops: the rules have more evidence for it. */
    private static final String LONG_LINE = "<p>Harbour board members and the fishing crews of the bay and the "
            + "ferry company and the council and the port's own engineers</p>";
    private static final String PAGE = page("<article>" + paragraphs(0, 2) + PROMPT + paragraphs(2, 4) + LONG_LINE
            + "</article>");

    /** A model that reads only whether a block ends a sentence (and the bias). */
    private static BlockClassifier sentenceModel() throws IOException {
        return BlockClassifier.read(new StringReader(model(Map.of("bias", -4.0, "ends-sentence", 8.0), 0.5)), "test model");
    }

    private static String model(Map<String, Double> weights, double threshold) {
        StringBuilder text = new StringBuilder("# written for the test\nthreshold " + threshold + "\n");
        for (int i = 0; i < BlockFeatures.SIZE; i++) {
            text.append(BlockFeatures.name(i)).append(' ').append(weights.getOrDefault(BlockFeatures.name(i), 0.0)).append('\n');
        }
        return text.toString();
    }

    @Test
    void theRulesAloneKeepThePromptAndTheModelDropsItButNoLongBlock() throws IOException {
        String rules = HtmlExtractor.extract(PAGE, null, BlockClassifier.RULES.choice()).text();
        assertThat(rules).contains("Read more about the harbour", STORY[0], STORY[3], "the port's own engineers");
        assertThat(TextBlock.text(HtmlExtractor.ruleBlocks(PAGE).kept())).isEqualTo(rules);

        String chosen = extractWith(sentenceModel()).text();
        assertThat(chosen).doesNotContain("Read more").contains(STORY[0], STORY[1], STORY[2], STORY[3])
                .contains("the port's own engineers");
        assertThat(BlockClassifier.judges("Read more about the harbour")).isTrue();
        assertThat(BlockClassifier.judges(STORY[0])).isFalse();
    }

    @Test
    void pageBlocksGiveTheTextTheClassifierWouldKeep() throws IOException {
        BlockClassifier model = sentenceModel();
        PageBlocks blocks = PageBlocks.of(PAGE);
        double[] probabilities = blocks.blocks().stream().mapToDouble(b -> model.probability(b.features())).toArray();
        assertThat(blocks.text(probabilities, model.threshold())).isEqualTo(extractWith(model).text());
        assertThat(blocks.text(probabilities, 0)).isEqualTo(HtmlExtractor.extract(PAGE, null, BlockClassifier.RULES.choice()).text());
    }

    @Test
    void theModelNeverDropsTheStorysHeadingsOrItsShortSentences() throws IOException {
        // a model that would drop every block it judges: only the prompt and the short line are its to drop;
        // the subheading and the sentence of nine words are the story's
        String page = page("<article>" + paragraphs(0, 1) + "<h2>Rust in the beams</h2>" + paragraphs(1, 2)
                + "<p>\u201cThe pier opened in 1902 and never closed since.\u201d</p>" + PROMPT + "<p>Sign up now.</p>" + paragraphs(2, 4)
                + "</article>");
        BlockClassifier dropAll = BlockClassifier.read(new StringReader(model(Map.of("bias", -10.0), 0.5)), "test model");
        String rules = HtmlExtractor.extract(page, null, BlockClassifier.RULES.choice()).text();
        assertThat(rules).contains("Rust in the beams", "never closed since", "Read more", "Sign up now");

        String chosen = HtmlExtractor.extract(page, null, dropAll.choice()).text();
        assertThat(chosen).contains(STORY[0], "Rust in the beams", STORY[1], "\u201cThe pier opened in 1902 and never closed since.\u201d", STORY[3])
                .doesNotContain("Read more", "Sign up now");
        PageBlocks blocks = PageBlocks.of(page);
        assertThat(blocks.text(new double[blocks.blocks().size()], 0.5)).isEqualTo(chosen);
    }

    @Test
    void aFullSentenceHasItsWordsItsCapitalAndItsEnd() {
        assertThat(BlockClassifier.isFullSentence("The pier opened in 1902 and never closed since.", 0)).isTrue();
        assertThat(BlockClassifier.isFullSentence("\u201cWe will not take any risks with it,\u201d she said.", 0)).isTrue();
        assertThat(BlockClassifier.isFullSentence("Was the pier ever safe for the crews at all?", 0)).isTrue();
        assertThat(BlockClassifier.isFullSentence("Sign up for our newsletter.", 0)).isFalse(); // too few words
        assertThat(BlockClassifier.isFullSentence("read the full report on the old pier here.", 0)).isFalse(); // no capital
        assertThat(BlockClassifier.isFullSentence("Read the full report on the old pier here", 0)).isFalse(); // no end
        assertThat(BlockClassifier.isFullSentence("The council will meet in March to decide on it.", 30)).isFalse(); // a link
    }

    @Test
    void aModelThatWouldDropEveryBlockDropsNone() throws IOException {
        // a story told in short lines without full stops (notes): every block is one the model judges
        String shortLines = page("<article><p>The harbour board voted on Tuesday to close the pier</p>"
                + "<p>Engineers found rust in most of its supporting beams</p>"
                + "<p>Fishing crews who moor there said nobody asked them</p>"
                + "<p>They will take the matter to the council in March</p>"
                + "<p>A new pontoon is to be built beside the ferry terminal</p>"
                + "<p>The port will pay for it from its own reserves</p></article>");
        BlockClassifier none = BlockClassifier.read(new StringReader(model(Map.of("bias", -10.0), 0.5)), "test model");
        String rules = HtmlExtractor.extract(shortLines, null, BlockClassifier.RULES.choice()).text();
        assertThat(rules).contains("close the pier", "its own reserves");
        assertThat(HtmlExtractor.extract(shortLines, null, none.choice()).text()).isEqualTo(rules);
    }

    @Test
    void theSystemPropertyChoosesTheClassifierAndTheShippedModelIsTheDefault() throws IOException {
        String before = System.getProperty(BlockClassifier.PROPERTY);
        try {
            System.clearProperty(BlockClassifier.PROPERTY);
            BlockClassifier byDefault = BlockClassifier.inUse();
            System.setProperty(BlockClassifier.PROPERTY, "model");
            assertThat(byDefault).isSameAs(BlockClassifier.inUse()).isNotSameAs(BlockClassifier.RULES);
            System.setProperty(BlockClassifier.PROPERTY, "rules");
            assertThat(BlockClassifier.inUse()).isSameAs(BlockClassifier.RULES);
            Path file = dir.resolve("links.txt");
            Files.writeString(file, model(Map.of("bias", -4.0, "ends-sentence", 8.0), 0.5));
            System.setProperty(BlockClassifier.PROPERTY, file.toString());
            assertThat(HtmlExtractor.extract(PAGE, null).text()).doesNotContain("Read more").contains(STORY[3]);
            System.setProperty(BlockClassifier.PROPERTY, "model");
            assertThat(BlockClassifier.inUse().threshold()).isBetween(0.0, 1.0);
        } finally {
            if (before == null) {
                System.clearProperty(BlockClassifier.PROPERTY);
            } else {
                System.setProperty(BlockClassifier.PROPERTY, before);
            }
        }
    }

    @Test
    void theShippedModelReadsAndJudgesAPromptBelowAParagraph() {
        BlockClassifier shipped = BlockClassifier.shipped();
        PageBlocks blocks = PageBlocks.of(PAGE);
        double story = -1;
        double links = -1;
        for (PageBlocks.Block b : blocks.blocks()) {
            if (b.text().equals(STORY[1])) {
                story = shipped.probability(b.features());
            } else if (b.text().startsWith("Read more")) {
                links = shipped.probability(b.features());
            }
        }
        assertThat(story).isGreaterThan(links).isGreaterThan(shipped.threshold());
        assertThat(links).isBetween(0.0, 1.0);
    }

    @Test
    void aModelFileWithABadLineAMissingFeatureOrNoThresholdIsAnErrorNamingIt() {
        assertThatThrownBy(() -> BlockClassifier.read(new StringReader("threshold 0.5\nbias high\n"), "m.txt"))
                .hasMessageContaining("m.txt line 2").hasMessageContaining("bias high");
        assertThatThrownBy(() -> BlockClassifier.read(new StringReader("threshold 0.5\nbias 1\n"), "m.txt"))
                .hasMessageContaining("m.txt has no weight for the feature \"words\"");
        assertThatThrownBy(() -> BlockClassifier.read(new StringReader(model(Map.of(), 0.5).replace("threshold 0.5\n", "")), "m.txt"))
                .hasMessageContaining("m.txt has no threshold");
        assertThatThrownBy(() -> BlockClassifier.read(new StringReader(model(Map.of(), 0.5) + "colour 1\n"), "m.txt"))
                .hasMessageContaining("unknown feature \"colour\"");
        Path missing = dir.resolve("no-such-model.txt");
        assertThatThrownBy(() -> BlockClassifier.read(missing)).hasMessageContaining(missing.toString());
    }

    @Test
    void fitLearnsWhichFeatureSeparatesTheBlocksAndWritesWhatItReads() throws IOException {
        List<double[]> examples = new ArrayList<>();
        boolean[] content = new boolean[40];
        int linkDensity = BlockFeatures.NAMES.indexOf("link-density");
        for (int i = 0; i < 40; i++) {
            double[] v = new double[BlockFeatures.SIZE];
            v[0] = 1;
            content[i] = i % 2 == 0;
            v[linkDensity] = content[i] ? 0.05 * (i % 5) : 0.7 + 0.05 * (i % 5);
            examples.add(v);
        }
        BlockClassifier fit = BlockClassifier.fit(examples, content, 1e-3, 300, 0.5);
        for (int i = 0; i < 40; i++) {
            assertThat(fit.probability(examples.get(i)) >= 0.5).as("example %d", i).isEqualTo(content[i]);
        }
        Path file = dir.resolve("fit.txt");
        fit.write(file, "a test fit");
        BlockClassifier read = BlockClassifier.read(file);
        assertThat(read.threshold()).isEqualTo(0.5);
        assertThat(read.probability(examples.get(1))).isCloseTo(fit.probability(examples.get(1)), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(Files.readString(file)).startsWith("# a test fit\nthreshold 0.500\nbias ");
    }

    private static HtmlPage extractWith(BlockClassifier classifier) {
        return HtmlExtractor.extract(PAGE, null, classifier.choice());
    }
}
