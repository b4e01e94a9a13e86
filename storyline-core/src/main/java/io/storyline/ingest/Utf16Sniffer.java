package io.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 text saved without a byte-order mark, known by the pattern of its zero bytes: the spaces, line
 * ends, digits and Latin letters of UTF-16LE text have a zero as their second byte, of UTF-16BE text as
 * their first, and the other half of the bytes is almost never zero. Other binary data with NUL bytes
 * has them scattered, and is refused as before.
 */
final class Utf16Sniffer {

    /** How many leading bytes are looked at. */
    private static final int SNIFF_BYTES = 8192;
    /** Share of the code units with a zero on one side that makes text UTF-16. */
    private static final double MIN_ZERO_SIDE = 0.3;
    /** Share of code units with a zero on the other side that UTF-16 text tolerates (U+0100-U+01FF and the like). */
    private static final double MAX_ZERO_OTHER_SIDE = 0.02;
    /** Fewer bytes than this do not show a pattern. */
    private static final int MIN_BYTES = 8;

    private Utf16Sniffer() {
    }

    /** The text, when the bytes are UTF-16 without a byte-order mark; else null. */
    static TextDecoder.Decoded decoded(byte[] bytes) {
        if (bytes.length < MIN_BYTES || bytes.length % 2 != 0) {
            return null;
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int units = n / 2;
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            zeroFirst += bytes[i] == 0 ? 1 : 0;
            zeroSecond += bytes[i + 1] == 0 ? 1 : 0;
        }
        Charset charset;
        if (zeroSecond >= units * MIN_ZERO_SIDE && zeroFirst <= units * MAX_ZERO_OTHER_SIDE) {
            charset = StandardCharsets.UTF_16LE;
        } else if (zeroFirst >= units * MIN_ZERO_SIDE && zeroSecond <= units * MAX_ZERO_OTHER_SIDE) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return null;
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf16) {
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            return null;
        }
        return new TextDecoder.Decoded(text, "read as " + charset.name() + " (UTF-16 without a byte-order mark)");
    }
}
