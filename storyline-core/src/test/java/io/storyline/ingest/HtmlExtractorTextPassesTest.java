package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The extractor's one-pass text loops give what the pattern replacements they took the place of gave: the
 * patterns are written out here as the definition, and the loops are checked against them on hand-made
 * cases and on random strings of the characters that matter.
 */
class HtmlExtractorTextPassesTest {

    /** Invisible characters go, unless right after "<" or "</"; then controls and what is left of them become spaces. */
    private static final Pattern INVISIBLE = Pattern.compile("(?<!<|</)[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    /** A block's runs of spaces, then the spaces beside a line break. */
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern LINE_END_SPACE = Pattern.compile(" ?\\n ?");

    private static String byPatterns(String html) {
        return CONTROL.matcher(INVISIBLE.matcher(html).replaceAll("")).replaceAll(" ");
    }

    private static String spacedByPatterns(String block) {
        return LINE_END_SPACE.matcher(SPACE_RUN.matcher(block).replaceAll(" ")).replaceAll("\n").strip();
    }

    @Test
    void invisibleCharactersGoAndControlsBecomeSpacesAsThePatternsSay() {
        assertThat(HtmlExtractor.withoutControls("Wein\u00ADberg")).isEqualTo("Weinberg");
        assertThat(HtmlExtractor.withoutControls("<\u0001p>x")).isEqualTo("< p>x");
        assertThat(HtmlExtractor.withoutControls("<\u00ADp>x</\u200Bp>")).isEqualTo("< p>x</ p>");
        // only the first after "<" is kept (as a space): the second follows an invisible character
        assertThat(HtmlExtractor.withoutControls("<\u00AD\u00ADp>")).isEqualTo("< p>");
        String plain = "<p>No control here, tabs\tand\r\nlines.</p>";
        assertThat(HtmlExtractor.withoutControls(plain)).isSameAs(plain);
        for (String s : List.of("\u00AD", "<\u00AD", "a</\u200D", "\uFEFF<p>", "x\u007Fy\u000Bz", "\u2060\u2060<", "/\u00AD")) {
            assertThat(HtmlExtractor.withoutControls(s)).as(s).isEqualTo(byPatterns(s));
        }
        Random random = new Random(16);
        char[] alphabet = "a </p>\t\n\r\f\u0001\u000B\u007F\u00AD\u200B\u200C\u200D\u2060\uFEFF\u00A0é".toCharArray();
        for (int n = 0; n < 200; n++) {
            String s = randomText(random, alphabet, 4090 + random.nextInt(20)); // longer than one read chunk at times
            assertThat(HtmlExtractor.withoutControls(s)).isEqualTo(byPatterns(s));
        }
    }

    @Test
    void aBlocksSpacesAreOneAndNoneBesideALineBreakAsThePatternsSay() {
        assertThat(HtmlExtractor.spaced("  The  pier\u00A0\tclosed \n on Monday. \n\n  ")).isEqualTo("The pier closed\non Monday.");
        assertThat(HtmlExtractor.spaced("a \n \n b")).isEqualTo("a\n\nb");
        assertThat(HtmlExtractor.spaced("")).isEmpty();
        Random random = new Random(15);
        char[] alphabet = "ab \t\u00A0\n\r\u2003.".toCharArray();
        for (int n = 0; n < 5000; n++) {
            String s = randomText(random, alphabet, random.nextInt(30));
            assertThat(HtmlExtractor.spaced(new StringBuilder(s))).as(s).isEqualTo(spacedByPatterns(s));
            assertThat(HtmlExtractor.spaced(s)).as(s).isEqualTo(spacedByPatterns(s));
        }
    }

    private static String randomText(Random random, char[] alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // mostly plain text, as a page is, with the characters that matter now and then
            out.append(random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : 'x');
        }
        return out.toString();
    }
}
