package io.storyline.ingest;

import java.util.Arrays;

/**
 * The part of a text cut short at an arbitrary byte that can be read: up to its last line break (a JSON
 * Lines record or a paragraph is whole) or, on one long line, its last sentence end or tag end, so no half
 * sentence or half character is read as if the writer had stopped there.
 */
final class CutShortText {

    private CutShortText() {
    }

    /** The bytes up to the last complete line, else sentence or tag; none when there is none. */
    static byte[] complete(byte[] bytes) {
        int lastLine = -1;
        int lastSentence = -1;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                lastLine = i;
            } else if (b == '.' || b == '!' || b == '?' || b == '>' || ideographicStop(bytes, i)) {
                lastSentence = i;
            }
        }
        int end = lastLine >= 0 ? lastLine : lastSentence;
        return Arrays.copyOf(bytes, end + 1);
    }

    /** The last byte of "。" (U+3002 in UTF-8: E3 80 82). */
    private static boolean ideographicStop(byte[] bytes, int i) {
        return i >= 2 && (bytes[i] & 0xFF) == 0x82 && (bytes[i - 1] & 0xFF) == 0x80 && (bytes[i - 2] & 0xFF) == 0xE3;
    }
}
