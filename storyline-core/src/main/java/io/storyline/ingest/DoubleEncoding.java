package io.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text that was read as windows-1252 (or Latin-1) and saved as UTF-8 again: "Zürich" became
 * "ZÃ¼rich", "–" became "â€“". The repair writes each character back as the one byte it was read from
 * and reads the bytes as UTF-8. It is made only when it is unambiguous: every character of the text
 * maps back to one byte and the whole of those bytes is valid UTF-8 (a text with one genuine "é" or
 * one Greek letter does not round-trip, and is left as written).
 */
final class DoubleEncoding {

    /** The notice a repaired input gets, once. */
    static final String NOTICE = "had garbled characters such as \"Ã¼\" for \"ü\" (double-encoded: UTF-8 text once"
            + " opened as Windows-1252 and saved again); read as meant, the file itself unchanged";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private DoubleEncoding() {
    }

    /** Windows-1252's bytes 0x80-0x9F that stand for characters above U+00FF ("€", "‘", "–"), by character. */
    private static final java.util.Map<Character, Byte> LEGACY_HIGH = legacyHigh();

    /** The repaired text, or null when the text is not double-encoded UTF-8 (or holds no non-ASCII at all). */
    static String repaired(String text) {
        // read once without writing a byte: most texts stop at their first non-ASCII character (a curly quote
        // or an "ü" no UTF-8 sequence can begin with), and only a text that maps back whole is copied
        if (!mapsBackToUtf8(text)) {
            return null;
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) legacyByte(text.charAt(i)); // rare: only texts of the right outline get here
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notDoubled) {
            return null;
        }
    }

    /**
     * Whether every character maps back to one byte ({@link #legacyByte}), at least one of them above ASCII, and
     * those bytes have UTF-8's outline ({@link #nextContinuations}).
     */
    private static boolean mapsBackToUtf8(String text) {
        boolean nonAscii = false;
        int continuations = 0; // continuation bytes the last UTF-8 lead byte still wants
        char[] chunk = new char[4096]; // read in chunks: a page a character at a time through charAt is slow
        for (int from = 0; from < text.length(); from += chunk.length) {
            int to = Math.min(text.length(), from + chunk.length);
            text.getChars(from, to, chunk, 0);
            for (int i = 0; i < to - from; i++) {
                char c = chunk[i];
                int b = c < 0x80 ? c : legacyByte(c);
                if (b < 0) {
                    return false;
                }
                nonAscii |= c >= 0x80;
                continuations = nextContinuations(continuations, b);
                if (continuations < 0) {
                    return false; // not UTF-8 whatever follows: most pages with a curly quote end here at once
                }
            }
        }
        return nonAscii && continuations == 0;
    }

    /**
     * The byte windows-1252 (or Latin-1, which reads 0x80-0x9F as C1 controls) writes the character as, 0-255,
     * or -1 when it has none.
     */
    private static int legacyByte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        Byte high = LEGACY_HIGH.get(c); // "€" for 0x80
        return high == null ? -1 : high & 0xFF;
    }

    /**
     * The continuation bytes wanted after {@code b}, or -1 when {@code b} cannot stand there in any UTF-8
     * (a continuation byte without its lead, a lead byte cut short, a byte UTF-8 never uses). Only the bytes'
     * outline is checked; the decoder checks the rest.
     */
    static int nextContinuations(int wanted, int b) {
        boolean continuation = b >= 0x80 && b <= 0xBF;
        if (wanted > 0) {
            return continuation ? wanted - 1 : -1;
        }
        if (b < 0x80) {
            return 0;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            return 1;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 2;
        }
        return b >= 0xF0 && b <= 0xF4 ? 3 : -1;
    }

    private static java.util.Map<Character, Byte> legacyHigh() {
        java.util.Map<Character, Byte> high = new java.util.HashMap<>();
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        for (int b = 0x80; b <= 0x9F; b++) {
            char c = new String(new byte[] {(byte) b}, WINDOWS_1252).charAt(0);
            if (c > 0xFF && encoder.canEncode(c) && String.valueOf(c).getBytes(WINDOWS_1252)[0] == (byte) b) {
                high.put(c, (byte) b);
            }
        }
        return java.util.Map.copyOf(high);
    }
}
