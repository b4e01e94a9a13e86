package io.storyline.ingest;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UTF-8 with junk bytes pasted at one spot is read as UTF-8, with a notice naming the file (session-19 cold trial;
 * a text written for this test).
 */
class StrayBytesSpotTest {

    @TempDir
    Path dir;

    private Corpus load(Path... files) {
        return new ArticleLoader(LoadOptions.defaults())
                .load(java.util.Arrays.stream(files).map(Path::toString).toList());
    }

    @Test
    void utf8WithJunkBytesAtOneSpotIsReadAsUtf8WithANotice() throws IOException {
        byte[] text = "Caf\u00e9 owners in Hessle said the flood kept visitors away. Junk ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " here.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 2 + tail.length];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xFF;
        bytes[text.length + 1] = (byte) 0xFE;
        System.arraycopy(tail, 0, bytes, text.length + 2, tail.length);
        Path file = Files.write(dir.resolve("mixed.txt"), bytes);
        Corpus corpus = load(file);
        assertThat(corpus.articles()).singleElement().satisfies(a -> assertThat(a.text()).contains("Caf\u00e9 owners")
                .doesNotContain("\u00c3"));
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(file.toString());
            assertThat(p.problem()).contains("read as UTF-8", "2 bytes");
        });
        // a legacy file, whose every accent is a stray byte, is still read as Windows-1252
        Path legacy = Files.write(dir.resolve("legacy.txt"),
                "Caf\u00e9 owners in Hessle said the caf\u00e9 and the cr\u00eaperie lost visitors.\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(load(legacy).problems()).extracting(InputProblem::problem).containsExactly(TextDecoder.LEGACY_NOTICE);
    }
}
