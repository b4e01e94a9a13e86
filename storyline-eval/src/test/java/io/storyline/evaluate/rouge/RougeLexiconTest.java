package io.storyline.evaluate.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RougeLexiconTest {

    @TempDir
    Path data;

    @Test
    void readsIrregularFormsAndTheDataDirectorysOwnStopList() throws IOException {
        Files.writeString(data.resolve("verb.exc"), "spoke speak\nwere be\n", StandardCharsets.ISO_8859_1);
        Files.writeString(data.resolve("smart_common_words.txt"), "the\nof\n\nwhereupon\n", StandardCharsets.ISO_8859_1);

        RougeLexicon lexicon = RougeLexicon.load(data);

        assertThat(lexicon.irregularForms()).containsEntry("spoke", "speak").containsEntry("were", "be");
        assertThat(lexicon.stopwords()).containsExactlyInAnyOrder("the", "of", "whereupon");
        assertThat(RougeLexicon.findStopList(data)).contains(data.resolve("smart_common_words.txt"));
    }

    @Test
    void aDataDirectoryWithoutAStopListFallsBackToAnInstalledSmartList() throws IOException {
        Path installed = Files.createDirectories(data.resolve("share")).resolve("SMART.dat");
        Path missing = data.resolve("nowhere").resolve("SMART.dat");
        Path rouge = Files.createDirectories(data.resolve("rouge"));

        assertThat(RougeLexicon.findStopList(rouge, java.util.List.of(missing, installed))).isEmpty();
        Files.writeString(installed, "a\nabout\n", StandardCharsets.ISO_8859_1);
        assertThat(RougeLexicon.findStopList(rouge, java.util.List.of(missing, installed))).contains(installed);
        Files.writeString(rouge.resolve("smart_common_words.txt"), "the\n", StandardCharsets.ISO_8859_1);
        assertThat(RougeLexicon.findStopList(rouge, java.util.List.of(missing, installed)))
                .contains(rouge.resolve("smart_common_words.txt"));
    }

    @Test
    void wordNetsListsComeWithTheModuleAndAreTheOfficialDefault() {
        RougeLexicon bundled = RougeLexicon.bundled().orElseThrow();
        // WordNet 3.0: 5,952 lines in adj, adv, noun and verb.exc; "better" is in adj and adv, adv read last
        assertThat(bundled.irregularForms()).containsEntry("said", "say").containsEntry("were", "be")
                .containsEntry("better", "well").hasSizeBetween(5_900, 5_952);
        assertThat(RougeLexicon.official()).contains(bundled);
    }
}
