package io.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, refusing what is not text. UTF-8 is decoded strictly; bytes that are
 * not valid UTF-8 are read as windows-1252, the superset of Latin-1 most legacy news pages were saved in,
 * so "café" and curly quotes from such files come through instead of being rejected or mangled.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of a file binary sniffing looks at. */
    private static final int SNIFF_BYTES = 8192;
    /** Share of control characters above which a file is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private TextDecoder() {
    }

    /** The notice an input read by the legacy guess gets, once per file (ArticleLoader, the server). */
    static final String LEGACY_NOTICE = "read as Windows-1252: not valid UTF-8";

    /** Text, and whether it was read by the windows-1252 guess (so the reader can be told once). */
    record Decoded(String text, boolean guessed) {
    }

    /** The bytes' text, and whether they were read by the windows-1252 guess. */
    static Decoded decoded(byte[] bytes) throws UnusableInputException {
        if (bytes.length == 0) {
            throw new UnusableInputException("is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8OrLegacy(bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(utf16(bytes, StandardCharsets.UTF_16BE), false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(utf16(bytes, StandardCharsets.UTF_16LE), false);
        }
        String kind = binaryKind(bytes);
        if (kind != null) {
            throw new UnusableInputException("is not text but binary data (" + kind + ")");
        }
        return strictUtf8OrLegacy(bytes, 0);
    }

    /** Bytes after a UTF-16 byte-order mark that UTF-16 text cannot be; checked beyond this many. */
    static final int UTF16_SNIFF_BYTES = 64;

    /**
     * The text after a UTF-16 byte-order mark, unless the bytes cannot be UTF-16: UTF-16 text of any
     * script has a zero byte in its spaces, line ends and Latin letters, so a long run without one is
     * other bytes behind a stray mark (they would come out as a wall of CJK-looking nonsense).
     */
    private static String utf16(byte[] bytes, Charset charset) throws UnusableInputException {
        int end = Math.min(bytes.length, 2 + SNIFF_BYTES);
        boolean zero = false;
        for (int i = 2; i < end && !zero; i++) {
            zero = bytes[i] == 0;
        }
        if (!zero && end - 2 >= UTF16_SNIFF_BYTES) {
            throw new UnusableInputException("begins with a UTF-16 byte-order mark but is not UTF-16 text"
                    + " (no zero byte in its first " + (end - 2) + " bytes): save it as UTF-8");
        }
        return new String(bytes, 2, bytes.length - 2, charset);
    }

    private static Decoded strictUtf8OrLegacy(byte[] bytes, int offset) {
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString(), false);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), true);
        }
    }

    /** True when the bytes (after any BOM) are strictly valid UTF-8. */
    static boolean isUtf8(byte[] bytes) {
        return strictUtf8(bytes) != null;
    }

    /**
     * The text, when the bytes (after any BOM) are strictly valid UTF-8; else null. One decoding serves
     * both the test and the text (a page was decoded twice, once to test and once to read).
     */
    static String strictUtf8(byte[] bytes) {
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** Names the kind of binary data, or returns null for text. */
    static String binaryKind(byte[] bytes) {
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a zip archive or office document";
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "an image";
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "it contains NUL bytes";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > n * MAX_CONTROL_SHARE) {
            return String.format("%d%% control characters", Math.round(100.0 * control / n));
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
