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

    /** The repaired text, or null when the text is not double-encoded UTF-8 (or holds no non-ASCII at all). */
    static String repaired(String text) {
        byte[] bytes = new byte[text.length()];
        boolean nonAscii = false;
        CharsetEncoder legacy = WINDOWS_1252.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[i] = (byte) c;
                continue;
            }
            nonAscii = true;
            if (c <= 0xFF) {
                bytes[i] = (byte) c; // Latin-1's reading (which read 0x80-0x9F as C1 controls)
            } else if (legacy.canEncode(c)) {
                bytes[i] = String.valueOf(c).getBytes(WINDOWS_1252)[0]; // windows-1252's: "€" for 0x80
            } else {
                return null;
            }
        }
        if (!nonAscii) {
            return null;
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
}
