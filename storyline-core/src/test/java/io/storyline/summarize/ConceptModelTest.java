package io.storyline.summarize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ConceptModelTest {

    private static double[] ramp() {
        double[] c = new double[ConceptFeatures.NAMES.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = (i - 3) * 0.25;
        }
        return c;
    }

    @Test
    void writtenTextReadsBackAsTheSameModelAndCommentsAreSkipped() {
        ConceptModel model = ConceptModel.of(ramp());
        String text = model.format("learnt from a test\nsecond line");
        assertThat(text).startsWith("# learnt from a test\n# second line\nbias\t-0.750000\n");
        assertThat(ConceptModel.parse(text, "model.tsv")).isEqualTo(model);
    }

    @Test
    void theProbabilityIsTheLogisticOfTheLinearScore() {
        double[] c = new double[ConceptFeatures.NAMES.size()];
        c[0] = -1;
        c[1] = 2;
        double[] x = new double[c.length];
        x[0] = 1;
        x[1] = 0.5;
        assertThat(ConceptModel.of(c).probability(x)).isCloseTo(0.5, within(1e-12));
        x[1] = 1;
        assertThat(ConceptModel.of(c).probability(x)).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-12));
    }

    @Test
    void aFileForOtherFeaturesIsRefusedWithItsName() {
        String text = ConceptModel.of(ramp()).format("").replace("centrality", "popularity");
        assertThatThrownBy(() -> ConceptModel.parse(text, "old-model.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("old-model.tsv").hasMessageContaining("popularity");
        String missing = ConceptModel.of(ramp()).format("").lines().skip(1)
                .reduce("", (a, b) -> a + b + "\n");
        assertThatThrownBy(() -> ConceptModel.parse(missing, "short.tsv")).hasMessageContaining("short.tsv");
    }

    @Test
    void aLineThatIsNotANumberOrHasNoTabIsReportedByLine() {
        String text = ConceptModel.of(ramp()).format("").replace("-0.750000", "lots");
        assertThatThrownBy(() -> ConceptModel.parse(text, "m.tsv")).hasMessage("m.tsv:1: not a number: 'lots'");
        assertThatThrownBy(() -> ConceptModel.parse("# fine\nbias 1.0\n", "m.tsv"))
                .hasMessage("m.tsv:2: expected 'feature<TAB>coefficient'");
        assertThatThrownBy(() -> ConceptModel.parse("\u0000\u0001binary", "blob.bin")).hasMessageContaining("blob.bin");
    }

    @Test
    void theShippedModelsLoadAndRewardOutletAgreement() {
        for (String resource : new String[] {ConceptModel.CONCEPTS, ConceptModel.WORDS}) {
            ConceptModel model = ConceptModel.bundled(resource);
            double[] rare = new double[ConceptFeatures.NAMES.size()];
            double[] shared = new double[rare.length];
            rare[0] = shared[0] = 1;
            // the same concept told once, late, by one outlet of ten, or early by all ten in many sentences
            int logMentions = ConceptFeatures.NAMES.indexOf("log mentions");
            int wordShare = ConceptFeatures.NAMES.indexOf("word share");
            int earliest = ConceptFeatures.NAMES.indexOf("earliest");
            rare[logMentions] = Math.log1p(1);
            shared[logMentions] = Math.log1p(20);
            rare[wordShare] = 0.1;
            shared[wordShare] = 1;
            shared[earliest] = 1;
            assertThat(model.probability(shared)).as(resource).isGreaterThan(model.probability(rare));
        }
        assertThatThrownBy(() -> ConceptModel.bundled("/io/storyline/summarize/no-such-model.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-model.tsv");
    }
}
