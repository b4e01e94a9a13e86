package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoder's one pass over a page's bytes ({@link TextDecoder.Utf8Scan}) says what the passes it spares
 * would have found: well-formed exactly when the JDK's strict UTF-8 decoder reads the bytes, free of controls
 * exactly when {@link HtmlExtractor#withoutControls} leaves the text as it is. Checked on every sequence of
 * one and two bytes, on every lead with every second byte, and on random bytes.
 */
class TextDecoderScanTest {

    /** The definition: the JDK's decoder reports nothing malformed. */
    private static boolean strictlyUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Asserts (so that it can fail) only where scan and definition differ: 200,000 passing assertions would be slow. */
    private static void agrees(byte[] bytes) {
        TextDecoder.Utf8Scan scan = TextDecoder.Utf8Scan.of(bytes, 0);
        boolean utf8 = strictlyUtf8(bytes);
        if (scan.wellFormed() != utf8) {
            assertThat(scan.wellFormed()).as("well-formed %s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(utf8);
        }
        if (utf8) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            boolean unchanged = HtmlExtractor.withoutControls(text).equals(text);
            if (scan.controlFree() != unchanged) {
                assertThat(scan.controlFree()).as("control-free %s", java.util.HexFormat.of().formatHex(bytes))
                        .isEqualTo(unchanged);
            }
            boolean ascii = true;
            for (byte b : bytes) {
                ascii &= b >= 0;
            }
            assertThat(scan.ascii()).isEqualTo(ascii);
        }
    }

    @Test
    void everySequenceOfOneAndTwoBytesIsJudgedAsTheStrictDecoderJudgesIt() {
        for (int a = 0; a < 256; a++) {
            agrees(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) {
                agrees(new byte[] {(byte) a, (byte) b});
            }
        }
    }

    @Test
    void everyLeadWithEverySecondByteAndAContinuationIsJudgedAsTheStrictDecoderJudgesIt() {
        // the second byte is where overlong forms, surrogates and code points above U+10FFFF show
        for (int lead = 0xC0; lead < 256; lead++) {
            for (int second = 0; second < 256; second++) {
                for (int third : new int[] {0x41, 0x80, 0x8B, 0x8D, 0x8E, 0xA0, 0xAD, 0xBF, 0xC0}) {
                    agrees(new byte[] {(byte) lead, (byte) second, (byte) third});
                    agrees(new byte[] {(byte) lead, (byte) second, (byte) third, (byte) 0x80});
                    agrees(new byte[] {'<', (byte) lead, (byte) second, (byte) third, (byte) 0xBF, 'p'});
                }
            }
        }
    }

    @Test
    void theInvisibleCharactersAndControlsAreFoundWhereverTheyStand() {
        for (String s : List.of("Wein\u00ADberg", "a\u200Bb", "a\u200Cb", "a\u200Db", "a\u2060b", "a\uFEFFb",
                "<\u0001p>", "x\u007F", "\u0000")) {
            TextDecoder.Utf8Scan scan = TextDecoder.Utf8Scan.of(s.getBytes(StandardCharsets.UTF_8), 0);
            assertThat(scan.wellFormed()).isTrue();
            assertThat(scan.controlFree()).as(s).isFalse();
        }
        for (String s : List.of("tabs\tand\r\nlines\f", "café – “quoted” \u200E 灯台 \uD83D\uDE00", "\u00AC\u200A\u2061\uFEFE")) {
            assertThat(TextDecoder.Utf8Scan.of(s.getBytes(StandardCharsets.UTF_8), 0).controlFree()).as(s).isTrue();
        }
    }

    @Test
    void randomBytesAndRandomTextAreJudgedAsTheStrictDecoderAndTheControlPassJudgeThem() {
        Random random = new Random(17);
        char[] alphabet = "ab <>/\t\n\u0001\u007F\u00AD\u00E9\u00C3\u00BC\u2019\u200B\u200C\u200D\u200E\u2060\uFEFF\uFFFD\u00A0灯"
                .toCharArray();
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(8)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(128) : random.nextInt(256));
            }
            agrees(bytes);
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            agrees(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPageTheScanFindsCleanIsReadAsOneSearchedForControlsAndOneWithThemHasThemDealtWith(@TempDir Path dir)
            throws IOException {
        String story = "<p>The harbour board voted on Tuesday to close the old pier to traffic from next spring, after "
                + "engineers found rust in most of its supporting beams. Fishing crews who moor there objected.</p>";
        String page = "<!DOCTYPE html><html><head><title>Pier to close</title></head><body><article>%s</article></body></html>";
        Path clean = Files.write(dir.resolve("clean.html"), page.formatted(story).getBytes(StandardCharsets.UTF_8));
        Path soft = Files.write(dir.resolve("soft.html"), page.formatted(story.replace("harbour", "har\u00ADbour")
                .replace("crews", "cr\u0001ews")).getBytes(StandardCharsets.UTF_8));
        ArticleLoader loader = new ArticleLoader(LoadOptions.defaults());
        assertThat(loader.extract(List.of(clean.toString())).articles()).singleElement()
                .extracting(e -> e.article().text()).isEqualTo("The harbour board voted on Tuesday to close the old pier "
                        + "to traffic from next spring, after engineers found rust in most of its supporting beams. Fishing "
                        + "crews who moor there objected.");
        // the soft hyphen goes inside its word, the control becomes a space
        assertThat(loader.extract(List.of(soft.toString())).articles()).singleElement()
                .extracting(e -> e.article().text()).isEqualTo("The harbour board voted on Tuesday to close the old pier "
                        + "to traffic from next spring, after engineers found rust in most of its supporting beams. Fishing "
                        + "cr ews who moor there objected.");
    }
}
