package io.storyline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The damaged encodings {@link TextDecoder} mends, and the texts it must leave alone. */
class TextDecoderTest {

    private static final String STORY = "A container ship struck the Seebr\u00fccke in Z\u00fcrich on Tuesday night"
            + " \u2013 at least until Friday \u2013 the mayor said. \u201cWe will not take risks,\u201d she said.\n";

    @Test
    void utf8WithOneStrayLegacyByteIsReadAsUtf8AndOnlyThatByteAsWindows1252() throws Exception {
        byte[] utf8 = STORY.getBytes(StandardCharsets.UTF_8);
        byte[] mixed = splice(utf8, "the mayor".getBytes(StandardCharsets.UTF_8), (byte) 0xE9);
        TextDecoder.Decoded decoded = TextDecoder.decoded(mixed);
        assertThat(decoded.text()).contains("Z\u00fcrich", "\u2013 at least", "\u00e9the mayor");
        assertThat(decoded.notice()).contains("1 byte", "read as Windows-1252")
                .contains("byte " + indexOf(utf8, "the mayor".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void legacyTextWithNoUtf8SequenceIsStillReadWhollyAsWindows1252() throws Exception {
        TextDecoder.Decoded decoded = TextDecoder.decoded(STORY.getBytes(Charset.forName("windows-1252")));
        assertThat(decoded.text()).isEqualTo(STORY);
        assertThat(decoded.notice()).isEqualTo(TextDecoder.LEGACY_NOTICE);
    }

    @Test
    void moreStrayBytesThanUtf8CharactersIsLegacyText() throws Exception {
        // one "ü" in UTF-8 does not make three legacy letters UTF-8
        byte[] bytes = "Z\u00fcrich".getBytes(StandardCharsets.UTF_8);
        byte[] legacy = " caf\u00e9 cr\u00e8me br\u00fbl\u00e9e".getBytes(Charset.forName("windows-1252"));
        byte[] all = new byte[bytes.length + legacy.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(legacy, 0, all, bytes.length, legacy.length);
        assertThat(TextDecoder.decoded(all).notice()).isEqualTo(TextDecoder.LEGACY_NOTICE);
    }

    @Test
    void doubleEncodedUtf8IsRepairedWhenTheWholeTextRoundTrips() throws Exception {
        // read as Latin-1 (the dashes' 0x80 and 0x93 become C1 controls) and as windows-1252 ("â€“"), which
        // leaves 0x9D undefined: the closing quote's last byte is lost that way, so that text is not repaired
        String noClosingQuote = STORY.replace("\u201d", "\"");
        for (Charset misread : new Charset[] {StandardCharsets.ISO_8859_1, Charset.forName("windows-1252")}) {
            String doubled = new String(noClosingQuote.getBytes(StandardCharsets.UTF_8), misread);
            assertThat(doubled).contains("Z\u00c3\u00bcrich");
            TextDecoder.Decoded decoded = TextDecoder.decoded(doubled.getBytes(StandardCharsets.UTF_8));
            assertThat(decoded.text()).as(misread.name()).isEqualTo(noClosingQuote);
            assertThat(decoded.notice()).isEqualTo(DoubleEncoding.NOTICE);
        }
        String latin1 = new String(STORY.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decoded(latin1.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(STORY);
        String lossy = new String(STORY.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(TextDecoder.decoded(lossy.getBytes(StandardCharsets.UTF_8)).notice()).isNull();
    }

    @Test
    void aReplacementCharacterThePageWritesItselfIsKeptAndTheRestReadAsUtf8() throws Exception {
        // the quick reading marks bytes that are not UTF-8 with U+FFFD: a page's own U+FFFD is no such mark
        String text = "Z\u00fcrich \ufffd the sign a font lacks \u2013 stays.\n";
        TextDecoder.Decoded decoded = TextDecoder.decoded(text.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.notice()).isNull();
    }

    @Test
    void theDoubleEncodingCheckGivesUpOnlyOnBytesNoUtf8Holds() {
        // a lead byte wants its continuations; a continuation or 0xC0, 0xF5 alone can never start a character
        assertThat(DoubleEncoding.nextContinuations(0, 'a')).isZero();
        assertThat(DoubleEncoding.nextContinuations(0, 0xC3)).isEqualTo(1);
        assertThat(DoubleEncoding.nextContinuations(1, 0xBC)).isZero();
        assertThat(DoubleEncoding.nextContinuations(0, 0xE2)).isEqualTo(2);
        assertThat(DoubleEncoding.nextContinuations(0, 0xF0)).isEqualTo(3);
        assertThat(DoubleEncoding.nextContinuations(2, 'a')).isEqualTo(-1);
        assertThat(DoubleEncoding.nextContinuations(0, 0x92)).isEqualTo(-1); // "\u2019" read back as windows-1252
        assertThat(DoubleEncoding.nextContinuations(0, 0xC0)).isEqualTo(-1);
        assertThat(DoubleEncoding.nextContinuations(0, 0xF5)).isEqualTo(-1);
        // a curly quote early on leaves a doubled "\u00c3\u00bc" after it unrepaired, as the whole text must round-trip
        assertThat(DoubleEncoding.repaired("It\u2019s Z\u00c3\u00bcrich")).isNull();
        assertThat(DoubleEncoding.repaired("Z\u00c3\u00bcrich \u00e2\u20ac\u201c")).isEqualTo("Z\u00fcrich \u2013");
    }

    @Test
    void textThatDoesNotRoundTripIsLeftAsWritten() throws Exception {
        // a genuine "é" beside the doubled "Ã¼" makes the repair ambiguous; Greek cannot be doubled Latin
        for (String text : new String[] {"Z\u00c3\u00bcrich caf\u00e9\n", "\u0391\u03b8\u03ae\u03bd\u03b1 Z\u00c3\u00bcrich\n",
                "Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9\n", "plain ASCII text\n"}) {
            TextDecoder.Decoded decoded = TextDecoder.decoded(text.getBytes(StandardCharsets.UTF_8));
            assertThat(decoded.text()).isEqualTo(text);
            assertThat(decoded.notice()).isNull();
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsKnownByItsZeroBytes() throws Exception {
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            TextDecoder.Decoded decoded = TextDecoder.decoded(STORY.getBytes(utf16));
            assertThat(decoded.text()).as(utf16.name()).isEqualTo(STORY);
            assertThat(decoded.notice()).contains(utf16.name(), "without a byte-order mark");
        }
    }

    @Test
    void binaryDataWithScatteredNulBytesIsStillRefused() {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 23);
        }
        assertThatThrownBy(() -> TextDecoder.decoded(bytes)).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("NUL bytes");
    }

    private static byte[] splice(byte[] bytes, byte[] before, byte stray) {
        int at = indexOf(bytes, before);
        byte[] out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = stray;
        System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
        return out;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            boolean match = true;
            for (int j = 0; j < part.length && match; j++) {
                match = bytes[i + j] == part[j];
            }
            if (match) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    // made-up news sentences in each script (Japanese, Korean, simplified and traditional Chinese)
    private static final String JAPANESE = "港の市長は火曜日に新しい橋を開通させたと発表しました。"
            + "数百人の市民が正午までに橋を渡り、工事は予定より二か月早く終わりました。";
    private static final String KOREAN = "항구 시장은 화요일에 새 다리를 개통했다고 발표했습니다. "
            + "수백 명의 시민이 정오까지 다리를 건넜고 공사는 예정보다 두 달 일찍 끝났습니다.";
    private static final String SIMPLIFIED = "港口市长星期二宣布新大桥通车。到中午已经有几百名市民过了桥，"
            + "工程比原来的计划早两个月完成，他说这是大家的成果。";
    private static final String TRADITIONAL = "港口市長星期二宣布新大橋通車。到中午已經有幾百名市民過了橋，"
            + "工程比原來的計劃早兩個月完成，他說這是大家的成果。";

    @Test
    void eastAsianTextInALegacyEncodingIsReadInThatEncodingAndSaysWhich() throws Exception {
        String[][] cases = {{JAPANESE, "Shift_JIS"}, {JAPANESE, "EUC-JP"}, {KOREAN, "EUC-KR"},
                {SIMPLIFIED, "GB18030"}, {TRADITIONAL, "Big5"}};
        for (String[] c : cases) {
            TextDecoder.Decoded decoded = TextDecoder.decoded(c[0].getBytes(Charset.forName(c[1])));
            assertThat(decoded.text()).as(c[1]).isEqualTo(c[0]);
            assertThat(decoded.notice()).as(c[1]).isEqualTo("read as " + c[1] + ": not valid UTF-8");
        }
        // GBK, the common subset of GB18030, is read by it too
        assertThat(TextDecoder.decoded(SIMPLIFIED.getBytes(Charset.forName("GBK"))).text()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void westernLegacyTextWithManyAccentsStaysWindows1252() throws Exception {
        String french = "L'été dernier, la fête du quai a réuni près de deux mille élèves à Saint-Étienne.\n";
        TextDecoder.Decoded decoded = TextDecoder.decoded(french.getBytes(Charset.forName("windows-1252")));
        assertThat(decoded.text()).isEqualTo(french);
        assertThat(decoded.notice()).isEqualTo(TextDecoder.LEGACY_NOTICE);
    }

    @Test
    void bytesMostlyAboveAsciiThatNoEncodingReadsAreRefusedWithTheReason() {
        byte[] noise = new byte[600];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 + random.nextInt(0x80));
        }
        assertThatThrownBy(() -> TextDecoder.decoded(noise)).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("is not UTF-8").hasMessageContaining("Shift_JIS").hasMessageContaining("save it as UTF-8");
    }
}
