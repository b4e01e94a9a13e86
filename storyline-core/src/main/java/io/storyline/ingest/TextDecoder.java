package io.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, refusing what is not text. UTF-8 is decoded strictly; bytes that are
 * not valid UTF-8 are read in an East Asian legacy encoding when they are mostly two-byte characters
 * ({@link EastAsianEncodings}), else as windows-1252, the superset of Latin-1 most legacy news pages were saved in,
 * so "café" and curly quotes from such files come through instead of being rejected or mangled.
 * Three damaged kinds of text are mended, each with a notice: UTF-8 with a few stray bytes (a pasted
 * legacy character; only those bytes are read as windows-1252), UTF-8 saved again after being read as
 * windows-1252 ("ZÃ¼rich", repaired only when the whole text round-trips) and UTF-16 without a
 * byte-order mark (known by its zero bytes).
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

    /**
     * Text, and the notice the reader is told once when it was not plainly decoded (the windows-1252 guess,
     * stray bytes, a repair, UTF-16 without a mark); null when it was.
     */
    record Decoded(String text, String notice, boolean controlFree) {

        /**
         * @param controlFree true only when the decoder saw that the text holds no control or invisible character
         *                    ({@link HtmlExtractor#withoutControls} would leave it as it is): the page is then not
         *                    searched for one again before parsing; false says nothing
         */
        Decoded {
        }

        Decoded(String text, String notice) {
            this(text, notice, false);
        }

        /** Plainly decoded text. */
        static Decoded plain(String text) {
            return new Decoded(text, null);
        }
    }

    /** The bytes' text, and how they were read when not plainly. */
    static Decoded decoded(byte[] bytes) throws UnusableInputException {
        if (bytes.length == 0) {
            throw new UnusableInputException("is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8OrLegacy(bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Decoded.plain(utf16(bytes, StandardCharsets.UTF_16BE));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Decoded.plain(utf16(bytes, StandardCharsets.UTF_16LE));
        }
        Decoded unmarked = Utf16Sniffer.decoded(bytes);
        if (unmarked != null) {
            return unmarked;
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

    /**
     * UTF-8, else an East Asian legacy encoding when most bytes are above ASCII ({@link EastAsianEncodings}),
     * else windows-1252. Bytes too far above ASCII for Western text that no East Asian encoding reads are
     * refused with that reason, not read as a page of accented letters that holds no sentence.
     */
    private static Decoded strictUtf8OrLegacy(byte[] bytes, int offset) throws UnusableInputException {
        Decoded utf8 = utf8Reading(bytes, offset);
        if (utf8 != null) {
            return utf8;
        }
        if (EastAsianEncodings.looksDoubleByte(bytes, offset)) {
            Decoded eastAsian = EastAsianEncodings.decoded(bytes, offset);
            if (eastAsian == null) {
                throw new UnusableInputException("is not UTF-8, and its bytes read as none of the encodings"
                        + " Storyline knows (Windows-1252, Shift_JIS, EUC-JP, EUC-KR, GB18030, Big5): save it as UTF-8");
            }
            return eastAsian;
        }
        return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), LEGACY_NOTICE);
    }

    /**
     * The text when the bytes (after any BOM) are UTF-8, or UTF-8 but for a few stray bytes; null when they
     * are some legacy encoding. Valid UTF-8 that was double-encoded is repaired ({@link DoubleEncoding}).
     */
    static Decoded utf8Reading(byte[] bytes) {
        return utf8Reading(bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0);
    }

    /**
     * Stray bytes are taken for a legacy character (or junk) pasted into UTF-8 text, and read as windows-1252,
     * when the text holds at least as many well-formed non-ASCII UTF-8 characters as stray bytes, or, when these
     * are at most {@value #MOST_STRAY_SHARE} of its bytes, as spots of stray bytes (up to {@value #ONE_SPOT} bytes
     * side by side count once: "Café" with "\xff\xfe" pasted in is UTF-8, not "CafÃ©"). Legacy text almost never
     * forms a UTF-8 sequence by chance, so one "ü" in valid UTF-8 outweighs one stray byte, or two pasted together.
     */
    private static Decoded utf8Reading(byte[] bytes, int offset) {
        // the usual case first, by the JDK's quick decoder: it marks what is not UTF-8 with U+FFFD, so text
        // without one is the strict reading (a page that holds a U+FFFD of its own is read strictly below).
        // One pass over the bytes says whether they are well-formed (then no U+FFFD need be looked for), hold
        // anything but ASCII (else no double encoding can be) and hold a control or invisible character.
        Utf8Scan scan = Utf8Scan.of(bytes, offset);
        String quick = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (scan.wellFormed() || quick.indexOf('\uFFFD') < 0) {
            String repaired = scan.ascii() ? null : DoubleEncoding.repaired(quick);
            return repaired == null ? new Decoded(quick, null, scan.wellFormed() && scan.controlFree())
                    : new Decoded(repaired, DoubleEncoding.NOTICE);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1); // never more chars than bytes
        int strays = 0;
        int spots = 0;
        int run = 0;
        int lastStrayEnd = -1;
        int firstStray = -1;
        int nonAscii = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (in.position() != lastStrayEnd) {
                spots += spot(run); // stray bytes side by side are one spot ("\xff\xfe" pasted in)
                run = 0;
            }
            run += result.length();
            for (int i = 0; i < result.length(); i++) {
                if (firstStray < 0) {
                    firstStray = in.position();
                }
                out.put(new String(new byte[] {in.get()}, WINDOWS_1252).charAt(0));
                strays++;
            }
            lastStrayEnd = in.position();
        }
        spots += spot(run);
        out.flip();
        String text = out.toString();
        if (strays == 0) {
            String repaired = DoubleEncoding.repaired(text);
            return repaired == null ? Decoded.plain(text) : new Decoded(repaired, DoubleEncoding.NOTICE);
        }
        // counted on the buffer's array, not the string: a whole page a character at a time
        char[] chars = out.array();
        for (int i = 0, end = out.limit(); i < end; i++) {
            if (chars[i] >= 0x80) {
                nonAscii++;
            }
        }
        // well-formed characters against the spots of stray bytes: a legacy text has a stray byte at nearly every
        // accented letter and next to no well-formed sequence, while UTF-8 with junk pasted at one spot has its
        // accents well formed ("Café" and one "\xff\xfe" is UTF-8, not "CafÃ©")
        int wellFormed = nonAscii - strays;
        // a UTF-16 byte-order mark in front is no junk pasted in: the file claims another encoding, checked elsewhere
        boolean utf16Mark = offset == 0 && (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF));
        boolean fewSpots = !utf16Mark && wellFormed >= spots && strays <= (bytes.length - offset) * MOST_STRAY_SHARE;
        if (wellFormed < strays && !fewSpots) {
            return null;
        }
        return new Decoded(text, "read as UTF-8, but " + (strays == 1 ? "1 byte" : strays + " bytes")
                + " not valid UTF-8 (the first at byte " + firstStray + ") read as Windows-1252");
    }

    /**
     * Share of a text's bytes stray bytes may make up when they are weighed by their spots: beyond it the text is
     * no longer overwhelmingly UTF-8 (a legacy encoding of a script whose every character is two bytes).
     */
    private static final double MOST_STRAY_SHARE = 0.05;

    /** Stray bytes side by side that count as one spot: a pasted character or mark, not a legacy passage. */
    private static final int ONE_SPOT = 3;

    /** What a run of stray bytes weighs: one spot when short, else each byte (a passage in a legacy encoding). */
    private static int spot(int run) {
        return run == 0 ? 0 : run <= ONE_SPOT ? 1 : run;
    }

    /**
     * What one pass over a file's bytes tells of their UTF-8 reading.
     *
     * @param wellFormed  the bytes are UTF-8 as the standard defines it (Unicode's table of well-formed byte
     *                    sequences: no overlong form, no surrogate, nothing above U+10FFFF, nothing cut short),
     *                    so the JDK's decoder reads them without a U+FFFD for a bad byte; false also when the scan
     *                    stopped at the first bad byte, and then the other two say nothing
     * @param ascii       every byte is ASCII
     * @param controlFree no control character but tab and line ends, and none of the invisible characters
     *                    {@link HtmlExtractor#withoutControls} removes (U+00AD, U+200B-U+200D, U+2060, U+FEFF)
     */
    record Utf8Scan(boolean wellFormed, boolean ascii, boolean controlFree) {

        private static final Utf8Scan MALFORMED = new Utf8Scan(false, false, false);

        static Utf8Scan of(byte[] bytes, int from) {
            boolean ascii = true;
            boolean controlFree = true;
            int n = bytes.length;
            int i = from;
            while (i < n) {
                int b = bytes[i];
                if (b >= 0x20 && b < 0x7F) {
                    i++; // printable ASCII, most of any page: one test
                    continue;
                }
                if (b >= 0) {
                    controlFree &= b != 0x7F && (b == '\t' || b == '\n' || b == '\f' || b == '\r');
                    i++;
                    continue;
                }
                ascii = false;
                int lead = b & 0xFF;
                int length;
                int low = 0x80; // the second byte's range, narrower after some leads
                int high = 0xBF;
                if (lead >= 0xC2 && lead <= 0xDF) {
                    length = 2;
                } else if (lead >= 0xE0 && lead <= 0xEF) {
                    length = 3;
                    low = lead == 0xE0 ? 0xA0 : 0x80; // E0 80-9F would be overlong
                    high = lead == 0xED ? 0x9F : 0xBF; // ED A0-BF would be a surrogate
                } else if (lead >= 0xF0 && lead <= 0xF4) {
                    length = 4;
                    low = lead == 0xF0 ? 0x90 : 0x80; // overlong
                    high = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
                } else {
                    return MALFORMED; // a continuation byte without its lead, C0, C1, F5-FF
                }
                if (i + length > n) {
                    return MALFORMED;
                }
                int second = bytes[i + 1] & 0xFF;
                if (second < low || second > high) {
                    return MALFORMED;
                }
                for (int k = 2; k < length; k++) {
                    int next = bytes[i + k] & 0xFF;
                    if (next < 0x80 || next > 0xBF) {
                        return MALFORMED;
                    }
                }
                if (lead == 0xC2) {
                    controlFree &= second != 0xAD; // U+00AD
                } else if (lead == 0xE2 || lead == 0xEF) {
                    int third = bytes[i + 2] & 0xFF;
                    controlFree &= !(lead == 0xE2 && second == 0x80 && third >= 0x8B && third <= 0x8D) // U+200B-D
                            && !(lead == 0xE2 && second == 0x81 && third == 0xA0) // U+2060
                            && !(lead == 0xEF && second == 0xBB && third == 0xBF); // U+FEFF
                }
                i += length;
            }
            return new Utf8Scan(true, ascii, controlFree);
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
